// Demo load: introductions with their firm, lab, broker and intermediaries in order, and their outcomes in the
// order they happened (with the project each led to). Merged on ids, so loading the demo twice changes nothing.
// :params {rows: [{id: "demo:introduction:example", fromId: "demo:enterprise:wuxing-aluminium", toId: "demo:lab:tianmushan", brokerId: "demo:person:shen-zhiyuan", intermediaryIds: [], props: {date: date("2022-11-08"), recordedBy: "demo", illustrative: true}, outcomes: [{id: "demo:outcome:example", seq: 1, projectId: "demo:project:wuxing-foil-pilot", props: {kind: "project", date: date("2023-05-01"), illustrative: true}}]}]}
UNWIND $rows AS row
MATCH (f:Entity {id: row.fromId})
MATCH (t:Entity {id: row.toId})
MATCH (b:Person {id: row.brokerId})
MERGE (i:Introduction {id: row.id})
SET i += row.props
MERGE (i)-[:INTRODUCED_FROM]->(f)
MERGE (i)-[:INTRODUCED_TO]->(t)
MERGE (i)-[:INTRODUCED_BY]->(b)
WITH i, row
CALL (i, row) {
  UNWIND range(0, size(row.intermediaryIds) - 1) AS k
  MATCH (p:Person {id: row.intermediaryIds[k]})
  MERGE (i)-[v:INTRODUCED_VIA]->(p)
  SET v.order = k
}
CALL (i, row) {
  UNWIND row.outcomes AS oc
  MERGE (o:Outcome {id: oc.id})
  SET o += oc.props, o.seq = oc.seq, o.introductionId = i.id
  MERGE (i)-[h:HAS_OUTCOME]->(o)
  SET h.seq = oc.seq
  WITH o, oc
  OPTIONAL MATCH (p:Project:Entity {id: oc.projectId})
  FOREACH (x IN CASE WHEN p IS NULL THEN [] ELSE [p] END | MERGE (o)-[:LED_TO]->(x))
}
RETURN count(i) AS written
