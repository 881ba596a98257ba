// unlinkUndirected: like unlink, for symmetric types (KNOWS, COLLABORATED_WITH, PARTNERS_WITH): removes the tie
// stored in either direction.
// :params {type: "KNOWS", from: "example:person:1", to: "example:person:2"}
OPTIONAL MATCH (:Entity {id: $from})-[r:$($type)]-(:Entity {id: $to})
DELETE r
RETURN count(r) AS removed
