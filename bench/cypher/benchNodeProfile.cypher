// benchNodeProfile: for sampled nodes of any label, their names (to search for) and ties (to tell hubs from
// ordinary nodes, and to find firms that state a tech focus).
// :params {ids: ["demo:enterprise:wuxing-aluminium"]}
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.name AS name, n.nameZh AS nameZh, n.nameEn AS nameEn, n.pinyin AS pinyin,
  COUNT { (n)--() } AS degree,
  COUNT { (n)-[:FOCUSES_ON|RESEARCHES]->(:TechArea) } AS areas
