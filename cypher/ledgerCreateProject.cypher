// createProject: a Project node in the graph (the firm and the lab PARTICIPATES_IN it), its Milestones in order and,
// for an 安心宝 project, its EscrowAccount in state proposed, covered by a RiskPool; in one statement, so either every
// referenced node exists and everything is written, or nothing is (no row returns).
// :params {id: "project:example", firmId: "demo:enterprise:zhaofeng", labId: "demo:lab:zju-hic", riskPoolId: null, props: {name: "示例项目", start: date("2025-03-01"), status: "active", illustrative: false}, start: date("2025-03-01"), firmRole: "出题企业 / client firm", labRole: "科创平台 / platform", milestones: [{id: "milestone:example:0", index: 0, title: "M1", due: date("2025-06-30"), state: "planned", projectId: "project:example"}], escrow: null}
MATCH (f:Entity {id: $firmId})
MATCH (l:Entity {id: $labId})
OPTIONAL MATCH (r:RiskPool {id: $riskPoolId})
WITH f, l, r
WHERE $riskPoolId IS NULL OR r IS NOT NULL
CREATE (p:Entity:Project {id: $id})
SET p += $props, p.version = 0
CREATE (f)-[:PARTICIPATES_IN {role: $firmRole, start: $start}]->(p)
CREATE (l)-[:PARTICIPATES_IN {role: $labRole, start: $start}]->(p)
FOREACH (m IN $milestones | CREATE (p)-[:HAS_MILESTONE]->(x:Milestone) SET x = m)
FOREACH (e IN CASE WHEN $escrow IS NULL OR r IS NULL THEN [] ELSE [$escrow] END |
  CREATE (p)-[:HAS_ESCROW]->(a:EscrowAccount)
  SET a = e
  CREATE (a)-[:COVERED_BY]->(r))
RETURN p.id AS id
