// deskAnswer: sends the shortlist to the firm: open -> answered, with answeredAt, answeredBy and the message, under
// the demand's write lock taken first (see deskPropose). Only an open demand still at $version with a non-empty
// shortlist changes (legal); of two brokers answering at once, the second finds it answered.
// :params {id: "demo:demand:wuxing-battery-foil", version: 1, actor: "broker", now: "2025-03-04T10:00:00Z", message: "三位候选人"}
MATCH (d:Demand {id: $id})
SET d.deskLock = true
REMOVE d.deskLock
WITH d, coalesce(d.status, 'open') AS status, coalesce(d.version, 0) AS version
WITH d, status, version, status = 'open' AND version = $version AND EXISTS { (d)-[:PROPOSED]->(:Person) } AS legal
FOREACH (_ IN CASE WHEN legal THEN [1] ELSE [] END |
  SET d.status = 'answered', d.answeredAt = datetime($now), d.answeredBy = $actor, d.answerMessage = $message,
      d.version = version + 1)
RETURN status, version, legal
