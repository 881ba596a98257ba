// brokersProjectAll: projects the whole network into GDS memory as an undirected graph named $graphName, for
// brokers without a scope: every entity except regions and tech areas (hubs that would shortcut every path), each
// pair of neighbours joined once whatever the number or direction of ties between them.
// :params {graphName: "brokers-example"}
MATCH (s:Entity)
WHERE NOT s:Region AND NOT s:TechArea
CALL (s) {
  OPTIONAL MATCH (s)--(t:Entity)
  WHERE NOT t:Region AND NOT t:TechArea AND elementId(t) > elementId(s)
  RETURN DISTINCT t
}
WITH gds.graph.project($graphName, s, t, {}, {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount
