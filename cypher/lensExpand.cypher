// lensExpand: the ties of some nodes, for the lenses' searches between two ends (server/lenses/corridor.ts reads a
// search's whole frontier at once, the first time it needs those nodes, and opens a search by reading the two ends
// the same way, so that ends with few ties cost no round trip of their own). For each $ids node that exists: its
// number of ties, the node itself when it is one of $ends (null otherwise), whether it is a hub (more than
// $hubDegree ties; the ends are never called hubs, a search may start from one) and, when it is not one and has at
// most $tieCap ties (any number when $tieCap is null), every tie over the allowed relationship types that held on
// $asOf (start..end contains it; a missing start or end is open), to a node not in $exclude, as [neighbour id, tie
// element id, tie points away, strength, whether the neighbour is a hub]; that last is asked only of neighbours in
// $targets (the other side's frontier, where the search may meet it; null elsewhere and when $targets is null),
// which spares a round trip to learn it. ties is null when they were not read. One row per node.
// :params {ids: ["demo:enterprise:wuxing-aluminium"], ends: ["demo:enterprise:wuxing-aluminium", "demo:lab:tianmushan"], relTypes: null, asOf: null, exclude: [], hubDegree: 1000, tieCap: null, targets: null}
UNWIND $ids AS id
MATCH (f:Entity {id: id})
WITH f, id, COUNT { (f)--() } AS degree
WITH f, id, degree, (id IN $ends OR degree <= $hubDegree) AS open
RETURN id, degree, CASE WHEN id IN $ends THEN f END AS node, NOT open AS hub,
  CASE WHEN open AND ($tieCap IS NULL OR degree <= $tieCap) THEN COLLECT {
    MATCH (f)-[r]-(m:Entity)
    WHERE ($relTypes IS NULL OR type(r) IN $relTypes)
      AND ($asOf IS NULL OR ((coalesce(r.start, r.since) IS NULL OR coalesce(r.start, r.since) <= $asOf)
                             AND (r.end IS NULL OR r.end >= $asOf)))
      AND NOT m.id IN $exclude
    RETURN [m.id, elementId(r), startNode(r) = f, r.strength,
            CASE WHEN m.id IN $targets THEN NOT (m.id IN $ends OR COUNT { (m)--() } <= $hubDegree) END]
  } END AS ties
