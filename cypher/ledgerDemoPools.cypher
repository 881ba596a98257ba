// Demo load: risk pools with their capital and what they paid out, and the Organisation that runs each. Merged on
// id, so loading the demo twice changes nothing.
// :params {rows: [{id: "demo:riskpool:xiaoshan", organisationId: "demo:organisation:xiaoshan-risk-pool", props: {name: "萧山科创风险池", capital: 10000000000, paidOut: 0}}]}
UNWIND $rows AS row
MERGE (r:RiskPool {id: row.id})
SET r += row.props
WITH r, row
OPTIONAL MATCH (o:Organisation:Entity {id: row.organisationId})
FOREACH (x IN CASE WHEN o IS NULL THEN [] ELSE [o] END | MERGE (r)-[:RUN_BY]->(x))
RETURN count(r) AS written
