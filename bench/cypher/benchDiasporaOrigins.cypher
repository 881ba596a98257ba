// benchDiasporaOrigins: regions that people originate from while living somewhere else, with how many, for the
// diaspora parameters.
// :params {}
MATCH (r:Region)<-[:ORIGINATES_FROM]-(p:Person)-[:LIVES_IN]->(home:Region)
WHERE home <> r
RETURN r.id AS id, r.level AS level, count(DISTINCT p) AS people
ORDER BY id
