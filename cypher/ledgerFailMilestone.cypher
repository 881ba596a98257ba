// failMilestone: marks milestone $index failed (the project fails with it). When the first milestone of an 安心宝
// project fails, the deposit goes back to the firm (deposited -> refunded) and the risk pool pays the platform's
// cost, at most what it still holds and its per-project cap. Locks the project and its risk pool before reading
// them, so neither a concurrent step on the project nor a refund on another project of the same pool can pass
// it; an illegal step changes nothing and returns why (refusal) and the states it found.
// :params {projectId: "demo:project:zhaofeng-anxinbao", index: 0, evidence: "样机未达指标", date: date("2025-09-01"), platformCost: 500000}
MATCH (p:Project:Entity {id: $projectId})
OPTIONAL MATCH (p)-[:HAS_ESCROW]->(:EscrowAccount)-[:COVERED_BY]->(pool:RiskPool)
CALL apoc.lock.nodes([x IN [p, pool] WHERE x IS NOT NULL])
OPTIONAL MATCH (p)-[:HAS_MILESTONE]->(m:Milestone {index: $index})
OPTIONAL MATCH (p)-[:HAS_ESCROW]->(a:EscrowAccount)
OPTIONAL MATCH (a)-[:COVERED_BY]->(r:RiskPool)
WITH p, m, a, r, m.state AS milestoneBefore, a.state AS escrowBefore,
  COUNT { (p)-[:HAS_MILESTONE]->(e:Milestone) WHERE e.index < $index AND e.state <> 'done' } AS openBefore,
  COUNT { (p)-[:HAS_MILESTONE]->(e:Milestone) WHERE e.state = 'failed' } AS failed
WITH p, m, a, r, milestoneBefore, escrowBefore,
  CASE
    WHEN m IS NULL THEN 'NO_MILESTONE'
    WHEN failed > 0 THEN 'PROJECT_FAILED'
    WHEN milestoneBefore <> 'planned' THEN 'MILESTONE_STATE'
    WHEN openBefore > 0 THEN 'EARLIER_OPEN'
    WHEN $index = 0 AND a IS NOT NULL AND escrowBefore <> 'deposited' THEN 'ESCROW_STATE'
    WHEN $index = 0 AND a IS NOT NULL AND $date < a.depositedOn THEN 'BEFORE_DEPOSIT'
  END AS refusal,
  CASE WHEN r IS NULL THEN 0 ELSE reduce(c = $platformCost, bound IN [r.capital - r.paidOut, coalesce(r.perProjectCap, $platformCost)] |
    CASE WHEN bound < c THEN bound ELSE c END) END AS cover
FOREACH (x IN CASE WHEN refusal IS NULL THEN [1] ELSE [] END |
  SET m.state = 'failed', m.evidence = $evidence, m.doneOn = $date,
      p.version = coalesce(p.version, 0) + 1, p.status = 'failed', p.nextMilestone = null, p.nextMilestoneDue = null)
FOREACH (x IN CASE WHEN refusal IS NULL AND $index = 0 AND a IS NOT NULL THEN [1] ELSE [] END |
  SET a.state = 'refunded', a.refunded = a.deposited, a.refundedOn = $date,
      a.platformCost = $platformCost, a.coveredByPool = cover, p.escrowState = 'refunded')
FOREACH (x IN CASE WHEN refusal IS NULL AND $index = 0 AND r IS NOT NULL THEN [r] ELSE [] END |
  SET x.paidOut = x.paidOut + cover)
RETURN refusal, milestoneBefore, escrowBefore, a.depositedOn AS depositedOn, cover
