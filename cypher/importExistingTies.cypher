// importExistingTies: what the store already holds on the ties an import is about to write, by (type, start id,
// end id), so that the importer can show what would change (fill, differ, replace) and keep replaced values in
// the audit record before anything is written: the node policy, for ties. A tie that is not stored returns no row;
// several stored ties of one type between the same two nodes return one row each (the import writes them all).
// The type is compared as a value, so one query serves every type; the subquery makes the planner find both ends
// first and read only the ties between the two (Expand(Into)), never every tie of a busy node such as a region.
// :params {ties: [["LOCATED_IN", "demo:lab:tianmushan", "demo:region:yuhang"]]}
UNWIND $ties AS tie
MATCH (a:Entity {id: tie[1]})
MATCH (b:Entity {id: tie[2]})
CALL (tie, a, b) {
  MATCH (a)-[r]->(b)
  WHERE type(r) = tie[0]
  RETURN properties(r) AS props
}
RETURN tie[0] AS type, tie[1] AS start, tie[2] AS end, props
