// lensProbe: the ties between two sets of nodes, for a lens search that only needs to know whether its two
// frontiers are one hop apart (server/lenses/corridor.ts): the ties of the $ids nodes (the cheaper side to walk)
// joined on the $targets nodes by a hash join, which spares testing each tie against the whole target list. Same
// tie rules as lensExpand: allowed relationship types, held on $asOf, not to $exclude nodes; a hub (more than
// $hubDegree ties, never an end) is not walked, and a target that is one is marked so. One row per tie.
// :params {ids: ["demo:enterprise:wuxing-aluminium"], targets: ["demo:lab:tianmushan"], ends: ["demo:enterprise:wuxing-aluminium", "demo:lab:tianmushan"], relTypes: null, asOf: null, exclude: [], hubDegree: 1000}
MATCH (f:Entity)-[r]-(m:Entity)
USING JOIN ON m
WHERE f.id IN $ids AND m.id IN $targets
  AND (f.id IN $ends OR COUNT { (f)--() } <= $hubDegree)
  AND ($relTypes IS NULL OR type(r) IN $relTypes)
  AND ($asOf IS NULL OR ((coalesce(r.start, r.since) IS NULL OR coalesce(r.start, r.since) <= $asOf)
                         AND (r.end IS NULL OR r.end >= $asOf)))
  AND NOT m.id IN $exclude
RETURN f.id AS f, m.id AS m, elementId(r) AS rel, startNode(r) = f AS out, r.strength AS strength,
  NOT (m.id IN $ends OR COUNT { (m)--() } <= $hubDegree) AS hub
