// databaseIsEmpty: true when the graph holds no node (the write gate, which every write creates, does not count);
// start-up loads the demo dataset only then, and restore refuses a store that is not empty.
// :params {}
MATCH (n) WHERE NOT n:WriteGate
WITH n LIMIT 1
RETURN count(n) = 0 AS empty
