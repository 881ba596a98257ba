// auditFinish: completes the audit event of a change with its outcome, once the change has run; $replaced (JSON, or
// null) is what a graph edit replaced, kept for undoLastChange.
// :params {id: "audit-example", status: "ok", errorCodes: [], subjects: ["demo:person:example"], replaced: null}
MATCH (e:AuditEvent {id: $id})
SET e.status = $status, e.errorCodes = $errorCodes, e.finishedAt = datetime(),
    e.subjects = coalesce(e.subjects, []) + $subjects, e.replaced = coalesce($replaced, e.replaced)
RETURN e.id AS id
