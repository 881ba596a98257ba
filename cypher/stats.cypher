// stats: how many nodes and relationships the graph holds, and how many nodes carry each label.
// Every count comes from the count store, so it costs the same whatever the graph size. The audit record
// (AuditEvent nodes, which are not part of the graph) and the write gate (WriteGate, see writeGateShared) are left out.
// :params {}
CALL () {
  MATCH (n:Entity) RETURN count(n) AS nodeCount
}
CALL () {
  MATCH ()-[r]->() RETURN count(r) AS relationshipCount
}
CALL () {
  CALL db.labels() YIELD label
  WITH label WHERE NOT label IN ['AuditEvent', 'WriteGate']
  CALL (label) {
    MATCH (n:$(label)) RETURN count(n) AS count
  }
  RETURN collect({label: label, count: count}) AS labels
}
RETURN nodeCount, relationshipCount, labels
