// importNodeUpdates: sets properties on nodes that already exist, by id, and creates nothing (a source that only
// names or describes nodes another source brought in). Keys are model properties checked in code. Each row is
// [id, values in the order of $keys]. Returns how many rows found their node.
// :params {keys: ["name", "url"], rows: [["cordis-org:999627875", ["TOTALFORSVARETS FORSKNINGSINSTITUT", "http://www.foi.se"]]]}
UNWIND $rows AS row
MATCH (n:Entity {id: row[0]})
FOREACH (i IN range(0, size($keys) - 1) | SET n[$keys[i]] = row[1][i])
RETURN count(n) AS matched
