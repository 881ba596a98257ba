// poolFacts: a pool with its admission dimensions, and a person's current memberships in the pool's family (the
// pool, the pools it is part of and its sub-pools), for checking an admission before it is written.
// :params {poolId: "demo:pool:lishui", personId: "demo:person:shen-zhiyuan"}
MATCH (pool:TalentPool {id: $poolId})
RETURN pool, COLLECT {
  MATCH (:Person {id: $personId})-[m:MEMBER_OF]->(q:TalentPool)
  WHERE m.end IS NULL AND (q = pool OR EXISTS { (q)-[:PART_OF*1..2]->(pool) } OR EXISTS { (pool)-[:PART_OF*1..2]->(q) })
  RETURN q.id
} AS current
