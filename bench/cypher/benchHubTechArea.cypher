// benchHubTechArea: the tech area with the most ties (the hub of issue 18's finding 5), and a few people to ask
// for as the light query.
// :params {}
MATCH (t:TechArea)
WITH t, COUNT { (t)--() } AS degree
ORDER BY degree DESC, t.id
LIMIT 1
RETURN t.id AS hub, degree,
  COLLECT { MATCH (p:Person)-[:EXPERT_IN]->(t) RETURN p.id AS id ORDER BY id LIMIT 20 } AS people
