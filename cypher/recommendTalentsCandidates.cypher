// recommendTalentsCandidates: people with expertise in any of the given areas (a demand's needs and their taxonomy
// family) who come from a source a demand draws on: talent-pool members (flagged local when the pool is located in
// the demand's region, a parent or a sub-region), the region's diaspora (originate from it, currently live
// elsewhere) and competition winners. Staff and founders of the posting firm are left out. One row per person with
// the matching expertise and each source, for server/recommend/talent-score.ts. $expertCap bounds the scan.
// :params {areaIds: ["demo:tech:new-materials"], localRegionIds: ["demo:region:lishui"], homeRegionIds: ["demo:region:lishui"], posterId: "demo:enterprise:wuxing-aluminium", expertCap: 50000}
UNWIND $areaIds AS areaId
MATCH (:TechArea {id: areaId})<-[x:EXPERT_IN]-(p:Person)
WITH areaId, x, p
LIMIT $expertCap
WITH p, collect({areaId: areaId, level: x.level}) AS expertise
WHERE NOT EXISTS { (p)-[:WORKS_AT|FOUNDED]->(:Enterprise {id: $posterId}) }
WITH p, expertise,
  COLLECT { MATCH (p)-[:MEMBER_OF]->(pool:TalentPool)
            RETURN {id: pool.id, local: EXISTS { (pool)-[:LOCATED_IN]->(r:Region) WHERE r.id IN $localRegionIds }} AS pool } AS pools,
  COLLECT { MATCH (p)-[w:WON]->(c:Competition)
            RETURN {id: c.id, rank: w.rank, year: coalesce(w.year, c.year),
                    related: EXISTS { (c)-[:FOCUSES_ON]->(t:TechArea) WHERE t.id IN $areaIds },
                    local: EXISTS { (c)-[:LOCATED_IN]->(r:Region) WHERE r.id IN $localRegionIds }} AS win } AS wins,
  COLLECT { MATCH (p)-[:ORIGINATES_FROM]->(o:Region) WHERE o.id IN $homeRegionIds RETURN o.id AS id } AS originIds,
  COLLECT { MATCH (p)-[l:LIVES_IN]->(h:Region) WHERE l.end IS NULL OR l.end >= date() RETURN h.id AS id } AS residenceIds
WHERE size(pools) > 0 OR size(wins) > 0
   OR (size(originIds) > 0 AND any(h IN residenceIds WHERE NOT h IN $homeRegionIds))
RETURN p.id AS personId, expertise, pools, wins, originIds, residenceIds
