// poolAdmit: admits a person to a pool (MEMBER_OF with the dimensions, their scores, tags, admittedOn, admittedBy),
// under the person's write lock taken first (the SET/REMOVE of deskLock) so two admissions of one person cannot
// both pass the check. Refused (no tie written, `current` lists why) while the person is a current member of this
// pool, of a pool it is part of or of one of its sub-pools. A former member's tie is reused: its end is cleared.
// :params {personId: "demo:person:shen-zhiyuan", poolId: "demo:pool:lishui", dimensions: ["行业评价", "专业能力"], scores: [80, 75], tags: ["新材料"], admittedOn: "2025-03-01", actor: "broker"}
MATCH (x:Person {id: $personId})
MATCH (pool:TalentPool {id: $poolId})
SET x.deskLock = true
REMOVE x.deskLock
WITH x, pool, COLLECT {
  MATCH (x)-[m:MEMBER_OF]->(q:TalentPool)
  WHERE m.end IS NULL AND (q = pool OR EXISTS { (q)-[:PART_OF*1..2]->(pool) } OR EXISTS { (pool)-[:PART_OF*1..2]->(q) })
  RETURN q.id
} AS current
OPTIONAL CALL (x, pool, current) {
  WITH x, pool WHERE size(current) = 0
  MERGE (x)-[m:MEMBER_OF]->(pool)
  SET m.dimensions = $dimensions, m.scores = $scores, m.tags = $tags, m.admittedOn = date($admittedOn),
      m.admittedBy = $actor, m.end = null, m.leftReason = null
  RETURN m
}
RETURN current, m IS NOT NULL AS admitted
