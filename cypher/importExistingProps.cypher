// importExistingProps: what the store already holds for the nodes an import is about to write, by id, so that the
// importer can show what would change (fill, differ, replace) and keep replaced values in the audit record before
// anything is written. Ids that name no node return no row.
// :params {ids: ["P:1", "demo:person:example"]}
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, properties(n) AS props
