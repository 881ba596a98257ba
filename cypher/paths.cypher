// paths: the k shortest paths between two nodes, of at most maxHops relationships, optionally only over some
// relationship types, only over ties valid on $asOf (start..end contains it; a missing start or end is open), and
// never through the $exclude nodes. Undirected unless $directed. A path that visits a node twice is dropped by the
// server, which sorts what is left by length, then weight (a node-uniqueness predicate here would stop Neo4j from
// pruning the search). Paths do not pass through hubs, nodes with more than $hubDegree ties (a region, a tech
// area, a very large lab): through them almost everyone is two steps from everyone, which says nothing, and the
// search would have to walk the whole graph. A hub may still be an end.
// `SHORTEST k` and the hop bound cannot be parameters: /*:k*/ and /*:maxHops*/ are whole-number slots that the
// server fills from validated integers (db.readWithInts); the numbers written here are examples.
// :params {from: "demo:enterprise:wuxing-aluminium", to: "demo:lab:tianmushan", relTypes: null, asOf: null, exclude: [], directed: false, hubDegree: 1000}
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
CALL () {
  OPTIONAL MATCH (x:Entity) WHERE x.id IN $exclude
  RETURN collect(x) AS excluded
}
MATCH p = SHORTEST /*:k*/3 (a)((x)-[r]-(y)
  WHERE ($relTypes IS NULL OR type(r) IN $relTypes)
    AND (NOT $directed OR startNode(r) = x)
    AND ($asOf IS NULL OR ((coalesce(r.start, r.since) IS NULL OR coalesce(r.start, r.since) <= $asOf)
                           AND (r.end IS NULL OR r.end >= $asOf)))
    AND NOT y IN excluded
    AND (y = b OR COUNT { (y)--() } <= $hubDegree)
){1,/*:maxHops*/6}(b)
RETURN p
