// recommendNodes: the nodes with these ids (those that exist), fetched once for the items an answer shows and for
// the names its reasons mention.
// :params {ids: ["demo:lab:tianmushan", "demo:enterprise:wuxing-aluminium"]}
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n
