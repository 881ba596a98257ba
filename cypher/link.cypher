// link: creates or updates the directed relationship $type from $from to $to (one per type and pair) and sets
// $props on it (null removes a property). The type is allow-listed and the endpoints' labels checked against the
// model in code (server/mutations/link.ts) before this runs.
// :params {type: "WORKS_AT", from: "example:person:1", to: "example:lab:1", props: {role: "researcher"}}
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MERGE (a)-[r:$($type)]->(b)
SET r += $props
RETURN r AS relationship, startNode(r).id AS startId, endNode(r).id AS endId
