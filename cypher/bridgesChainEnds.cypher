// bridgesChainEnds: the second half of two-person bridge chains. Of the people $ids, those tied to the end $end
// (ties as in bridgesOnePerson, valid on $asOf), with those ties. The end's units and shared projects and demands
// are read once, so each person costs only a look at their own few ties.
// :params {ids: ["demo:person:zhao-yiming"], end: "demo:lab:tianmushan", asOf: null}
MATCH (b:Entity {id: $end})
WITH b, COLLECT { MATCH (b)<-[t:PART_OF]-(u) RETURN [u, t] } AS units,
  COLLECT { MATCH (b)-[t:PARTICIPATES_IN|POSTED]->(v:Project|Demand) RETURN [v, t] } AS shared
UNWIND $ids AS id
MATCH (q:Person {id: id})
CALL (q, b, units, shared) {
  MATCH (q)-[r:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF|PARTICIPATES_IN|BROKERED]->(t)
  UNWIND CASE WHEN t = b THEN [null] ELSE [x IN units + shared WHERE x[0] = t | x[1]] END AS viaRel
  WITH r, t, viaRel WHERE t = b OR (type(viaRel) = 'PART_OF') = (NOT type(r) IN ['PARTICIPATES_IN', 'BROKERED'])
  RETURN r, CASE WHEN t = b THEN null ELSE t END AS via, viaRel
  UNION
  MATCH (q)-[r:KNOWS|COLLABORATED_WITH]-(b:Person) RETURN r, null AS via, null AS viaRel
}
WITH q, r, via, viaRel
WHERE $asOf IS NULL OR all(t IN [r, viaRel] WHERE t IS NULL OR (
  (coalesce(t.start, t.since) IS NULL OR coalesce(t.start, t.since) <= $asOf) AND (t.end IS NULL OR t.end >= $asOf)))
RETURN q.id AS person, collect({rel: r, out: startNode(r) = q, via: via, viaRel: viaRel}) AS ties
