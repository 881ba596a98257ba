// recommendLabsBridges: per lab, the people who could bridge the enterprise to it. One-person bridges are tied to
// both (works at, is affiliated with or founded the firm; works at, is affiliated with, studied at or founded the
// lab). Two-person chains run firm - p - KNOWS/COLLABORATED_WITH - q - lab where neither p nor q is a one-person
// bridge to that lab (a firm's staff member tied to the lab is one, so comparing with the lab's one-person bridges
// suffices). Weight = sum of the chain's tie strengths (a missing strength counts 0.5). The chain search reads at
// most $chainCap (staff member, acquaintance) rows so that a firm with thousands of staff stays fast.
// :params {enterpriseId: "demo:enterprise:wuxing-aluminium", chainCap: 20000}
MATCH (e:Enterprise {id: $enterpriseId})
CALL (e) {
  MATCH (e)<-[r1:WORKS_AT|AFFILIATED_WITH|FOUNDED]-(p:Person)-[r2:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED]->(lab:Lab)
  RETURN lab, p, null AS q, coalesce(r1.strength, 0.5) + coalesce(r2.strength, 0.5) AS weight
  UNION ALL
  MATCH (e)<-[r1:WORKS_AT|AFFILIATED_WITH|FOUNDED]-(p:Person)-[k:KNOWS|COLLABORATED_WITH]-(q:Person)
  WHERE q <> p
  WITH p, r1, k, q
  LIMIT $chainCap
  MATCH (q)-[r2:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED]->(lab:Lab)
  RETURN lab, p, q, coalesce(r1.strength, 0.5) + coalesce(k.strength, 0.5) + coalesce(r2.strength, 0.5) AS weight
}
WITH lab, p, q, max(weight) AS weight
ORDER BY weight DESC, p.id, q.id
WITH lab, collect(CASE WHEN q IS NULL THEN {p: p, weight: weight} END) AS direct,
  collect(CASE WHEN q IS NOT NULL THEN {p: p, q: q, weight: weight} END) AS chainRows
WITH lab, direct, [d IN direct | d.p] AS bridging, chainRows
WITH lab, direct, [c IN chainRows WHERE NOT c.p IN bridging AND NOT c.q IN bridging] AS chains
RETURN lab.id AS labId, size(direct) AS directCount, size(chains) AS chainCount,
  [d IN direct[0..3] | {people: [d.p.id], weight: d.weight}] AS topDirect,
  [c IN chains[0..3] | {people: [c.p.id, c.q.id], weight: c.weight}] AS topChains
