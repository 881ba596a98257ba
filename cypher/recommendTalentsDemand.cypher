// recommendTalentsDemand: the demand recommendTalents is asked about, the tech areas it NEEDS (with weights), the
// enterprise that posted it, and its region (the demand's regionId, else where the posting firm is located) with
// the region's parents and sub-regions (up to four levels down): pools there count as local, and people who
// originate from the region or its sub-regions but live elsewhere are its diaspora.
// :params {demandId: "demo:demand:example"}
MATCH (d:Demand {id: $demandId})
WITH d, head([(d)<-[:POSTED]-(e:Enterprise) | e]) AS poster
WITH d, poster, coalesce(d.regionId, head([(poster)-[:LOCATED_IN]->(r:Region) | r.id])) AS regionId
OPTIONAL MATCH (region:Region {id: regionId})
RETURN d AS demand, poster.id AS posterId, region,
  [(d)-[n:NEEDS]->(t:TechArea) | {areaId: t.id, weight: n.weight}] AS needs,
  [(region)-[:PART_OF]->(up:Region) | up.id] AS parentIds,
  COLLECT { MATCH (s:Region)-[:PART_OF]->{1,4}(region) RETURN DISTINCT s.id AS id } AS subRegionIds
