// bridgesOnePerson: every person tied to both ends of a bridge question; complete, so no limit. A tie is direct
// (works at, affiliated with, studied at, founded, member of), through a unit that is PART_OF the end, through a
// project both take part in or that the person brokered, through a demand the end posted and the person brokered,
// or personal (knows, collaborated with) when the end is a person. It expands from the end with fewer ties (the
// anchor), then walks each person's own few ties once (their anchor ties are shaped into maps only if they pass). The other end's units and projects are read once, as
// lists; a tie reaches the other end when its target is that end or in those lists (a per-tie subquery or
// expand-into check costs several times more on a hub). Ties not valid on $asOf are ignored (a missing start or
// end is open). A unit, project or demand on the way (`via`) comes as a map shaped like a node without its derived
// search fields, which are long and never shown.
// :params {from: "demo:enterprise:wuxing-aluminium", to: "demo:lab:tianmushan", asOf: null}
MATCH (x:Entity {id: $from}), (y:Entity {id: $to})
WITH x, y, COUNT { (x)--() } <= COUNT { (y)--() } AS anchorIsFrom
WITH anchorIsFrom, CASE WHEN anchorIsFrom THEN x ELSE y END AS a, CASE WHEN anchorIsFrom THEN y ELSE x END AS b
WITH anchorIsFrom, a, b, COLLECT { MATCH (b)<-[:PART_OF]-(u) RETURN u } AS units,
  COLLECT { MATCH (b)-[:PARTICIPATES_IN|POSTED]->(v:Project|Demand) RETURN v } AS shared
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
WITH anchorIsFrom, b, units, shared, p, collect([r, via, viaRel]) AS anchorTies
CALL (p, b, units, shared) {
  MATCH (p)-[r:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF|PARTICIPATES_IN|BROKERED]->(t)
  WITH b, r, t, type(r) IN ['PARTICIPATES_IN', 'BROKERED'] AS joint
  WHERE t = b OR (NOT joint AND t IN units) OR (joint AND t IN shared)
  OPTIONAL MATCH (t)-[viaRel:PART_OF|PARTICIPATES_IN|POSTED]-(b)
  WHERE t <> b AND CASE WHEN joint THEN startNode(viaRel) = b AND type(viaRel) <> 'PART_OF' ELSE startNode(viaRel) = t AND type(viaRel) = 'PART_OF' END
  RETURN r, CASE WHEN t = b THEN null ELSE t END AS via, viaRel
  UNION
  WITH p, b WHERE b:Person
  MATCH (p)-[r:KNOWS|COLLABORATED_WITH]-(b)
  RETURN r, null AS via, null AS viaRel
}
WITH anchorIsFrom, p, anchorTies, r, via, viaRel
WHERE $asOf IS NULL OR all(t IN [r, viaRel] WHERE t IS NULL OR (
  (coalesce(t.start, t.since) IS NULL OR coalesce(t.start, t.since) <= $asOf) AND (t.end IS NULL OR t.end >= $asOf)))
RETURN anchorIsFrom, p.id AS person,
  [t IN anchorTies | {rel: t[0], out: startNode(t[0]) = p, viaRel: t[2], via: [v IN [t[1]] WHERE v IS NOT NULL | {id: v.id, labels: labels(v), properties: v {.*, pinyin: null, aliasText: null}}][0]}] AS anchorTies,
  collect({rel: r, out: startNode(r) = p, viaRel: viaRel,
  via: CASE WHEN via IS NULL THEN null ELSE {id: via.id, labels: labels(via), properties: via {.*, pinyin: null, aliasText: null}} END}) AS otherTies
