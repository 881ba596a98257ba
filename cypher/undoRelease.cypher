// undoRelease: removes the undone mark undoClaim set, when the undo failed before changing anything.
// :params {id: "audit-example"}
MATCH (e:AuditEvent {id: $id})
REMOVE e.undoneAt, e.undoneBy
RETURN e.id AS id
