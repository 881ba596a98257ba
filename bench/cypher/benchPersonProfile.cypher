// benchPersonProfile: for sampled persons, what the benchmark needs to turn them into parameters: names to search
// for, how many people they know, and the enterprises and labs they are tied to directly (each such pair has at
// least one one-person bridge: the person).
// :params {ids: ["demo:person:example"]}
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, p.name AS name, p.nameZh AS nameZh, p.nameEn AS nameEn, p.pinyin AS pinyin,
  COUNT { (p)-[:KNOWS|COLLABORATED_WITH]-(:Person) } AS personal,
  COUNT { (p)--() } AS degree,
  COLLECT { MATCH (p)-[:WORKS_AT|AFFILIATED_WITH|FOUNDED]->(e:Enterprise) RETURN DISTINCT e.id ORDER BY e.id } AS enterprises,
  COLLECT { MATCH (p)-[:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED]->(l:Lab) RETURN DISTINCT l.id ORDER BY l.id } AS labs
