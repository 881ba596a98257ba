// linkUndirected: like link, for symmetric types (KNOWS, COLLABORATED_WITH, PARTNERS_WITH): a tie already stored in
// either direction is updated rather than doubled; a new one is stored from $from to $to.
// :params {type: "KNOWS", from: "example:person:1", to: "example:person:2", props: {since: date("2020-01-01")}}
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MERGE (a)-[r:$($type)]-(b)
SET r += $props
RETURN r AS relationship, startNode(r).id AS startId, endNode(r).id AS endId
