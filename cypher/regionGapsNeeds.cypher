// regionGapsNeeds: what the firms located in the home regions need: the tech areas of their open demands (NEEDS,
// with the tie's weight) and of their stated focus (FOCUSES_ON, weight 1). One row per firm with its needs (one
// per area and source), so each firm node comes back once however many areas it needs.
// :params {homeIds: ["demo:region:qingtian"]}
UNWIND $homeIds AS homeId
MATCH (:Region {id: homeId})<-[:LOCATED_IN]-(f:Enterprise)
WITH DISTINCT f
CALL (f) {
  MATCH (f)-[:FOCUSES_ON]->(t:TechArea)
  RETURN t, null AS demand, 1.0 AS weight
  UNION
  MATCH (f)-[:POSTED]->(d:Demand)-[n:NEEDS]->(t:TechArea)
  WHERE NOT coalesce(d.status, 'open') IN ['closed', 'filled', 'cancelled', 'withdrawn']
  RETURN t, d AS demand, coalesce(n.weight, 1.0) AS weight
}
RETURN f AS firm, collect({areaId: t.id, demand: demand, weight: weight}) AS needs
