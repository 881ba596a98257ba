// brokersDrop: removes the projected graph $graphName from GDS memory (no error when it is already gone).
// :params {graphName: "brokers-example"}
CALL gds.graph.drop($graphName, false)
YIELD graphName
RETURN graphName
