// benchRelTypeCounts: relationships per type, from the count store (db.stats: one read, where a MATCH with a
// dynamic type scans every relationship of the store once per type).
// :params {}
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
UNWIND data.relationships AS r
WITH r WHERE r.startLabel IS NULL AND r.endLabel IS NULL AND r.relationshipType IS NOT NULL
RETURN r.relationshipType AS type, r.count AS count
