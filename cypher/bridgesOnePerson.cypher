// bridgesOnePerson: every person tied to both ends of a bridge question; complete, so no limit. A tie is direct
// (works at, affiliated with, studied at, founded, member of), through a unit that is PART_OF the end, through a
// project both take part in or that the person brokered, through a demand the end posted and the person brokered,
// or personal (knows, collaborated with) when the end is a person. It expands from the end with fewer ties (the
// anchor). When the other end is not much larger ($probe: at most 8 times the anchor's ties), it first lists who
// could be tied to it at all (a superset: people with any tie type to it, its units or its projects, without dates)
// and keeps only anchor people in that list, so that a hub pair walks each end's ties once instead of walking the
// own ties of every person at the anchor (on the 1M-person graph 148k instead of 619k db hits for a firm of 27k
// staff and a university of 36k alumni). The people left have their own few ties walked once (their anchor ties
// are shaped into maps only if they pass). The other end's units and projects are read once, as lists; a tie
// reaches the other end when its target is that end or in those lists (a per-tie subquery or expand-into check
// costs several times more on a hub). Ties not valid on $asOf are ignored (a missing start or end is open). A
// unit, project or demand on the way (`via`) comes as a map shaped like a node without its derived search fields,
// which are long and never shown. Only people work at, are affiliated with, studied at, founded or are members of
// anything (server/model), so those ties' starts at the anchor are not label-checked (27k db hits on a hub).
// :params {from: "demo:enterprise:wuxing-aluminium", to: "demo:lab:tianmushan", asOf: null}
MATCH (x:Entity {id: $from}), (y:Entity {id: $to})
WITH x, y, COUNT { (x)--() } AS dx, COUNT { (y)--() } AS dy
WITH dx <= dy AS anchorIsFrom, CASE WHEN dx <= dy THEN x ELSE y END AS a, CASE WHEN dx <= dy THEN y ELSE x END AS b,
  CASE WHEN dx <= dy THEN dy <= 8 * dx ELSE dx <= 8 * dy END AS probe
WITH anchorIsFrom, a, b, b:Person AS bIsPerson, probe, COLLECT { MATCH (b)<-[:PART_OF]-(u) RETURN u } AS units,
  COLLECT { MATCH (b)-[:PARTICIPATES_IN|POSTED]->(v:Project|Demand) RETURN v } AS shared
CALL (b, probe, units, shared) {
  WITH b, units, shared WHERE probe
  CALL (b, units, shared) {
    MATCH (b)<-[:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF|PARTICIPATES_IN|BROKERED]-(p) RETURN p
    UNION ALL
    UNWIND units AS u MATCH (u)<-[:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF]-(p) RETURN p
    UNION ALL
    UNWIND shared AS v MATCH (v)<-[:PARTICIPATES_IN|BROKERED]-(p) RETURN p
    UNION ALL
    MATCH (b:Person)-[:KNOWS|COLLABORATED_WITH]-(p) RETURN p
  }
  RETURN collect(p) AS reach
}
CALL (a) {
  MATCH (a)<-[r:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF]-(p) RETURN p, r, null AS via, null AS viaRel
  UNION
  MATCH (a)<-[viaRel:PART_OF]-(via)<-[r:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF]-(p) RETURN p, r, via, viaRel
  UNION
  MATCH (a)-[viaRel:PARTICIPATES_IN|POSTED]->(via:Project|Demand)<-[r:PARTICIPATES_IN|BROKERED]-(p:Person) RETURN p, r, via, viaRel
  UNION
  MATCH (a:Person)-[r:KNOWS|COLLABORATED_WITH]-(p:Person) RETURN p, r, null AS via, null AS viaRel
}
WITH anchorIsFrom, b, bIsPerson, units, shared, probe, reach, p, r, via, viaRel
WHERE (NOT probe OR p IN reach) AND p <> b AND ($asOf IS NULL OR all(t IN [r, viaRel] WHERE t IS NULL OR (
  (coalesce(t.start, t.since) IS NULL OR coalesce(t.start, t.since) <= $asOf) AND (t.end IS NULL OR t.end >= $asOf))))
WITH anchorIsFrom, b, bIsPerson, units, shared, p, collect([r, via, viaRel]) AS anchorTies
CALL (p, b, bIsPerson, units, shared) {
  MATCH (p)-[r:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF|PARTICIPATES_IN|BROKERED]->(t)
  WITH b, r, t, type(r) IN ['PARTICIPATES_IN', 'BROKERED'] AS joint
  WHERE t = b OR (NOT joint AND t IN units) OR (joint AND t IN shared)
  OPTIONAL MATCH (t)-[viaRel:PART_OF|PARTICIPATES_IN|POSTED]-(b)
  WHERE t <> b AND CASE WHEN joint THEN startNode(viaRel) = b AND type(viaRel) <> 'PART_OF' ELSE startNode(viaRel) = t AND type(viaRel) = 'PART_OF' END
  RETURN r, CASE WHEN t = b THEN null ELSE t END AS via, viaRel
  UNION
  WITH p, b WHERE bIsPerson
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
