// deskReorder: puts an open demand's shortlist in the order of $personIds (all of its people), under the demand's
// write lock taken first (see deskPropose): only an open demand still at $version whose shortlist is exactly
// those people changes (legal).
// :params {id: "demo:demand:wuxing-battery-foil", version: 1, personIds: ["demo:person:shen-zhiyuan"]}
MATCH (d:Demand {id: $id})
SET d.deskLock = true
REMOVE d.deskLock
WITH d, coalesce(d.status, 'open') AS status, coalesce(d.version, 0) AS version,
  COLLECT { MATCH (d)-[:PROPOSED]->(x:Person) RETURN x.id } AS onList
WITH d, status, version, status = 'open' AND version = $version AND size(onList) = size($personIds)
  AND all(id IN $personIds WHERE id IN onList) AS legal
CALL (d, legal) {
  WITH d WHERE legal
  UNWIND range(0, size($personIds) - 1) AS i
  MATCH (d)-[q:PROPOSED]->(:Person {id: $personIds[i]})
  SET q.rank = i + 1
  RETURN count(*) AS ranked
}
FOREACH (_ IN CASE WHEN legal THEN [1] ELSE [] END | SET d.version = version + 1)
RETURN status, version, legal
