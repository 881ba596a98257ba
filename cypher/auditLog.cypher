// auditLog: the most recent audit events, newest first, optionally since an instant, by one actor and of one action.
// :params {limit: 50, since: null, actor: null, action: null}
MATCH (e:AuditEvent)
WHERE ($since IS NULL OR e.at >= datetime($since))
  AND ($actor IS NULL OR e.actor = $actor)
  AND ($action IS NULL OR e.action = $action)
RETURN e {.*, at: toString(e.at), finishedAt: toString(e.finishedAt)} AS event
ORDER BY e.at DESC
LIMIT $limit
