// brokersProjectTechArea: projects the network around a tech area into GDS memory as an undirected graph named
// $graphName: people expert in the area or its sub-areas ($scopeIds), and enterprises, labs, pools, competitions,
// projects and demands focused on, researching or needing them, joined by the ties among them (each pair once).
// :params {graphName: "brokers-example", scopeIds: ["demo:tech:new-materials"]}
UNWIND $scopeIds AS areaId
MATCH (:TechArea {id: areaId})<-[:EXPERT_IN|FOCUSES_ON|RESEARCHES|NEEDS]-(s:Entity)
WHERE NOT s:Region AND NOT s:TechArea
WITH DISTINCT s
CALL (s) {
  OPTIONAL MATCH (s)--(t:Entity)
  WHERE NOT t:Region AND NOT t:TechArea AND elementId(t) > elementId(s)
    AND EXISTS { (t)-[:EXPERT_IN|FOCUSES_ON|RESEARCHES|NEEDS]->(a:TechArea) WHERE a.id IN $scopeIds }
  RETURN DISTINCT t
}
WITH gds.graph.project($graphName, s, t, {}, {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount
