// brokersProjectPool: projects a talent pool's network into GDS memory as an undirected graph named $graphName: the
// members of the pool or its sub-pools ($scopeIds) and every node they are tied to (except regions, tech areas and
// the pools themselves, which would join everyone), each pair once.
// :params {graphName: "brokers-example", scopeIds: ["demo:pool:lishui"]}
UNWIND $scopeIds AS poolId
MATCH (:TalentPool {id: poolId})<-[:MEMBER_OF]-(s:Person)
WITH DISTINCT s
CALL (s) {
  OPTIONAL MATCH (s)--(t:Entity)
  WHERE NOT t:Region AND NOT t:TechArea AND NOT t.id IN $scopeIds
    AND (elementId(t) > elementId(s) OR NOT EXISTS { (t)-[:MEMBER_OF]->(x:TalentPool) WHERE x.id IN $scopeIds })
  RETURN DISTINCT t
}
WITH gds.graph.project($graphName, s, t, {}, {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount
