// undoCandidate: the caller's most recent change through the API that recorded what it replaced (AuditEvent.replaced)
// and that has not been undone yet. Undo events themselves are not candidates, so repeated undos walk back.
// :params {actor: "admin-token"}
MATCH (e:AuditEvent {actor: $actor, action: 'change', status: 'ok'})
WHERE e.replaced IS NOT NULL AND e.replaced <> '[]' AND e.undoneAt IS NULL AND NOT 'undoLastChange' IN e.fields
RETURN e.id AS id, e.operation AS operation, e.replaced AS replaced, toString(e.at) AS at
ORDER BY e.at DESC
LIMIT 1
