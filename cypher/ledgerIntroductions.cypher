// introductions (details): each introduction with its firm, lab, broker, intermediaries in order and outcomes
// oldest first (by date, then sequence), for the ids a page query or a project found.
// :params {ids: ["introduction:example"]}
UNWIND range(0, size($ids) - 1) AS k
MATCH (i:Introduction {id: $ids[k]})
MATCH (i)-[:INTRODUCED_FROM]->(f:Entity)
MATCH (i)-[:INTRODUCED_TO]->(t:Entity)
MATCH (i)-[:INTRODUCED_BY]->(b:Entity)
RETURN k, i {.*} AS introduction, f AS from, t AS to, b AS broker,
  COLLECT { MATCH (i)-[v:INTRODUCED_VIA]->(p:Entity) RETURN p ORDER BY v.order } AS intermediaries,
  COLLECT {
    MATCH (i)-[:HAS_OUTCOME]->(o:Outcome)
    RETURN o {.*, project: head(COLLECT { MATCH (o)-[:LED_TO]->(p:Project) RETURN p })} AS outcome
    ORDER BY o.date, o.seq
  } AS outcomes
ORDER BY k
