// poolMembersCount: how many current members poolMembers finds under the same filters (all pages), walking down
// from the pool as poolMembers does and reading tags and dimensions only when a filter asks for them.
// :params {poolId: "demo:pool:lishui", tags: [], minScores: [], techAreaIds: null}
MATCH (pool:TalentPool {id: $poolId})
CALL (pool) {
  MATCH (q:TalentPool)-[:PART_OF*0..2]->(pool)
  RETURN DISTINCT q
}
MATCH (x)-[m:MEMBER_OF]->(q)
WHERE m.end IS NULL
WITH x, CASE WHEN size($tags) = 0 AND size($minScores) = 0 THEN null ELSE m END AS filtered
WHERE filtered IS NULL OR (all(t IN $tags WHERE t IN coalesce(filtered.tags, []))
  AND all(ms IN $minScores WHERE any(i IN range(0, size(coalesce(filtered.dimensions, [])) - 1)
        WHERE filtered.dimensions[i] = ms.dimension AND coalesce(filtered.scores[i], -1) >= ms.score)))
  AND ($techAreaIds IS NULL OR EXISTS { (x)-[:EXPERT_IN]->(t:TechArea) WHERE t.id IN $techAreaIds })
RETURN count(*) AS total
