// poolMembersAmong: which of these people are current members of a pool or of one of its sub-pools, and of which.
// :params {poolId: "demo:pool:lishui", personIds: ["demo:person:shen-zhiyuan", "demo:person:ye-siqi"]}
MATCH (pool:TalentPool {id: $poolId})
UNWIND $personIds AS personId
MATCH (x:Person {id: personId})-[m:MEMBER_OF]->(q:TalentPool)
WHERE m.end IS NULL AND (q = pool OR EXISTS { (q)-[:PART_OF*1..2]->(pool) })
RETURN personId, q AS pool
ORDER BY personId, q.id
