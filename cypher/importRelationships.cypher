// importRelationships: upserts a batch of relationships between existing nodes. The type is checked against the
// model's allow-list in code before it reaches this query. One relationship per (start, type, end): MERGE makes a
// re-import change no count. Rows whose endpoints are missing are not written (the importer reports them before).
// :params {rows: [{start: "demo:person:example", end: "demo:lab:tianmushan", type: "AFFILIATED_WITH", props: {role: "researcher"}}]}
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
MERGE (a)-[r:$(row.type)]->(b)
SET r += row.props
RETURN count(r) AS written
