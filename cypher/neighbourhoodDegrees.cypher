// neighbourhoodDegrees: how many ties of each allowed type the $frontier nodes have, read from the degree store
// (constant time per node and type, even at a hub). With what neighbourhood read, it gives the ties left unread.
// A tie between two frontier nodes counts once at each end.
// :params {frontier: ["demo:lab:tianmushan"], types: ["WORKS_AT", "AFFILIATED_WITH", "KNOWS"]}
MATCH (f:Entity) WHERE f.id IN $frontier
UNWIND $types AS type
WITH type, sum(apoc.node.degree(f, type)) AS degree
WHERE degree > 0
RETURN type, degree
