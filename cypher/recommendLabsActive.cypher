// recommendLabsActive: the labs with most project participations, for a firm whose partners never worked with a lab
// (so recommendLabs still answers while the firm has a network). Reads at most $scanCap labs, so it stays bounded on
// a large graph.
// :params {limit: 10, scanCap: 100000}
MATCH (lab:Lab)
WITH lab LIMIT $scanCap
WITH lab, COUNT { (lab)-[:PARTICIPATES_IN]->(:Project) } AS activity
WHERE activity > 0
RETURN lab.id AS labId, activity
ORDER BY activity DESC, labId
LIMIT $limit
