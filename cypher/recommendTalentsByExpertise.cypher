// recommendTalentsByExpertise: a demand's candidates found from the expertise side - people EXPERT_IN any of the
// given areas (the needs' taxonomy family; at most $expertCap ties read) who come from a source (a pool membership, a
// competition win, or origin in a home region) and are not staff or founders of the posting firm. Each row has the
// matching expertise and the person's pool, win, origin, residence ties for server/recommend/talent-score.ts. Used
// when the areas have fewer experts than the sources have people (else recommendTalentsBySource).
// :params {areaIds: ["demo:tech:aluminium-foil"], homeRegionIds: ["demo:region:lishui"], posterId: "demo:enterprise:wuxing-aluminium", expertCap: 50000}
UNWIND $areaIds AS areaId
MATCH (:TechArea {id: areaId})<-[x:EXPERT_IN]-(p:Person)
WITH areaId, x, p
LIMIT $expertCap
WITH p, collect({areaId: areaId, level: x.level}) AS expertise
WITH p, expertise, COLLECT {
  MATCH (p)-[r:MEMBER_OF|WON|ORIGINATES_FROM|LIVES_IN|WORKS_AT|FOUNDED]->(x)
  RETURN {type: type(r), id: x.id, end: r.end, rank: r.rank, year: CASE WHEN x:Competition THEN coalesce(r.year, x.year) END} AS tie
} AS ties
WHERE NOT any(t IN ties WHERE t.type IN ['WORKS_AT', 'FOUNDED'] AND t.id = $posterId)
  AND any(t IN ties WHERE t.type IN ['MEMBER_OF', 'WON'] OR (t.type = 'ORIGINATES_FROM' AND t.id IN $homeRegionIds))
RETURN p.id AS personId, expertise, [t IN ties WHERE NOT t.type IN ['WORKS_AT', 'FOUNDED']] AS ties
