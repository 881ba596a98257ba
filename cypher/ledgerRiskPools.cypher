// riskPool / riskPools: risk pools by id (all of them when $ids is null), by name, with how many escrow accounts
// each covers and the organisation that runs it.
// :params {ids: null}
MATCH (r:RiskPool)
WHERE $ids IS NULL OR r.id IN $ids
RETURN r {.*,
  projectCount: COUNT { (r)<-[:COVERED_BY]-(:EscrowAccount) },
  organisation: head(COLLECT { MATCH (r)-[:RUN_BY]->(o:Entity) RETURN o })} AS pool
ORDER BY r.name, r.id
LIMIT 1000
