// recommendTalentsCandidates: a demand's candidates - people who are EXPERT_IN one of $scanAreaIds and come from a
// source (a talent-pool membership, a competition win, or origin in a home region), not staff or founders of the
// posting firm. Who comes from a source is read from the sources' side (pools, competitions, home regions: a few
// dense nodes) into a set of node ids only; the experts of the scanned areas are tested against it, and each
// candidate's own ties are walked once for everything the score needs. (A set of ids, not the sources' ties: a map
// of 64k people each with a list of tie maps cost 68 MB and most of the time at 1M persons.) A tie's kind is told
// by its end, looked up in maps of the pools, competitions, family areas and regions read once (a few hundred
// nodes, with what the rows need of them), not by reading each end's properties: only people are EXPERT_IN (in a
// TechArea), members (of a TalentPool) and winners (of a Competition), and a Region is reached by ORIGINATES_FROM
// or LIVES_IN (server/model). Each row has the person's expertise in $scanAreaIds plus $otherAreaIds (the rest of
// the needs' taxonomy family), their source ties - pools with `local` (located in $localRegionIds), wins with rank,
// year, `local` and `related` (the competition focuses on one of $areaIds), home origins - and, for natives only,
// their residences (LIVES_IN with its end) for the diaspora test in server/recommend/talent-score.ts.
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
  apoc.map.fromPairs(COLLECT { MATCH (:Enterprise {id: $posterId})<-[:WORKS_AT|FOUNDED]-(s) RETURN [elementId(s), true] }) AS staff
UNWIND $scanAreaIds AS areaId
MATCH (:TechArea {id: areaId})<-[:EXPERT_IN]-(p)
WHERE sourced[elementId(p)] AND staff[elementId(p)] IS NULL
WITH collect(DISTINCT p) AS people
WITH people,
  apoc.map.fromPairs(COLLECT {
    MATCH (pool:TalentPool)
    RETURN [elementId(pool), {id: pool.id, local: EXISTS { (pool)-[:LOCATED_IN]->(r:Region) WHERE r.id IN $localRegionIds }}]
  }) AS pools,
  apoc.map.fromPairs(COLLECT {
    MATCH (c:Competition)
    RETURN [elementId(c), {id: c.id, year: c.year, local: EXISTS { (c)-[:LOCATED_IN]->(r:Region) WHERE r.id IN $localRegionIds },
      related: EXISTS { (c)-[:FOCUSES_ON]->(t:TechArea) WHERE t.id IN $areaIds }}]
  }) AS wins,
  apoc.map.fromPairs(COLLECT { UNWIND $scanAreaIds + $otherAreaIds AS id MATCH (a:TechArea {id: id}) RETURN [elementId(a), id] }) AS family,
  apoc.map.fromPairs(COLLECT { MATCH (r:Region) RETURN [elementId(r), r.id] }) AS regions
UNWIND people AS p
CALL (p, pools, wins, family, regions) {
  MATCH (p)-[t:EXPERT_IN|MEMBER_OF|WON|ORIGINATES_FROM|LIVES_IN]->(x)
  WITH t, elementId(x) AS xid
  WITH t, family[xid] AS areaId, pools[xid] AS pool, wins[xid] AS win, regions[xid] AS regionId
  WITH CASE
    WHEN areaId IS NOT NULL THEN ['EXPERT_IN', {areaId: areaId, level: t.level}]
    WHEN pool IS NOT NULL THEN ['MEMBER_OF', {type: 'MEMBER_OF', id: pool.id, local: pool.local}]
    WHEN win IS NOT NULL THEN ['WON', {type: 'WON', id: win.id, rank: t.rank, year: coalesce(t.year, win.year), local: win.local, related: win.related}]
    WHEN regionId IS NULL THEN null
    WHEN t:LIVES_IN THEN ['LIVES_IN', {type: 'LIVES_IN', id: regionId, end: t.end}]
    WHEN regionId IN $homeRegionIds THEN ['ORIGINATES_FROM', {type: 'ORIGINATES_FROM', id: regionId}]
  END AS pair
  WITH pair[0] AS kind, pair[1] AS item
  RETURN collect(CASE WHEN kind = 'EXPERT_IN' THEN item END) AS expertise,
    collect(CASE WHEN kind IN ['MEMBER_OF', 'WON', 'ORIGINATES_FROM'] THEN item END) AS sources,
    collect(CASE WHEN kind = 'LIVES_IN' THEN item END) AS lives
}
RETURN p.id AS personId, expertise,
  sources + CASE WHEN any(t IN sources WHERE t.type = 'ORIGINATES_FROM') THEN lives ELSE [] END AS ties
