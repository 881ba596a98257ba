// importNodes: upserts a batch of nodes by id. Labels are checked against the model's allow-list in code
// (seed/import/writer.ts) before they reach this query; every node also gets the base label Entity.
// Re-running a batch changes nothing (MERGE on the unique id, properties overwritten with the same values).
// :params {rows: [{id: "demo:person:example", labels: ["Person"], props: {name: "Example", illustrative: true}}]}
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n += row.props
SET n:$(row.labels)
RETURN count(n) AS written
