// deskRespond: records the firm's answer about one shortlisted person of an answered (or already accepted) demand,
// under the demand's write lock taken first (see deskPropose). The demand becomes accepted at the first acceptance
// and declined once every candidate was declined, with closedAt and closedBy; only a demand still at $version whose
// candidate has no response yet changes (legal).
// :params {id: "demo:demand:pinghu-drive-testing", version: 2, personId: "demo:person:ying-hao", accepted: true, note: null, actor: "broker", now: "2025-03-05T10:00:00Z"}
MATCH (d:Demand {id: $id})
SET d.deskLock = true
REMOVE d.deskLock
WITH d, coalesce(d.status, 'open') AS status, coalesce(d.version, 0) AS version
OPTIONAL MATCH (d)-[p:PROPOSED]->(:Person {id: $personId})
WITH d, status, version, p,
  status IN ['answered', 'matched', 'accepted'] AND version = $version AND p IS NOT NULL AND p.response IS NULL AS legal
FOREACH (_ IN CASE WHEN legal THEN [1] ELSE [] END |
  SET p.response = CASE WHEN $accepted THEN 'accepted' ELSE 'declined' END, p.responseNote = $note,
      p.respondedAt = datetime($now))
WITH d, status, version, legal, COLLECT { MATCH (d)-[q:PROPOSED]->(:Person) RETURN coalesce(q.response, 'none') } AS responses
WITH d, status, version, legal, CASE
    WHEN 'accepted' IN responses THEN 'accepted'
    WHEN size(responses) > 0 AND all(r IN responses WHERE r = 'declined') THEN 'declined'
    WHEN status = 'matched' THEN 'answered'
    ELSE status END AS next
FOREACH (_ IN CASE WHEN legal THEN [1] ELSE [] END |
  SET d.version = version + 1, d.status = next,
      d.closedAt = CASE WHEN next <> status AND next IN ['accepted', 'declined'] THEN datetime($now) ELSE d.closedAt END,
      d.closedBy = CASE WHEN next <> status AND next IN ['accepted', 'declined'] THEN $actor ELSE d.closedBy END)
RETURN status, version, legal, next
