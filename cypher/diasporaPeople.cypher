// diasporaPeople: everyone who originates from one of the home regions and whose current residence lies outside
// them, optionally only experts in the given areas. The current residence is the LIVES_IN tie without an end (or
// ending today or later); with several, the latest start wins, then the most specific region. One row per person
// with the expertise areas and the number of ties back home, for server/recommend/diaspora-groups.ts. With $asOf,
// the residence is the one that held on that date, and expertise and ties home count only if they held then too
// (start..end contains the date; a missing start or end is open), as in paths and bridges.
// :params {homeIds: ["demo:region:qingtian"], areaIds: null, asOf: null}
UNWIND $homeIds AS homeId
MATCH (:Region {id: homeId})<-[:ORIGINATES_FROM]-(p:Person)
WITH DISTINCT p
WHERE $areaIds IS NULL OR EXISTS { (p)-[e:EXPERT_IN]->(a:TechArea) WHERE a.id IN $areaIds AND ($asOf IS NULL OR ((coalesce(e.start, e.since) IS NULL OR coalesce(e.start, e.since) <= $asOf) AND (e.end IS NULL OR e.end >= $asOf))) }
CALL (p) {
  MATCH (p)-[l:LIVES_IN]->(r:Region)
  WHERE (l.end IS NULL OR l.end >= coalesce($asOf, date()))
    AND ($asOf IS NULL OR coalesce(l.start, l.since) IS NULL OR coalesce(l.start, l.since) <= $asOf)
  RETURN r
  ORDER BY coalesce(l.start, date('0001-01-01')) DESC,
    CASE r.level WHEN 'county' THEN 0 WHEN 'city' THEN 1 WHEN 'province' THEN 2 ELSE 3 END
  LIMIT 1
}
WITH p, r
WHERE NOT r.id IN $homeIds
RETURN p.id AS personId, r.id AS residenceId,
  COLLECT { MATCH (p)-[e:EXPERT_IN]->(a:TechArea) WHERE ($asOf IS NULL OR ((coalesce(e.start, e.since) IS NULL OR coalesce(e.start, e.since) <= $asOf) AND (e.end IS NULL OR e.end >= $asOf))) RETURN DISTINCT a.id AS id } AS areaIds,
  COUNT { MATCH (p)-[t:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF|PARTICIPATES_IN]->()-[:LOCATED_IN]->(h:Region)
          WHERE h.id IN $homeIds AND ($asOf IS NULL OR ((coalesce(t.start, t.since) IS NULL OR coalesce(t.start, t.since) <= $asOf) AND (t.end IS NULL OR t.end >= $asOf))) } AS homeTies
