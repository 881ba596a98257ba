// recommendTalentsCandidates: a demand's candidates - people who are EXPERT_IN one of $scanAreaIds and come from a
// source (a talent-pool membership, a competition win, or origin in a home region), not staff or founders of the
// posting firm. The sources are read from their own side (pools, competitions, home regions: a few dense nodes)
// into a map, then the experts of the scanned areas are looked up in it, so no candidate's own ties are walked to
// find out whether they count. Each row has the person's expertise in $scanAreaIds plus $otherAreaIds (the rest of
// the needs' taxonomy family), their source ties - pools with `local` (located in $localRegionIds), wins with rank,
// year, `local` and `related` (the competition focuses on a family area), home origins - and, for natives only,
// their residences (LIVES_IN with its end) for the diaspora test in server/recommend/talent-score.ts. Sources carry
// no :Person test: only people are EXPERT_IN (server/model), so the lookup keeps people only.
// :params {scanAreaIds: ["demo:tech:aluminium-foil"], otherAreaIds: [], areaIds: ["demo:tech:aluminium-foil"], homeRegionIds: ["demo:region:lishui"], localRegionIds: ["demo:region:lishui"], posterId: "demo:enterprise:wuxing-aluminium"}
CALL () {
  MATCH (pool:TalentPool)
  WITH pool, EXISTS { (pool)-[:LOCATED_IN]->(r:Region) WHERE r.id IN $localRegionIds } AS local
  MATCH (pool)<-[:MEMBER_OF]-(p)
  RETURN p, {type: 'MEMBER_OF', id: pool.id, local: local} AS tie
  UNION ALL
  MATCH (c:Competition)
  WITH c, EXISTS { (c)-[:LOCATED_IN]->(r:Region) WHERE r.id IN $localRegionIds } AS local,
    EXISTS { (c)-[:FOCUSES_ON]->(t:TechArea) WHERE t.id IN $areaIds } AS related
  MATCH (c)<-[w:WON]-(p)
  RETURN p, {type: 'WON', id: c.id, rank: w.rank, year: coalesce(w.year, c.year), local: local, related: related} AS tie
  UNION ALL
  UNWIND $homeRegionIds AS regionId
  MATCH (:Region {id: regionId})<-[:ORIGINATES_FROM]-(p)
  RETURN p, {type: 'ORIGINATES_FROM', id: regionId} AS tie
}
WITH p, collect(tie) AS ties
WITH apoc.map.fromPairs(collect([elementId(p), ties])) AS sources
WITH sources, apoc.map.fromPairs(COLLECT { MATCH (:Enterprise {id: $posterId})<-[:WORKS_AT|FOUNDED]-(s) RETURN [elementId(s), true] }) AS staff
UNWIND $scanAreaIds AS areaId
MATCH (:TechArea {id: areaId})<-[x:EXPERT_IN]-(p)
WITH p, sources[elementId(p)] AS ties, staff[elementId(p)] AS isStaff, areaId, x
WHERE ties IS NOT NULL AND isStaff IS NULL
WITH p, ties, collect({areaId: areaId, level: x.level}) AS scanned
CALL (p) {
  WITH p WHERE size($otherAreaIds) > 0
  MATCH (p)-[x:EXPERT_IN]->(a:TechArea) WHERE a.id IN $otherAreaIds
  RETURN collect({areaId: a.id, level: x.level}) AS more
}
CALL (p, ties) {
  WITH p WHERE any(t IN ties WHERE t.type = 'ORIGINATES_FROM')
  MATCH (p)-[l:LIVES_IN]->(r:Region)
  RETURN collect({type: 'LIVES_IN', id: r.id, end: l.end}) AS lives
}
RETURN p.id AS personId, scanned + more AS expertise, ties + lives AS ties
