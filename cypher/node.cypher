// node: the nodes that have these ids, in no particular order; ids that match nothing are simply absent.
// Query.node asks for one id; paths and bridges check that their two ends exist with it.
// :params {ids: ["demo:lab:tianmushan", "demo:enterprise:wuxing-aluminium"]}
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n AS node
