// project: a project node with its participants, milestones in order, escrow account, the risk pool that covers it
// and the ids of the introductions that led to it.
// :params {id: "demo:project:zhaofeng-anxinbao"}
MATCH (p:Project:Entity {id: $id})
OPTIONAL MATCH (p)-[:HAS_ESCROW]->(a:EscrowAccount)
OPTIONAL MATCH (a)-[:COVERED_BY]->(r:RiskPool)
RETURN p AS project,
  COLLECT { MATCH (x:Entity)-[:PARTICIPATES_IN]->(p) RETURN x ORDER BY x.id LIMIT 200 } AS participants,
  COLLECT { MATCH (p)-[:HAS_MILESTONE]->(m:Milestone) RETURN m {.*} AS m ORDER BY m.index } AS milestones,
  a {.*} AS escrow,
  CASE WHEN r IS NULL THEN null ELSE r {.*,
    projectCount: COUNT { (r)<-[:COVERED_BY]-(:EscrowAccount) },
    organisation: head(COLLECT { MATCH (r)-[:RUN_BY]->(o:Entity) RETURN o })} END AS pool,
  COLLECT {
    MATCH (p)<-[:LED_TO]-(:Outcome)<-[:HAS_OUTCOME]-(i:Introduction)
    WITH DISTINCT i ORDER BY i.date DESC, i.id DESC
    RETURN i.id
  } AS introductionIds
