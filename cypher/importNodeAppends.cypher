// importNodeAppends: adds values to list properties of nodes that already exist, by id, keeping each value once
// (so a re-import adds nothing). Keys are list properties of the model checked in code. Each row is
// [id, lists of values in the order of $keys]. Returns how many rows found their node.
// :params {keys: ["programme"], rows: [["cordis-project:221856", [["SC4"]]]]}
UNWIND $rows AS row
MATCH (n:Entity {id: row[0]})
FOREACH (i IN range(0, size($keys) - 1) |
  SET n[$keys[i]] = reduce(acc = coalesce(n[$keys[i]], []), v IN row[1][i] | CASE WHEN v IN acc THEN acc ELSE acc + v END))
RETURN count(n) AS matched
