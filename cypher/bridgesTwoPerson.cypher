// bridgesTwoPerson: chains of two people who know or collaborated with each other, the first tied to the anchor
// (the end with fewer ties) and the second to the other end; ties as in bridgesOnePerson, valid on $asOf. The
// server drops chains whose people bridge alone. To bound the work around hubs, only the $maxPeople people most
// strongly tied to the anchor are tried and at most $maxChains chains come back; the server ranks them.
// :params {from: "demo:enterprise:wuxing-aluminium", to: "demo:lab:tianmushan", asOf: null, maxPeople: 2000, maxChains: 5000}
MATCH (x:Entity {id: $from}), (y:Entity {id: $to})
WITH x, y, COUNT { (x)--() } <= COUNT { (y)--() } AS anchorIsFrom
WITH anchorIsFrom, CASE WHEN anchorIsFrom THEN x ELSE y END AS a, CASE WHEN anchorIsFrom THEN y ELSE x END AS b
CALL (a) {
  MATCH (a)<-[r:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF]-(p:Person) RETURN p, r, null AS via, null AS viaRel
  UNION
  MATCH (a)<-[viaRel:PART_OF]-(via)<-[r:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF]-(p:Person) RETURN p, r, via, viaRel
  UNION
  MATCH (a)-[viaRel:PARTICIPATES_IN|POSTED]->(via:Project|Demand)<-[r:PARTICIPATES_IN|BROKERED]-(p:Person) RETURN p, r, via, viaRel
  UNION
  MATCH (a:Person)-[r:KNOWS|COLLABORATED_WITH]-(p:Person) RETURN p, r, null AS via, null AS viaRel
}
WITH anchorIsFrom, a, b, p, r, via, viaRel
WHERE p <> b AND ($asOf IS NULL OR all(t IN [r, viaRel] WHERE t IS NULL OR (
  (coalesce(t.start, t.since) IS NULL OR coalesce(t.start, t.since) <= $asOf) AND (t.end IS NULL OR t.end >= $asOf))))
WITH anchorIsFrom, a, b, p, collect({rel: r, out: startNode(r) = p, via: via, viaRel: viaRel}) AS anchorTies, max(coalesce(r.strength, 0.5)) AS best
ORDER BY best DESC, p.id LIMIT $maxPeople
MATCH (p)-[k:KNOWS|COLLABORATED_WITH]-(q:Person)
WHERE q <> a AND q <> b AND ($asOf IS NULL OR (
  (coalesce(k.start, k.since) IS NULL OR coalesce(k.start, k.since) <= $asOf) AND (k.end IS NULL OR k.end >= $asOf)))
WITH anchorIsFrom, b, p, anchorTies, q, collect({rel: k, out: startNode(k) = p}) AS links
CALL (q, b) {
  MATCH (q)-[r:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF]->(b) RETURN r, null AS via, null AS viaRel
  UNION
  MATCH (q)-[r:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF]->(via) WITH b, r, via MATCH (via)-[viaRel:PART_OF]->(b) RETURN r, via, viaRel
  UNION
  MATCH (q)-[r:PARTICIPATES_IN|BROKERED]->(via:Project|Demand) WITH b, r, via MATCH (via)<-[viaRel:PARTICIPATES_IN|POSTED]-(b) RETURN r, via, viaRel
  UNION
  MATCH (q)-[r:KNOWS|COLLABORATED_WITH]-(b:Person) RETURN r, null AS via, null AS viaRel
}
WITH anchorIsFrom, p, anchorTies, q, links, r, via, viaRel
WHERE $asOf IS NULL OR all(t IN [r, viaRel] WHERE t IS NULL OR (
  (coalesce(t.start, t.since) IS NULL OR coalesce(t.start, t.since) <= $asOf) AND (t.end IS NULL OR t.end >= $asOf)))
WITH anchorIsFrom, p, anchorTies, q, links, collect({rel: r, out: startNode(r) = q, via: via, viaRel: viaRel}) AS otherTies
RETURN anchorIsFrom, p.id AS first, q.id AS second, anchorTies, links, otherTies
LIMIT $maxChains
