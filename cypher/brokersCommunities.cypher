// brokersCommunities: Louvain communities on the projected graph $graphName, kept in GDS memory as the node
// property `community` for brokersCentrality and brokersCommunitySizes.
// :params {graphName: "brokers-example"}
CALL gds.louvain.mutate($graphName, {mutateProperty: 'community'})
YIELD communityCount, modularity
RETURN communityCount, modularity
