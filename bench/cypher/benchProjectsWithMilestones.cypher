// benchProjectsWithMilestones: which of these projects already have milestones in the ledger (the migration leaves
// them as they are, so steps taken since stay taken).
// :params {ids: ["Project:0"]}
UNWIND $ids AS id
MATCH (p:Project {id: id})-[:HAS_MILESTONE]->(:Milestone)
RETURN DISTINCT p.id AS id
