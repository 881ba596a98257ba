// recommendPathHops: for each pair of node ids, the strongest relationship joining them in either direction (a
// missing strength counts as 0.5). The recommendation answers chain these hops into the path that supports each item
// (firm - bridge person - lab, demand - tech area - talent, person - shared neighbour - person).
// :params {pairs: [["demo:enterprise:wuxing-aluminium", "demo:tech:new-materials"]]}
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair[0]})-[r]-(b:Entity {id: pair[1]})
WITH pair, a, b, r
ORDER BY coalesce(r.strength, 0.5) DESC, type(r)
WITH pair, a, b, collect(r)[0] AS r
RETURN pair[0] AS fromId, pair[1] AS toId, a, b, r, startNode(r).id AS startId, endNode(r).id AS endId
