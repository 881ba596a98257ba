// auditFinish: completes the audit event of a change with its outcome, once the change has run.
// :params {id: "audit-example", status: "ok", errorCodes: [], subjects: ["demo:person:example"]}
MATCH (e:AuditEvent {id: $id})
SET e.status = $status, e.errorCodes = $errorCodes, e.finishedAt = datetime(),
    e.subjects = coalesce(e.subjects, []) + $subjects
RETURN e.id AS id
