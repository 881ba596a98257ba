// benchRelTypeCounts: relationships per type, from the count store.
// :params {}
CALL db.relationshipTypes() YIELD relationshipType AS type
CALL (type) {
  MATCH ()-[r:$(type)]->() RETURN count(r) AS count
}
RETURN type, count
