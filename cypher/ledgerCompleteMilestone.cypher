// completeMilestone: marks milestone $index done; for the first milestone of an 安心宝 project it also releases the
// escrow (deposit plus balance = feeTotal) in the same transaction. Takes the project's lock before reading any
// state, so concurrent calls run one after the other and only the first finds the milestone planned; an illegal
// step changes nothing and returns why (refusal) and the states it found. No row when the project is missing.
// :params {projectId: "demo:project:zhaofeng-anxinbao", index: 0, evidence: "样机验收报告", date: date("2025-08-20")}
MATCH (p:Project:Entity {id: $projectId})
CALL apoc.lock.nodes([p])
OPTIONAL MATCH (p)-[:HAS_MILESTONE]->(m:Milestone {index: $index})
OPTIONAL MATCH (p)-[:HAS_ESCROW]->(a:EscrowAccount)
WITH p, m, a, m.state AS milestoneBefore, a.state AS escrowBefore,
  COUNT { (p)-[:HAS_MILESTONE]->(e:Milestone) WHERE e.index < $index AND e.state <> 'done' } AS openBefore,
  COUNT { (p)-[:HAS_MILESTONE]->(e:Milestone) WHERE e.state = 'failed' } AS failed,
  head(COLLECT { MATCH (p)-[:HAS_MILESTONE]->(n:Milestone) WHERE n.index > $index AND n.state = 'planned' RETURN n ORDER BY n.index }) AS next
WITH p, m, a, milestoneBefore, escrowBefore, next,
  CASE
    WHEN m IS NULL THEN 'NO_MILESTONE'
    WHEN failed > 0 THEN 'PROJECT_FAILED'
    WHEN milestoneBefore <> 'planned' THEN 'MILESTONE_STATE'
    WHEN openBefore > 0 THEN 'EARLIER_OPEN'
    WHEN $index = 0 AND a IS NOT NULL AND escrowBefore <> 'deposited' THEN 'ESCROW_STATE'
    WHEN $index = 0 AND a IS NOT NULL AND $date < a.depositedOn THEN 'BEFORE_DEPOSIT'
  END AS refusal
FOREACH (x IN CASE WHEN refusal IS NULL THEN [1] ELSE [] END |
  SET m.state = 'done', m.evidence = $evidence, m.doneOn = $date,
      p.version = coalesce(p.version, 0) + 1,
      p.nextMilestone = next.title, p.nextMilestoneDue = next.due,
      p.status = CASE WHEN next IS NULL THEN 'completed' ELSE p.status END)
FOREACH (x IN CASE WHEN refusal IS NULL AND $index = 0 AND a IS NOT NULL THEN [1] ELSE [] END |
  SET a.state = 'released', a.balancePaid = a.feeTotal - a.deposited, a.released = a.feeTotal,
      a.releasedOn = $date, p.escrowState = 'released')
RETURN refusal, milestoneBefore, escrowBefore, a.depositedOn AS depositedOn
