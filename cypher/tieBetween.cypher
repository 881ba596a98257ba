// tieBetween: the relationship $type from $from to $to (in either direction when $undirected, for the symmetric
// types), with its properties, or no row when there is none. The type is allow-listed in code (server/model/model.ts)
// before this runs. Read before link and unlink change a tie, so the audit record holds what they replaced, and by
// undoLastChange to check that a tie is still as the change left it.
// :params {type: "WORKS_AT", from: "example:person:1", to: "example:lab:1", undirected: false}
MATCH (a:Entity {id: $from})-[r:$($type)]-(b:Entity {id: $to})
WHERE $undirected OR startNode(r) = a
RETURN r AS relationship, startNode(r).id AS startId, endNode(r).id AS endId
LIMIT 1
