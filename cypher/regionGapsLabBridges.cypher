// regionGapsLabBridges: one-person bridges from the region's needing firms to an outside lab: people with a post
// at (or a degree from) the lab who also work at, are affiliated with or founded one of the firms. At most five
// per lab and gap.
// :params {pairs: [{areaId: "demo:tech:ai", labId: "demo:lab:zju", firmIds: ["demo:enterprise:qingtian-yuanjing-digital"]}]}
UNWIND $pairs AS pair
CALL (pair) {
  MATCH (l:Lab {id: pair.labId})<-[a:WORKS_AT|AFFILIATED_WITH|STUDIED_AT]-(p:Person)-[b:WORKS_AT|AFFILIATED_WITH|FOUNDED]->(f:Enterprise)
  WHERE f.id IN pair.firmIds
  WITH p, f, type(a) AS labTie, type(b) AS firmTie
  ORDER BY p.id, f.id
  LIMIT 5
  RETURN p AS person, f.id AS firmId, labTie, firmTie
}
RETURN pair.areaId AS areaId, pair.labId AS labId, person, firmId, labTie, firmTie
