// deskHistory: the audit events of changes that name a demand among their subjects, oldest first. Only events since
// the demand was posted are read (the audit_at index), at most $limit of them.
// :params {id: "demo:demand:wuxing-battery-foil", since: "2025-03-01T00:00:00Z", limit: 200}
MATCH (e:AuditEvent)
WHERE e.at >= datetime($since) AND e.action = 'change' AND $id IN e.subjects
RETURN e {.actor, .operation, .fields, .status, .errorCodes, .variables, at: toString(e.at)} AS event
ORDER BY e.at, e.id
LIMIT $limit
