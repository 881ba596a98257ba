// regionFragilityLinks: KNOWS and COLLABORATED_WITH ties that hold today between two of the given people (once per
// pair), for the firm–person–person–lab chains of regionFragility.
// :params {personIds: ["demo:person:cheng-hao", "demo:person:ye-siqi"]}
UNWIND $personIds AS personId
MATCH (p:Person {id: personId})-[k:KNOWS|COLLABORATED_WITH]-(q:Person)
WHERE p.id < q.id AND q.id IN $personIds AND (k.end IS NULL OR k.end >= date())
RETURN DISTINCT p.id AS a, q.id AS b
