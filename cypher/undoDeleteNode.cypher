// undoDeleteNode: removes a node an undone change created, only while it has no relationships (no row otherwise).
// :params {id: "example:person:1"}
MATCH (n:Entity {id: $id})
WHERE NOT (n)--()
DELETE n
RETURN $id AS id
