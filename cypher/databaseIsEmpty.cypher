// databaseIsEmpty: true when the graph holds no node; start-up loads the demo dataset only then.
// :params {}
MATCH (n) WITH n LIMIT 1
RETURN count(n) = 0 AS empty
