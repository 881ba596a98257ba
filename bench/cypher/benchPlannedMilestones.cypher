// benchPlannedMilestones: for the completeMilestone write case, every project's next milestone that the step would
// accept now: its lowest planned milestone, when no milestone of the project failed, every earlier one is done, and,
// for the first milestone of an 安心宝 project, the deposit is in. Sorted, so the seed alone decides the draw.
// :params {}
MATCH (p:Project)-[:HAS_MILESTONE]->(m:Milestone {state: 'planned'})
WITH p, min(m.index) AS index
WHERE NOT EXISTS { (p)-[:HAS_MILESTONE]->(f:Milestone) WHERE f.state = 'failed' OR (f.index < index AND f.state <> 'done') }
  AND (index > 0 OR NOT EXISTS { (p)-[:HAS_ESCROW]->(a:EscrowAccount) WHERE a.state <> 'deposited' })
RETURN p.id AS projectId, index
ORDER BY projectId
