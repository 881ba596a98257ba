// stats: how many nodes and relationships the graph holds, and how many nodes carry each label.
// Every count comes from the count store, so it costs the same whatever the graph size. The audit record
// (AuditEvent nodes, which are not part of the graph) is left out.
// :params {}
CALL () {
  MATCH (n:Entity) RETURN count(n) AS nodeCount
}
CALL () {
  MATCH ()-[r]->() RETURN count(r) AS relationshipCount
}
CALL () {
  CALL db.labels() YIELD label
  WITH label WHERE label <> 'AuditEvent'
  CALL (label) {
    MATCH (n:$(label)) RETURN count(n) AS count
  }
  RETURN collect({label: label, count: count}) AS labels
}
RETURN nodeCount, relationshipCount, labels
