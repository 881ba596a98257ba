// bridgesEndpoints: the two ends of a bridge question (a missing end comes back with node = null) and the tech
// areas each stands for (a firm's FOCUSES_ON, a lab's RESEARCHES, a person's EXPERT_IN), each with up to three
// levels of broader areas, for the topical part of the bridge score.
// :params {from: "demo:enterprise:wuxing-aluminium", to: "demo:lab:tianmushan"}
UNWIND [['from', $from], ['to', $to]] AS end
OPTIONAL MATCH (x:Entity {id: end[1]})
RETURN end[0] AS side, x AS node,
  COLLECT {
    MATCH (x)-[:FOCUSES_ON|RESEARCHES|EXPERT_IN]->(t:TechArea)
    RETURN {id: t.id, name: t.name, nameZh: t.nameZh, nameEn: t.nameEn,
            broader: COLLECT { MATCH (t)-[:PART_OF]->{1,3}(up:TechArea) RETURN up.id }}
  } AS areas
