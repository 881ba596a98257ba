// importNodes: upserts a batch of nodes that share one label set and one list of property keys, by id. Labels are
// checked against the model's allow-list in code (seed/import/writer.ts) before they reach this query; every node
// also gets the base label Entity. Each row is [id, values in the order of $keys, values in the order of $fillKeys];
// $fillKeys are placeholders written only where the node has no value yet. Re-running a batch changes nothing.
// :params {labels: ["Entity", "Person"], keys: ["illustrative", "name"], fillKeys: [], rows: [["demo:person:example", [true, "Example"], []]]}
UNWIND $rows AS row
MERGE (n:Entity {id: row[0]})
SET n:$($labels)
FOREACH (i IN range(0, size($keys) - 1) | SET n[$keys[i]] = row[1][i])
FOREACH (i IN range(0, size($fillKeys) - 1) | SET n[$fillKeys[i]] = coalesce(n[$fillKeys[i]], row[2][i]))
RETURN count(n) AS written
