// costScopeSize: roughly how many nodes a scoped `brokers` would project around $scopeId, for the request's cost
// estimate (server/plugins/cost.ts), read without walking the scope: the scope's part-of family (as brokersScope)
// and, for each node tied to it, that node and its degree (degrees come from the store, dense nodes included).
// The projection takes the scope's members and the people two steps away, so this is an upper estimate.
// 0 when no node has the id (the brokers resolver then answers NOT_FOUND).
// :params {scopeId: "demo:region:lishui"}
OPTIONAL MATCH (s:Entity {id: $scopeId})
CALL (s) {
  MATCH (x:Entity)-[:PART_OF]->{0,5}(s)
  WHERE any(l IN labels(x) WHERE l <> 'Entity' AND l IN labels(s))
  WITH DISTINCT x
  MATCH (x)--(m)
  RETURN sum(1 + COUNT { (m)--() }) AS size
}
RETURN coalesce(size, 0) AS size
