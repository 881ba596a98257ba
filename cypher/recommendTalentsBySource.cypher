// recommendTalentsBySource: a demand's candidates found from the source side - talent-pool members, competition
// winners and natives of the home regions (at most $sourceCap people) - who are EXPERT_IN any of the given areas and
// are not staff or founders of the posting firm. Same rows as recommendTalentsByExpertise; used when the sources hold
// fewer people than the areas have experts.
// :params {areaIds: ["demo:tech:aluminium-foil"], homeRegionIds: ["demo:region:lishui"], posterId: "demo:enterprise:wuxing-aluminium", sourceCap: 100000}
CALL () {
  MATCH (:TalentPool)<-[:MEMBER_OF]-(p:Person)
  RETURN p
  UNION
  MATCH (:Competition)<-[:WON]-(p:Person)
  RETURN p
  UNION
  UNWIND $homeRegionIds AS regionId
  MATCH (:Region {id: regionId})<-[:ORIGINATES_FROM]-(p:Person)
  RETURN p
}
WITH p
LIMIT $sourceCap
WITH p, COLLECT { MATCH (p)-[x:EXPERT_IN]->(a:TechArea) WHERE a.id IN $areaIds RETURN {areaId: a.id, level: x.level} AS e } AS expertise
WHERE size(expertise) > 0
WITH p, expertise, COLLECT {
  MATCH (p)-[r:MEMBER_OF|WON|ORIGINATES_FROM|LIVES_IN|WORKS_AT|FOUNDED]->(x)
  RETURN {type: type(r), id: x.id, end: r.end, rank: r.rank, year: CASE WHEN x:Competition THEN coalesce(r.year, x.year) END} AS tie
} AS ties
WHERE NOT any(t IN ties WHERE t.type IN ['WORKS_AT', 'FOUNDED'] AND t.id = $posterId)
  AND any(t IN ties WHERE t.type IN ['MEMBER_OF', 'WON'] OR (t.type = 'ORIGINATES_FROM' AND t.id IN $homeRegionIds))
RETURN p.id AS personId, expertise, [t IN ties WHERE NOT t.type IN ['WORKS_AT', 'FOUNDED']] AS ties
