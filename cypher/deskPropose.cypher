// deskPropose: adds people to a demand's shortlist (PROPOSED ties after the ones already there), each with the
// snapshot of its score and reasons. The demand's write lock is taken first (the SET/REMOVE of deskLock), so the
// state read after it is the one this change applies to: only an open demand still at $version takes them (legal),
// and the version goes up by one. Otherwise nothing is written and the row says what was found.
// :params {id: "demo:demand:wuxing-battery-foil", version: 0, actor: "broker", now: "2025-03-03T10:00:00Z", note: null, candidates: [{personId: "demo:person:shen-zhiyuan", score: 0.8, reasonCodes: ["EXPERT"], reasonsZh: ["专长"], reasonsEn: ["expertise"]}]}
MATCH (d:Demand {id: $id})
SET d.deskLock = true
REMOVE d.deskLock
WITH d, coalesce(d.status, 'open') AS status, coalesce(d.version, 0) AS version
WITH d, status, version, status = 'open' AND version = $version AS legal
CALL (d, legal) {
  WITH d WHERE legal
  WITH d, COUNT { (d)-[:PROPOSED]->() } AS base
  UNWIND range(0, size($candidates) - 1) AS i
  WITH d, base, i, $candidates[i] AS c
  MATCH (x:Person {id: c.personId})
  MERGE (d)-[p:PROPOSED]->(x)
  SET p.rank = base + i + 1, p.score = c.score, p.reasonCodes = c.reasonCodes, p.reasonsZh = c.reasonsZh,
      p.reasonsEn = c.reasonsEn, p.proposedBy = $actor, p.proposedAt = datetime($now), p.note = $note
  RETURN count(p) AS written
}
FOREACH (_ IN CASE WHEN legal THEN [1] ELSE [] END | SET d.version = version + 1)
RETURN status, version, legal, written
