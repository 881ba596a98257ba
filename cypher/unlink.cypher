// unlink: removes the relationship $type from $from to $to (the type is allow-listed in code); `removed` is 0 when
// there was none.
// :params {type: "WORKS_AT", from: "example:person:1", to: "example:lab:1"}
OPTIONAL MATCH (:Entity {id: $from})-[r:$($type)]->(:Entity {id: $to})
DELETE r
RETURN count(r) AS removed
