// importLookupIds: which of these ids already exist in the store, and with which labels. The importer asks this in
// bulk for relationship endpoints that its own node files do not define, before it writes anything.
// :params {ids: ["demo:person:example", "cordis-org:999627875"]}
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'] AS labels
