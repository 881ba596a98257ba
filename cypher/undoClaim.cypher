// undoClaim: marks a change's audit event as undone, only if no one did so first (no row then); undoRelease takes the
// mark back when the undo could not be carried out.
// :params {id: "audit-example", by: "admin-token"}
MATCH (e:AuditEvent {id: $id})
WHERE e.undoneAt IS NULL
SET e.undoneAt = datetime(), e.undoneBy = $by
RETURN e.id AS id
