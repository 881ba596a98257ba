// recommendLabsBridges: per lab, the people who could bridge the enterprise to it. One-person bridges are tied to
// both (works at, is affiliated with or founded the firm; works at, is affiliated with, studied at or founded the
// lab). Two-person chains run firm - p - KNOWS/COLLABORATED_WITH - q - lab where neither p nor q is a one-person
// bridge to that lab. Weight = sum of the chain's tie strengths (a missing strength counts 0.5). The chain search
// is capped at $chainCap (person, acquaintance) rows so that a firm with thousands of staff stays fast.
// :params {enterpriseId: "demo:enterprise:wuxing-aluminium", chainCap: 20000}
MATCH (e:Enterprise {id: $enterpriseId})
CALL (e) {
  MATCH (e)<-[r1:WORKS_AT|AFFILIATED_WITH|FOUNDED]-(p:Person)-[r2:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED]->(lab:Lab)
  RETURN lab, [p.id] AS people, coalesce(r1.strength, 0.5) + coalesce(r2.strength, 0.5) AS weight
  UNION ALL
  MATCH (e)<-[r1:WORKS_AT|AFFILIATED_WITH|FOUNDED]-(p:Person)-[k:KNOWS|COLLABORATED_WITH]-(q:Person)
  WHERE q <> p AND NOT EXISTS { (q)-[:WORKS_AT|AFFILIATED_WITH|FOUNDED]->(e) }
  WITH p, r1, k, q
  LIMIT $chainCap
  MATCH (q)-[r2:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED]->(lab:Lab)
  WHERE NOT EXISTS { (p)-[:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED]->(lab) }
  RETURN lab, [p.id, q.id] AS people,
    coalesce(r1.strength, 0.5) + coalesce(k.strength, 0.5) + coalesce(r2.strength, 0.5) AS weight
}
WITH lab, people, max(weight) AS weight
ORDER BY weight DESC, people
WITH lab, collect({people: people, weight: weight}) AS bridges
WITH lab, [b IN bridges WHERE size(b.people) = 1] AS direct, [b IN bridges WHERE size(b.people) = 2] AS chains
RETURN lab.id AS labId, size(direct) AS directCount, size(chains) AS chainCount,
  direct[0..3] AS topDirect, chains[0..3] AS topChains
