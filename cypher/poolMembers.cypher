// poolMembers: one page of the current members of a pool and of its sub-pools (up to two levels), best average
// admission score first (no scores: last), then person id, after the cursor ($afterKey, $afterId). Filters: every
// tag of $tags, each {dimension, score} of $minScores met, and expertise in one of $techAreaIds (null: any).
// :params {poolId: "demo:pool:lishui", tags: [], minScores: [], techAreaIds: null, afterKey: null, afterId: null, limit: 50}
MATCH (pool:TalentPool {id: $poolId})
MATCH (q:TalentPool) WHERE q = pool OR EXISTS { (q)-[:PART_OF*1..2]->(pool) }
MATCH (x:Person)-[m:MEMBER_OF]->(q)
WHERE m.end IS NULL
  AND all(t IN $tags WHERE t IN coalesce(m.tags, []))
  AND all(ms IN $minScores WHERE any(i IN range(0, size(coalesce(m.dimensions, [])) - 1)
        WHERE m.dimensions[i] = ms.dimension AND coalesce(m.scores[i], -1) >= ms.score))
  AND ($techAreaIds IS NULL OR EXISTS { (x)-[:EXPERT_IN]->(t:TechArea) WHERE t.id IN $techAreaIds })
WITH x, m, q, CASE WHEN size(coalesce(m.scores, [])) > 0
  THEN reduce(s = 0.0, v IN m.scores | s + v) / size(m.scores) ELSE -1.0 END AS sortKey
WHERE $afterKey IS NULL OR sortKey < $afterKey OR (sortKey = $afterKey AND x.id > $afterId)
RETURN x AS person, q AS pool, properties(m) AS tie, sortKey
ORDER BY sortKey DESC, x.id
LIMIT $limit
