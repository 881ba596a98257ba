// poolLeave: ends a person's current membership of this very pool: `end` and the reason are set on MEMBER_OF,
// which stays for the record. No row when the person is not a current member of it.
// :params {personId: "demo:person:shen-zhiyuan", poolId: "demo:pool:lishui", leftOn: "2025-06-01", reason: null}
MATCH (x:Person {id: $personId})-[m:MEMBER_OF]->(pool:TalentPool {id: $poolId})
WHERE m.end IS NULL
SET m.end = date($leftOn), m.leftReason = $reason
RETURN x AS person, pool, properties(m) AS tie
