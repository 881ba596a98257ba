// Demo load: the milestones and escrow accounts of projects that already are in the graph, each account covered by
// its risk pool. Merged on ids, so loading the demo twice changes nothing.
// :params {rows: [{projectId: "demo:project:zhaofeng-anxinbao", version: 1, milestones: [{id: "milestone:demo:project:zhaofeng-anxinbao:0", projectId: "demo:project:zhaofeng-anxinbao", index: 0, title: "M1", due: date("2025-08-31"), state: "planned"}], escrow: {id: "escrow:demo:project:zhaofeng-anxinbao", projectId: "demo:project:zhaofeng-anxinbao", state: "deposited", feeTotal: 200000000, escrowPercent: 10, depositDue: 20000000, deposited: 20000000, released: 0, balancePaid: 0, refunded: 0, coveredByPool: 0, platformCost: 0}, riskPoolId: "demo:riskpool:xiaoshan"}]}
UNWIND $rows AS row
MATCH (p:Project:Entity {id: row.projectId})
SET p.version = row.version
WITH p, row
CALL (p, row) {
  UNWIND row.milestones AS ms
  MERGE (m:Milestone {id: ms.id})
  SET m = ms
  MERGE (p)-[:HAS_MILESTONE]->(m)
}
CALL (p, row) {
  WITH p, row WHERE row.escrow IS NOT NULL
  MERGE (a:EscrowAccount {id: row.escrow.id})
  SET a = row.escrow
  MERGE (p)-[:HAS_ESCROW]->(a)
  WITH a, row
  MATCH (r:RiskPool {id: row.riskPoolId})
  MERGE (a)-[:COVERED_BY]->(r)
}
RETURN count(p) AS written
