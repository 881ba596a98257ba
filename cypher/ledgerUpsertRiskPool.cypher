// upsertRiskPool: creates a risk pool or changes its name, capital and per-project cap, under the pool's lock so a
// refund running at the same time cannot be overtaken. Refused (applied false, nothing changed) when the new
// capital is below what the pool has paid out. A given $organisationId must name an Organisation (no row otherwise).
// :params {id: "riskpool:example", props: {name: "示例风险池", capital: 10000000000, perProjectCap: null, illustrative: false}, organisationId: null}
OPTIONAL MATCH (o:Organisation:Entity {id: $organisationId})
WITH o
WHERE $organisationId IS NULL OR o IS NOT NULL
OPTIONAL MATCH (old:RiskPool {id: $id})
WITH o, old IS NULL AS created
MERGE (r:RiskPool {id: $id})
ON CREATE SET r.paidOut = 0
WITH r, o, created
CALL apoc.lock.nodes([r])
WITH r, o, created, r.paidOut AS paidOut
WITH r, o, created, paidOut, $props.capital >= paidOut AS applied
FOREACH (x IN CASE WHEN applied THEN [1] ELSE [] END | SET r += $props)
FOREACH (x IN CASE WHEN applied AND o IS NOT NULL THEN [o] ELSE [] END | MERGE (r)-[:RUN_BY]->(x))
RETURN applied, paidOut, created
