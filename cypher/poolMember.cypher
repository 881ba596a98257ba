// poolMember: one admission (a person's MEMBER_OF tie to a pool) with both ends.
// :params {personId: "demo:person:shen-zhiyuan", poolId: "demo:pool:lishui"}
MATCH (x:Person {id: $personId})-[m:MEMBER_OF]->(pool:TalentPool {id: $poolId})
RETURN x AS person, pool, properties(m) AS tie
