// poolMembers: one page of the current members of a pool and of its sub-pools (up to two levels), best average
// admission score first (no scores: last), then person id, after the cursor ($afterKey, $afterId). Filters: every
// tag of $tags, each {dimension, score} of $minScores met, and expertise in one of $techAreaIds (null: any).
// Starts from the pool and walks down to its sub-pools, reads each membership's tags and dimensions only when a
// filter asks for them and its scores once, and keeps the page with a top-k, not a sort of every member. A
// MEMBER_OF tie starts at a Person (the model's endpoints, checked on every write), so the label is not re-read.
// :params {poolId: "demo:pool:lishui", tags: [], minScores: [], techAreaIds: null, afterKey: null, afterId: null, limit: 50}
MATCH (pool:TalentPool {id: $poolId})
CALL (pool) {
  MATCH (q:TalentPool)-[:PART_OF*0..2]->(pool)
  RETURN DISTINCT q
}
MATCH (x)-[m:MEMBER_OF]->(q)
WHERE m.end IS NULL
WITH x, m, q, CASE WHEN size($tags) = 0 AND size($minScores) = 0 THEN null ELSE m END AS filtered
WHERE filtered IS NULL OR (all(t IN $tags WHERE t IN coalesce(filtered.tags, []))
  AND all(ms IN $minScores WHERE any(i IN range(0, size(coalesce(filtered.dimensions, [])) - 1)
        WHERE filtered.dimensions[i] = ms.dimension AND coalesce(filtered.scores[i], -1) >= ms.score)))
WITH x, m, q, m.scores AS scores
WHERE $techAreaIds IS NULL OR EXISTS { (x)-[:EXPERT_IN]->(t:TechArea) WHERE t.id IN $techAreaIds }
WITH x, m, q, x.id AS xid, CASE WHEN size(coalesce(scores, [])) > 0
  THEN reduce(s = 0.0, v IN scores | s + v) / size(scores) ELSE -1.0 END AS sortKey
WHERE $afterKey IS NULL OR sortKey < $afterKey OR (sortKey = $afterKey AND xid > $afterId)
WITH x, m, q, sortKey, xid
ORDER BY sortKey DESC, xid
LIMIT $limit
RETURN x AS person, q AS pool, properties(m) AS tie, sortKey
