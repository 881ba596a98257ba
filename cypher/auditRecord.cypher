// auditRecord: records one audit event (a change through the API, a read of contact details, an import). Audit
// events carry the label AuditEvent only, never Entity, so they stay out of the graph, its search and its paths.
// :params {event: {id: "audit-example", actor: "alice", role: "broker", action: "contact-read", operation: "PersonCard", fields: ["node"], paths: ["node.properties"], subjects: ["demo:person:example"], contactFields: ["email"], variables: "{}", status: "ok", errorCodes: [], client: "127.0.0.1"}}
CREATE (e:AuditEvent)
SET e = $event, e.at = datetime()
RETURN e.id AS id, toString(e.at) AS at
