// importRelationships_RESEARCHES: upserts a batch of RESEARCHES relationships between existing nodes. The type is fixed text
// here because Neo4j 5 plans MERGE with a dynamic type as a scan of every relationship; the writer picks this file
// from the model's allow-list (seed/import/writer.ts). One relationship per (start, end): MERGE makes a re-import
// change no count. Each row is [start id, end id, values in the order of $keys, fill only]. "Fill only" is true for
// a tie that was in the store before this import under the default policy: its empty properties get the row's
// values and its stored values stay (the import reported those that differ); otherwise the row's values are set.
// Rows whose endpoints are missing are not written (the importer reports them before it writes anything).
// :params {keys: ["source"], rows: [["demo:person:example", "demo:lab:tianmushan", ["example"], false]]}
UNWIND $rows AS row
MATCH (a:Entity {id: row[0]})
MATCH (b:Entity {id: row[1]})
MERGE (a)-[r:RESEARCHES]->(b)
FOREACH (i IN range(0, size($keys) - 1) |
  SET r[$keys[i]] = CASE WHEN row[3] THEN coalesce(r[$keys[i]], row[2][i]) ELSE row[2][i] END)
RETURN count(r) AS written
