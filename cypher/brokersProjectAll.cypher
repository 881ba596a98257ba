// brokersProjectAll: projects the whole network into GDS memory as an undirected graph named $graphName, for
// brokers without a scope. A native projection (read straight from the store, in parallel) of every node carrying
// one of $labels - every model label except Region and TechArea, hubs that would shortcut every path - and every
// relationship between them, each pair of neighbours joined once whatever the number or direction of ties.
// :params {graphName: "brokers-example", labels: ["Person", "Enterprise", "Lab", "Organisation", "Competition", "TalentPool", "Project", "Demand"]}
CALL gds.graph.project($graphName, $labels, {TIE: {type: '*', orientation: 'UNDIRECTED', aggregation: 'SINGLE'}})
YIELD nodeCount, relationshipCount
RETURN nodeCount, relationshipCount
