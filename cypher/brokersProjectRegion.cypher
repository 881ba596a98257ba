// brokersProjectRegion: projects the network around a region into GDS memory as an undirected graph named
// $graphName. Members: people who originate from or live in the region or its sub-regions ($scopeIds), the
// enterprises, labs, organisations, pools, competitions and projects located there, and the people who work at,
// are affiliated with, founded, belong to, broker or take part in those. Joined by the ties among members, each
// pair once.
// :params {graphName: "brokers-example", scopeIds: ["demo:region:pinghu"]}
UNWIND $scopeIds AS regionId
MATCH (h:Region {id: regionId})
CALL (h) {
  MATCH (h)<-[:ORIGINATES_FROM|LIVES_IN|LOCATED_IN]-(s:Entity)
  WHERE NOT s:Region AND NOT s:TechArea
  RETURN s
  UNION
  MATCH (h)<-[:LOCATED_IN]-()<-[:WORKS_AT|AFFILIATED_WITH|FOUNDED|MEMBER_OF|BROKERED|PARTICIPATES_IN]-(s:Person)
  RETURN s
}
WITH DISTINCT s
CALL (s) {
  OPTIONAL MATCH (s)--(t:Entity)
  WHERE NOT t:Region AND NOT t:TechArea AND elementId(t) > elementId(s)
    AND (EXISTS { (t)-[:ORIGINATES_FROM|LIVES_IN|LOCATED_IN]->(x:Region) WHERE x.id IN $scopeIds }
      OR EXISTS { (t:Person)-[:WORKS_AT|AFFILIATED_WITH|FOUNDED|MEMBER_OF|BROKERED|PARTICIPATES_IN]->()-[:LOCATED_IN]->(x:Region)
                  WHERE x.id IN $scopeIds })
  RETURN DISTINCT t
}
WITH gds.graph.project($graphName, s, t, {}, {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount
