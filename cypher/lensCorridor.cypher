// lensCorridor: one level of the hop-bounded corridor between two ends (server/lenses/corridor.ts calls it once per
// level, from whichever end has the smaller frontier). For the $frontier nodes: every tie over the allowed
// relationship types that held on $asOf (start..end contains it; a missing start or end is open), to neighbours
// that are not excluded and not hubs (more than $hubDegree ties; an end may be a hub). With $targets given (the
// last level), only ties to those nodes are returned: the corridor needs no others. At most $maxRows rows; the
// server refuses the question when that many come back rather than answer on part of the corridor.
// :params {frontier: ["demo:enterprise:wuxing-aluminium"], relTypes: null, asOf: null, exclude: [], ends: ["demo:enterprise:wuxing-aluminium", "demo:lab:tianmushan"], targets: null, hubDegree: 1000, maxRows: 200000}
UNWIND $frontier AS fid
MATCH (f:Entity {id: fid})-[r]-(m:Entity)
WHERE ($relTypes IS NULL OR type(r) IN $relTypes)
  AND ($asOf IS NULL OR ((coalesce(r.start, r.since) IS NULL OR coalesce(r.start, r.since) <= $asOf)
                         AND (r.end IS NULL OR r.end >= $asOf)))
  AND ($targets IS NULL OR m.id IN $targets)
  AND NOT m.id IN $exclude
  AND (m.id IN $ends OR COUNT { (m)--() } <= $hubDegree)
RETURN fid AS f, m.id AS m, elementId(r) AS rel, startNode(r) = f AS out, r.strength AS strength
LIMIT $maxRows
