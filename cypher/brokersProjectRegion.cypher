// brokersProjectRegion: projects the network around a region into GDS memory as an undirected graph named
// $graphName: people who originate from or live in the region or its sub-regions ($scopeIds) and the organisations
// located there, joined by the ties among them (each pair once).
// :params {graphName: "brokers-example", scopeIds: ["demo:region:lishui"]}
UNWIND $scopeIds AS regionId
MATCH (:Region {id: regionId})<-[:ORIGINATES_FROM|LIVES_IN|LOCATED_IN]-(s:Entity)
WHERE NOT s:Region AND NOT s:TechArea
WITH DISTINCT s
CALL (s) {
  OPTIONAL MATCH (s)--(t:Entity)
  WHERE NOT t:Region AND NOT t:TechArea AND elementId(t) > elementId(s)
    AND EXISTS { (t)-[:ORIGINATES_FROM|LIVES_IN|LOCATED_IN]->(h:Region) WHERE h.id IN $scopeIds }
  RETURN DISTINCT t
}
WITH gds.graph.project($graphName, s, t, {}, {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount
