// bridgesChainLinks: the first half of two-person bridge chains. People tied to the anchor (the end with fewer
// ties; ties as in bridgesOnePerson, valid on $asOf), and the people each of them knows or collaborated with.
// bridgesChainEnds then keeps those tied to the other end. Chains need not be complete, so the work is bounded:
// the $maxPeople people most strongly tied to the anchor, and of their links the $maxLinks strongest. `via` comes
// as in bridgesOnePerson. Only people work at, are affiliated with, studied at, founded or are members of anything
// (server/model), so those ties' starts are not label-checked (27k db hits on a 27k-staff firm).
// :params {from: "demo:enterprise:wuxing-aluminium", to: "demo:lab:tianmushan", asOf: null, maxPeople: 200, maxLinks: 600}
MATCH (x:Entity {id: $from}), (y:Entity {id: $to})
WITH x, y, COUNT { (x)--() } <= COUNT { (y)--() } AS anchorIsFrom
WITH anchorIsFrom, CASE WHEN anchorIsFrom THEN x ELSE y END AS a, CASE WHEN anchorIsFrom THEN y ELSE x END AS b
CALL (a) {
  MATCH (a)<-[r:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF]-(p) RETURN p, r, null AS via, null AS viaRel
  UNION
  MATCH (a)<-[viaRel:PART_OF]-(via)<-[r:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF]-(p) RETURN p, r, via, viaRel
  UNION
  MATCH (a)-[viaRel:PARTICIPATES_IN|POSTED]->(via:Project|Demand)<-[r:PARTICIPATES_IN|BROKERED]-(p:Person) RETURN p, r, via, viaRel
  UNION
  MATCH (a:Person)-[r:KNOWS|COLLABORATED_WITH]-(p:Person) RETURN p, r, null AS via, null AS viaRel
}
WITH anchorIsFrom, a, b, p, r, via, viaRel
WHERE p <> b AND ($asOf IS NULL OR all(t IN [r, viaRel] WHERE t IS NULL OR (
  (coalesce(t.start, t.since) IS NULL OR coalesce(t.start, t.since) <= $asOf) AND (t.end IS NULL OR t.end >= $asOf))))
WITH anchorIsFrom, a, b, p, collect([r, via, viaRel]) AS ties, max(coalesce(r.strength, 0.5)) AS best
ORDER BY best DESC, p.id LIMIT $maxPeople
WITH anchorIsFrom, a, b, p, best,
  [t IN ties | {rel: t[0], out: startNode(t[0]) = p, viaRel: t[2], via: [v IN [t[1]] WHERE v IS NOT NULL | {id: v.id, labels: labels(v), properties: v {.*, pinyin: null, aliasText: null}}][0]}] AS anchorTies
MATCH (p)-[k:KNOWS|COLLABORATED_WITH]-(q:Person)
WHERE q <> a AND q <> b AND ($asOf IS NULL OR (
  (coalesce(k.start, k.since) IS NULL OR coalesce(k.start, k.since) <= $asOf) AND (k.end IS NULL OR k.end >= $asOf)))
WITH anchorIsFrom, b, p, anchorTies, best, q, collect({rel: k, out: startNode(k) = p}) AS links,
  max(coalesce(k.strength, 0.5)) AS linkBest
ORDER BY best * linkBest DESC, p.id, q.id LIMIT $maxLinks
WITH anchorIsFrom, b, p, anchorTies, collect({second: q.id, links: links}) AS seconds
RETURN anchorIsFrom, b.id AS other, p.id AS first, anchorTies, seconds
