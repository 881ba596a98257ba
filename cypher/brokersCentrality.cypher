// brokersCentrality: the $limit nodes of the projected graph $graphName with the highest betweenness centrality
// (from $samplingSize source nodes; all of them when it equals the node count), optionally only nodes carrying one
// of the labels in $types, each with its Louvain community, its degree and the communities of its neighbours (a
// broker's neighbours span several).
// :params {graphName: "brokers-example", samplingSize: 100, limit: 20, types: null}
CALL gds.betweenness.stream($graphName, {samplingSize: $samplingSize, samplingSeed: 7})
YIELD nodeId, score
WITH nodeId, score
WHERE $types IS NULL OR any(l IN labels(gds.util.asNode(nodeId)) WHERE l IN $types)
WITH nodeId, score
ORDER BY score DESC, nodeId
LIMIT $limit
CALL gds.bfs.stream($graphName, {sourceNode: nodeId, maxDepth: 1})
YIELD nodeIds
RETURN gds.util.asNode(nodeId) AS node, score AS betweenness,
  gds.util.nodeProperty($graphName, nodeId, 'community') AS community,
  size(nodeIds) - 1 AS degree,
  [i IN nodeIds | gds.util.nodeProperty($graphName, i, 'community')] AS neighbourhoodCommunities
