// benchRiskPool: a risk pool of the store (the first by id), to cover the 安心宝 projects the completeMilestone case
// makes when the store's planned milestones run out.
// :params {}
MATCH (r:RiskPool)
RETURN r.id AS id
ORDER BY id
LIMIT 1
