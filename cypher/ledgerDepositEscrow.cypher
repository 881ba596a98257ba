// depositEscrow: proposed -> deposited. Takes the project's lock before reading the account, so concurrent steps
// on one project run one after the other; an illegal step changes nothing and returns the state it found.
// :params {projectId: "demo:project:zhaofeng-anxinbao", date: date("2025-02-20")}
MATCH (p:Project:Entity {id: $projectId})
CALL apoc.lock.nodes([p])
OPTIONAL MATCH (p)-[:HAS_ESCROW]->(a:EscrowAccount)
WITH p, a, a.state AS escrowBefore
WITH p, a, escrowBefore,
  CASE WHEN a IS NULL THEN 'NO_ESCROW' WHEN escrowBefore <> 'proposed' THEN 'ESCROW_STATE' END AS refusal
FOREACH (x IN CASE WHEN refusal IS NULL THEN [1] ELSE [] END |
  SET a.deposited = a.depositDue, a.state = 'deposited', a.depositedOn = $date,
      p.escrowState = 'deposited', p.version = coalesce(p.version, 0) + 1)
RETURN refusal, escrowBefore, a.depositDue AS depositDue
