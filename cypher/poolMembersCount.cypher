// poolMembersCount: how many current members poolMembers finds under the same filters (all pages).
// :params {poolId: "demo:pool:lishui", tags: [], minScores: [], techAreaIds: null}
MATCH (pool:TalentPool {id: $poolId})
MATCH (q:TalentPool) WHERE q = pool OR EXISTS { (q)-[:PART_OF*1..2]->(pool) }
MATCH (x:Person)-[m:MEMBER_OF]->(q)
WHERE m.end IS NULL
  AND all(t IN $tags WHERE t IN coalesce(m.tags, []))
  AND all(ms IN $minScores WHERE any(i IN range(0, size(coalesce(m.dimensions, [])) - 1)
        WHERE m.dimensions[i] = ms.dimension AND coalesce(m.scores[i], -1) >= ms.score))
  AND ($techAreaIds IS NULL OR EXISTS { (x)-[:EXPERT_IN]->(t:TechArea) WHERE t.id IN $techAreaIds })
RETURN count(*) AS total
