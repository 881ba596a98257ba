// recommendTalentsCandidates: a demand's candidates - people who are EXPERT_IN one of $scanAreaIds and come from a
// source (a talent-pool membership, a competition win, or origin in a home region), not staff or founders of the
// posting firm. Who comes from a source is read from the sources' side (pools, competitions, home regions: a few
// dense nodes) into a set of node ids only; the experts of the scanned areas are tested against it, and each
// candidate's own ties are walked once for everything the score needs. (A set of ids, not the sources' ties: a map
// of 64k people each with a list of tie maps cost 68 MB and most of the time at 1M persons.) Each row has the
// person's expertise in $scanAreaIds plus $otherAreaIds (the rest of the needs' taxonomy family), their source ties
// - pools with `local` (located in $localRegionIds), wins with rank, year, `local` and `related` (the competition
// focuses on one of $areaIds), home origins - and, for natives only, their residences (LIVES_IN with its end) for
// the diaspora test in server/recommend/talent-score.ts. Only people are EXPERT_IN (server/model), so the set keeps
// people only.
// :params {scanAreaIds: ["demo:tech:aluminium-foil"], otherAreaIds: [], areaIds: ["demo:tech:aluminium-foil"], homeRegionIds: ["demo:region:lishui"], localRegionIds: ["demo:region:lishui"], posterId: "demo:enterprise:wuxing-aluminium"}
WITH apoc.map.fromPairs(COLLECT {
    CALL () {
      MATCH (:TalentPool)<-[:MEMBER_OF]-(p) RETURN p
      UNION
      MATCH (:Competition)<-[:WON]-(p) RETURN p
      UNION
      UNWIND $homeRegionIds AS regionId
      MATCH (:Region {id: regionId})<-[:ORIGINATES_FROM]-(p) RETURN p
    }
    RETURN [elementId(p), true]
  }) AS sourced,
  apoc.map.fromPairs(COLLECT { MATCH (:Enterprise {id: $posterId})<-[:WORKS_AT|FOUNDED]-(s) RETURN [elementId(s), true] }) AS staff,
  COLLECT { MATCH (pool:TalentPool)-[:LOCATED_IN]->(r:Region) WHERE r.id IN $localRegionIds RETURN DISTINCT pool.id } AS localPools,
  COLLECT { MATCH (c:Competition)-[:LOCATED_IN]->(r:Region) WHERE r.id IN $localRegionIds RETURN DISTINCT c.id } AS localWins,
  COLLECT { MATCH (c:Competition)-[:FOCUSES_ON]->(t:TechArea) WHERE t.id IN $areaIds RETURN DISTINCT c.id } AS relatedWins
UNWIND $scanAreaIds AS areaId
MATCH (:TechArea {id: areaId})<-[:EXPERT_IN]-(p)
WHERE sourced[elementId(p)] AND staff[elementId(p)] IS NULL
WITH DISTINCT p, localPools, localWins, relatedWins
CALL (p, localPools, localWins, relatedWins) {
  MATCH (p)-[t:EXPERT_IN|MEMBER_OF|WON|ORIGINATES_FROM|LIVES_IN]->(x)
  WITH t, x, type(t) AS kind
  WITH kind, CASE
    WHEN kind = 'EXPERT_IN' AND (x.id IN $scanAreaIds OR x.id IN $otherAreaIds) THEN {areaId: x.id, level: t.level}
    WHEN kind = 'MEMBER_OF' AND x:TalentPool THEN {type: kind, id: x.id, local: x.id IN localPools}
    WHEN kind = 'WON' AND x:Competition
      THEN {type: kind, id: x.id, rank: t.rank, year: coalesce(t.year, x.year), local: x.id IN localWins, related: x.id IN relatedWins}
    WHEN kind = 'ORIGINATES_FROM' AND x.id IN $homeRegionIds AND x:Region THEN {type: kind, id: x.id}
    WHEN kind = 'LIVES_IN' AND x:Region THEN {type: kind, id: x.id, end: t.end}
  END AS item
  RETURN collect(CASE WHEN kind = 'EXPERT_IN' THEN item END) AS expertise,
    collect(CASE WHEN kind IN ['MEMBER_OF', 'WON', 'ORIGINATES_FROM'] THEN item END) AS sources,
    collect(CASE WHEN kind = 'LIVES_IN' THEN item END) AS lives
}
RETURN p.id AS personId, expertise,
  sources + CASE WHEN any(t IN sources WHERE t.type = 'ORIGINATES_FROM') THEN lives ELSE [] END AS ties
