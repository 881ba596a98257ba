// deskScope: which regions a desk scope covers. A Region covers itself and every region PART_OF it (up to four
// levels); a TalentPool covers the regions it and its sub-pools are LOCATED_IN, and theirs. No row when no Region or
// TalentPool has the id.
// :params {scopeId: "demo:pool:lishui"}
MATCH (s:Entity {id: $scopeId})
WHERE s:Region OR s:TalentPool
WITH s, CASE WHEN s:Region THEN [s] ELSE COLLECT {
  MATCH (s)<-[:PART_OF*0..2]-(:TalentPool)-[:LOCATED_IN]->(r:Region) RETURN DISTINCT r
} END AS roots
RETURN s AS scope,
  COLLECT { UNWIND roots AS root MATCH (root)<-[:PART_OF*0..4]-(r:Region) RETURN DISTINCT r.id } AS regionIds
