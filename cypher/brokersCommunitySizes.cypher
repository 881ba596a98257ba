// brokersCommunitySizes: how many nodes of the projected graph $graphName belong to each of the given communities.
// :params {graphName: "brokers-example", communities: [0, 1]}
CALL gds.graph.nodeProperty.stream($graphName, 'community')
YIELD propertyValue
WITH propertyValue AS community
WHERE community IN $communities
RETURN community, count(*) AS size
