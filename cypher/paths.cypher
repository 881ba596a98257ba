// paths: the k shortest simple paths between two nodes, of at most maxHops relationships, optionally only over
// some relationship types, only over ties valid on $asOf (start..end contains it; a missing start or end is open),
// and never through the $exclude nodes. Undirected unless $directed. The server sorts them by length, then weight.
// `SHORTEST k` and the hop bound cannot be parameters: /*:k*/ and /*:maxHops*/ are whole-number slots that the
// server fills from validated integers (db.readWithInts); the numbers written here are examples.
// :params {from: "demo:enterprise:wuxing-aluminium", to: "demo:lab:tianmushan", relTypes: null, asOf: null, exclude: [], directed: false}
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
CALL () {
  OPTIONAL MATCH (x:Entity) WHERE x.id IN $exclude
  RETURN collect(x) AS excluded
}
MATCH p = SHORTEST /*:k*/3 (
  (a)((x)-[r]-(y)
    WHERE ($relTypes IS NULL OR type(r) IN $relTypes)
      AND (NOT $directed OR startNode(r) = x)
      AND ($asOf IS NULL OR ((coalesce(r.start, r.since) IS NULL OR coalesce(r.start, r.since) <= $asOf)
                             AND (r.end IS NULL OR r.end >= $asOf)))
      AND NOT y IN excluded
  ){1,/*:maxHops*/6}(b)
  WHERE NOT a IN y AND all(i IN range(1, size(y) - 1) WHERE NOT y[i] IN y[..i])
)
RETURN p
