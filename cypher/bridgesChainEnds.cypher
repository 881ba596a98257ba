// bridgesChainEnds: the second half of two-person bridge chains. Of the people $ids, those tied to the end $end
// (ties as in bridgesOnePerson, valid on $asOf), with those ties. The end's units and shared projects and demands
// are read once, so each person costs only a look at their own few ties.
// :params {ids: ["demo:person:zhao-yiming"], end: "demo:lab:tianmushan", asOf: null}
MATCH (b:Entity {id: $end})
WITH b, COLLECT { MATCH (b)<-[:PART_OF]-(u) RETURN u } AS units,
  COLLECT { MATCH (b)-[:PARTICIPATES_IN|POSTED]->(v:Project|Demand) RETURN v } AS shared
UNWIND $ids AS id
MATCH (q:Person {id: id})
CALL (q, b, units, shared) {
  MATCH (q)-[r:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF]->(b) RETURN r, null AS via, null AS viaRel
  UNION
  WITH q, b, units WHERE size(units) > 0
  MATCH (q)-[r:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF]->(via) WHERE via IN units
  MATCH (via)-[viaRel:PART_OF]->(b) RETURN r, via, viaRel
  UNION
  WITH q, b, shared WHERE size(shared) > 0
  MATCH (q)-[r:PARTICIPATES_IN|BROKERED]->(via) WHERE via IN shared
  MATCH (via)<-[viaRel:PARTICIPATES_IN|POSTED]-(b) RETURN r, via, viaRel
  UNION
  MATCH (q)-[r:KNOWS|COLLABORATED_WITH]-(b:Person) RETURN r, null AS via, null AS viaRel
}
WITH q, r, via, viaRel
WHERE $asOf IS NULL OR all(t IN [r, viaRel] WHERE t IS NULL OR (
  (coalesce(t.start, t.since) IS NULL OR coalesce(t.start, t.since) <= $asOf) AND (t.end IS NULL OR t.end >= $asOf)))
RETURN q.id AS person, collect({rel: r, out: startNode(r) = q, via: via, viaRel: viaRel}) AS ties
