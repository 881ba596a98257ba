// bridgesOnePerson: every person tied to both ends of a bridge question; complete, so no limit. A tie is direct
// (works at, affiliated with, studied at, founded, member of), through a unit that is PART_OF the end, through a
// project both take part in or that the person brokered, through a demand the end posted and the person brokered,
// or personal (knows, collaborated with) when the end is a person. It expands from the end with fewer ties (the
// anchor), then walks each person's own few ties once and checks whether each one reaches the other end (itself,
// its unit, its project or demand), so a hub on either side costs no more than the candidates. Ties not valid on
// $asOf are ignored (a missing start or end is open).
// :params {from: "demo:enterprise:wuxing-aluminium", to: "demo:lab:tianmushan", asOf: null}
MATCH (x:Entity {id: $from}), (y:Entity {id: $to})
WITH x, y, COUNT { (x)--() } <= COUNT { (y)--() } AS anchorIsFrom
WITH anchorIsFrom, CASE WHEN anchorIsFrom THEN x ELSE y END AS a, CASE WHEN anchorIsFrom THEN y ELSE x END AS b
WITH anchorIsFrom, a, b, COLLECT { MATCH (b)<-[t:PART_OF]-(u) RETURN [u, t] } AS units,
  COLLECT { MATCH (b)-[t:PARTICIPATES_IN|POSTED]->(v:Project|Demand) RETURN [v, t] } AS shared
CALL (a) {
  MATCH (a)<-[r:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF]-(p:Person) RETURN p, r, null AS via, null AS viaRel
  UNION
  MATCH (a)<-[viaRel:PART_OF]-(via)<-[r:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF]-(p:Person) RETURN p, r, via, viaRel
  UNION
  MATCH (a)-[viaRel:PARTICIPATES_IN|POSTED]->(via:Project|Demand)<-[r:PARTICIPATES_IN|BROKERED]-(p:Person) RETURN p, r, via, viaRel
  UNION
  MATCH (a:Person)-[r:KNOWS|COLLABORATED_WITH]-(p:Person) RETURN p, r, null AS via, null AS viaRel
}
WITH anchorIsFrom, b, units, shared, p, r, via, viaRel
WHERE p <> b AND ($asOf IS NULL OR all(t IN [r, viaRel] WHERE t IS NULL OR (
  (coalesce(t.start, t.since) IS NULL OR coalesce(t.start, t.since) <= $asOf) AND (t.end IS NULL OR t.end >= $asOf))))
WITH anchorIsFrom, b, units, shared, p, collect({rel: r, out: startNode(r) = p, via: via, viaRel: viaRel}) AS anchorTies
CALL (p, b, units, shared) {
  MATCH (p)-[r:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF|PARTICIPATES_IN|BROKERED]->(t)
  UNWIND CASE WHEN t = b THEN [null] ELSE [x IN units + shared WHERE x[0] = t | x[1]] END AS viaRel
  WITH r, t, viaRel WHERE t = b OR (type(viaRel) = 'PART_OF') = (NOT type(r) IN ['PARTICIPATES_IN', 'BROKERED'])
  RETURN r, CASE WHEN t = b THEN null ELSE t END AS via, viaRel
  UNION
  MATCH (p)-[r:KNOWS|COLLABORATED_WITH]-(b:Person) RETURN r, null AS via, null AS viaRel
}
WITH anchorIsFrom, p, anchorTies, r, via, viaRel
WHERE $asOf IS NULL OR all(t IN [r, viaRel] WHERE t IS NULL OR (
  (coalesce(t.start, t.since) IS NULL OR coalesce(t.start, t.since) <= $asOf) AND (t.end IS NULL OR t.end >= $asOf)))
RETURN anchorIsFrom, p.id AS person, anchorTies, collect({rel: r, out: startNode(r) = p, via: via, viaRel: viaRel}) AS otherTies
