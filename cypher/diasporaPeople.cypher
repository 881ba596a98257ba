// diasporaPeople: everyone who originates from one of the home regions and whose current residence lies outside
// them, optionally only experts in the given areas. The current residence is the LIVES_IN tie without an end (or
// ending today or later); with several, the latest start wins, then the most specific region. One row per person
// with the expertise areas and the number of ties back home (to anything LOCATED_IN a home region), for
// server/recommend/diaspora-groups.ts. With $asOf, the residence is the one that held on that date, and expertise
// and ties home count only if they held then too (start..end contains the date; a missing start or end is open), as
// in paths and bridges. Each native's relationships are walked once for all three (residence, expertise, ties), and
// ties home are recognised through a map of the home organisations read from the home regions' side. Of the types
// walked only LIVES_IN ends at a Region and only EXPERT_IN at a TechArea, and only people originate from anywhere
// (server/model), so a tie's kind is told by its end, looked up in maps of the few regions and tech areas read once
// (their ids and levels), not by reading each tie's type and each end's properties: 401k instead of 623k db hits
// for Xiaoshan's 22,638 natives on the 1M-person graph.
// :params {homeIds: ["demo:region:qingtian"], areaIds: null, asOf: null}
UNWIND $homeIds AS homeId
MATCH (:Region {id: homeId})<-[:ORIGINATES_FROM]-(p)
WITH DISTINCT p
WITH collect(p) AS natives
WITH natives, apoc.map.fromPairs(COLLECT {
  UNWIND $homeIds AS homeId
  MATCH (:Region {id: homeId})<-[:LOCATED_IN]-(o)
  WITH elementId(o) AS org, count(*) AS links
  RETURN [org, links]
}) AS homeOrgs,
apoc.map.fromPairs(COLLECT {
  MATCH (r:Region)
  RETURN [elementId(r), {id: r.id, rank: CASE r.level WHEN 'county' THEN 0 WHEN 'city' THEN 1 WHEN 'province' THEN 2 ELSE 3 END}]
}) AS regions,
apoc.map.fromPairs(COLLECT { MATCH (a:TechArea) RETURN [elementId(a), a.id] }) AS areas
UNWIND natives AS p
CALL (p, homeOrgs, regions, areas) {
  MATCH (p)-[t:LIVES_IN|EXPERT_IN|WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF|PARTICIPATES_IN]->(x)
  WITH t, elementId(x) AS xid
  WITH t, xid, regions[xid] AS region, areas[xid] AS areaId
  WHERE CASE WHEN region IS NOT NULL THEN (t.end IS NULL OR t.end >= coalesce($asOf, date()))
      AND ($asOf IS NULL OR coalesce(t.start, t.since) IS NULL OR coalesce(t.start, t.since) <= $asOf)
    ELSE $asOf IS NULL OR ((coalesce(t.start, t.since) IS NULL OR coalesce(t.start, t.since) <= $asOf) AND (t.end IS NULL OR t.end >= $asOf))
  END
  RETURN collect(CASE WHEN region IS NOT NULL THEN {id: region.id, start: coalesce(t.start, date('0001-01-01')), rank: region.rank} END) AS lives,
    collect(DISTINCT areaId) AS areaIds,
    sum(CASE WHEN region IS NULL AND areaId IS NULL THEN coalesce(homeOrgs[xid], 0) ELSE 0 END) AS homeTies
}
WITH p, areaIds, homeTies,
  reduce(best = null, l IN lives | CASE WHEN best IS NULL OR l.start > best.start OR (l.start = best.start AND l.rank < best.rank) THEN l ELSE best END) AS r
WHERE r IS NOT NULL AND NOT r.id IN $homeIds AND ($areaIds IS NULL OR any(a IN areaIds WHERE a IN $areaIds))
RETURN p.id AS personId, r.id AS residenceId, areaIds, homeTies
