// brokersScope: the node brokers is scoped to, and the ids of its part-of family - the node itself and what lies
// within it (sub-regions, sub-areas, sub-pools; up to five PART_OF levels, same node type).
// :params {scopeId: "demo:region:lishui"}
MATCH (s:Entity {id: $scopeId})
RETURN s AS scope,
  COLLECT { MATCH (x:Entity)-[:PART_OF]->{0,5}(s)
            WHERE any(l IN labels(x) WHERE l <> 'Entity' AND l IN labels(s))
            RETURN DISTINCT x.id AS id } AS scopeIds
