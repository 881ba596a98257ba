// deskRemove: takes a person off an open demand's shortlist and closes up the others' ranks, under the demand's
// write lock taken first (see deskPropose): only an open demand still at $version changes (legal).
// :params {id: "demo:demand:wuxing-battery-foil", version: 1, personId: "demo:person:shen-zhiyuan"}
MATCH (d:Demand {id: $id})
SET d.deskLock = true
REMOVE d.deskLock
WITH d, coalesce(d.status, 'open') AS status, coalesce(d.version, 0) AS version
WITH d, status, version, status = 'open' AND version = $version AS legal
CALL (d, legal) {
  OPTIONAL MATCH (d)-[p:PROPOSED]->(:Person {id: $personId}) WHERE legal
  DELETE p
  RETURN count(p) AS removed
}
CALL (d, legal) {
  WITH d WHERE legal
  MATCH (d)-[q:PROPOSED]->(y:Person)
  WITH q ORDER BY q.rank, y.id
  WITH collect(q) AS ties
  UNWIND range(0, size(ties) - 1) AS i
  WITH ties[i] AS q, i
  SET q.rank = i + 1
  RETURN count(*) AS ranked
}
FOREACH (_ IN CASE WHEN legal AND removed > 0 THEN [1] ELSE [] END | SET d.version = version + 1)
RETURN status, version, legal AND removed > 0 AS legal
