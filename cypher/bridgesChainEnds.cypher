// bridgesChainEnds: the second half of two-person bridge chains. Of the people $ids, those tied to the end $end
// (ties as in bridgesOnePerson, valid on $asOf), with those ties. The end's units and projects are read once, as
// lists, so each person costs only a walk over their own few ties. `via` comes as in bridgesOnePerson.
// :params {ids: ["demo:person:zhao-yiming"], end: "demo:lab:tianmushan", asOf: null}
MATCH (b:Entity {id: $end})
WITH b, COLLECT { MATCH (b)<-[:PART_OF]-(u) RETURN u } AS units,
  COLLECT { MATCH (b)-[:PARTICIPATES_IN|POSTED]->(v:Project|Demand) RETURN v } AS shared
UNWIND $ids AS id
MATCH (q:Person {id: id})
CALL (q, b, units, shared) {
  MATCH (q)-[r:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF|PARTICIPATES_IN|BROKERED]->(t)
  WITH b, r, t, type(r) IN ['PARTICIPATES_IN', 'BROKERED'] AS joint
  WHERE t = b OR (NOT joint AND t IN units) OR (joint AND t IN shared)
  OPTIONAL MATCH (t)-[viaRel:PART_OF|PARTICIPATES_IN|POSTED]-(b)
  WHERE t <> b AND CASE WHEN joint THEN startNode(viaRel) = b AND type(viaRel) <> 'PART_OF' ELSE startNode(viaRel) = t AND type(viaRel) = 'PART_OF' END
  RETURN r, CASE WHEN t = b THEN null ELSE t END AS via, viaRel
  UNION
  WITH q, b WHERE b:Person
  MATCH (q)-[r:KNOWS|COLLABORATED_WITH]-(b)
  RETURN r, null AS via, null AS viaRel
}
WITH q, r, via, viaRel
WHERE $asOf IS NULL OR all(t IN [r, viaRel] WHERE t IS NULL OR (
  (coalesce(t.start, t.since) IS NULL OR coalesce(t.start, t.since) <= $asOf) AND (t.end IS NULL OR t.end >= $asOf)))
RETURN q.id AS person, collect({rel: r, out: startNode(r) = q, viaRel: viaRel,
  via: CASE WHEN via IS NULL THEN null ELSE {id: via.id, labels: labels(via), properties: via {.*, pinyin: null, aliasText: null}} END}) AS ties
