// costGraphSize: how many nodes a whole-graph `brokers` would project, for the request's cost estimate
// (server/plugins/cost.ts). A label count comes from Neo4j's count store, so this costs nothing however big the graph.
// :params {}
MATCH (n:Entity)
RETURN count(n) AS size
