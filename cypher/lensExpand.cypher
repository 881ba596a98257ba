// lensExpand: the ties of some nodes, for the lenses' searches between two ends (server/lenses/corridor.ts reads a
// search's whole frontier at once, the first time it needs those nodes). For each $ids node: whether it is a hub
// (more than $hubDegree ties; the ends are never called hubs, a search may start from one) and, when it is not,
// every tie over the allowed relationship types that held on $asOf (start..end contains it; a missing start or end
// is open), to a node not in $exclude, as [neighbour id, tie element id, tie points away, strength]. A hub's ties are not read: no path
// passes through one. One row per node, its ties as a list.
// :params {ids: ["demo:enterprise:wuxing-aluminium"], ends: ["demo:enterprise:wuxing-aluminium", "demo:lab:tianmushan"], relTypes: null, asOf: null, exclude: [], hubDegree: 1000}
UNWIND $ids AS id
MATCH (f:Entity {id: id})
WITH f, id, (id IN $ends OR COUNT { (f)--() } <= $hubDegree) AS open
RETURN id, NOT open AS hub, CASE WHEN open THEN COLLECT {
  MATCH (f)-[r]-(m:Entity)
  WHERE ($relTypes IS NULL OR type(r) IN $relTypes)
    AND ($asOf IS NULL OR ((coalesce(r.start, r.since) IS NULL OR coalesce(r.start, r.since) <= $asOf)
                           AND (r.end IS NULL OR r.end >= $asOf)))
    AND NOT m.id IN $exclude
  RETURN [m.id, elementId(r), startNode(r) = f, r.strength]
} ELSE [] END AS ties
