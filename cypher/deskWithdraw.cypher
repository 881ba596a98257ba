// deskWithdraw: the firm withdraws its order: open or answered -> withdrawn, with closedAt, closedBy and the reason,
// under the demand's write lock taken first (see deskPropose); only a demand still at $version changes (legal).
// :params {id: "demo:demand:wuxing-battery-foil", version: 0, actor: "broker", now: "2025-03-04T10:00:00Z", reason: "已自行解决"}
MATCH (d:Demand {id: $id})
SET d.deskLock = true
REMOVE d.deskLock
WITH d, coalesce(d.status, 'open') AS status, coalesce(d.version, 0) AS version
WITH d, status, version, status IN ['open', 'answered', 'matched'] AND version = $version AS legal
FOREACH (_ IN CASE WHEN legal THEN [1] ELSE [] END |
  SET d.status = 'withdrawn', d.closedAt = datetime($now), d.closedBy = $actor, d.withdrawReason = $reason,
      d.version = version + 1)
RETURN status, version, legal
