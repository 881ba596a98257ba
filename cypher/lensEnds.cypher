// lensEnds: the two ends of a lens question (fragility, diverse paths), those that exist, each with its number of
// ties, which tells the search between them which end is cheaper to start from.
// :params {ids: ["demo:enterprise:wuxing-aluminium", "demo:lab:tianmushan"]}
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n AS node, COUNT { (n)--() } AS degree
