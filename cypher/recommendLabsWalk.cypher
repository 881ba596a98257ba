// recommendLabsWalk: for filling a consortium (recommendLabs with projectPartners: RANKED only), how much of a short
// random walk from an enterprise reaches each lab, and how many of the projects it coordinated each lab joined. Two
// moves: to one of its $projectCap most recent projects, then to one of that project's participants (each uniformly;
// the firm itself counts as a participant): `direct` is the share arriving at a lab of its projects. Four moves: from
// each of its $partnerCap partners with most shared projects on to one of the partner's projects (uniformly over all
// of them; its $reachCap most recent are followed) and to a participant: `further` is the share arriving at a lab. A
// personalised PageRank from the firm truncated after four moves, without restarts (docs/scoring.md).
// :params {enterpriseId: "cordis-org:999999999", projectCap: 100, partnerCap: 200, reachCap: 60}
MATCH (e:Enterprise {id: $enterpriseId})
CALL (e) {
  MATCH (e)-[r:PARTICIPATES_IN]->(p:Project)
  RETURN p, r.role = 'coordinator' AS coordinated ORDER BY p.start DESC, p.id LIMIT $projectCap
}
WITH e, collect({p: p, coordinated: coordinated}) AS own
UNWIND own AS x
WITH e, x.p AS p, x.coordinated AS coordinated, size(own) AS projects
WITH e, p, coordinated, 1.0 / (projects * COUNT { (p)<-[:PARTICIPATES_IN]-() }) AS share
MATCH (p)<-[:PARTICIPATES_IN]-(o:Entity)
WHERE o <> e
WITH o, count(p) AS shared, sum(share) AS mass, count(CASE WHEN coordinated THEN p END) AS led
ORDER BY shared DESC, o.id
WITH collect({o: o, mass: mass, led: led}) AS partners
CALL (partners) {
  UNWIND partners AS k
  WITH k.o AS lab, k
  WHERE lab:Lab
  RETURN lab, k.mass AS direct, 0.0 AS further, k.led AS led
  UNION ALL
  UNWIND partners[0..$partnerCap] AS k
  WITH k.o AS o, k.mass AS mass
  WITH o, mass / COUNT { (o)-[:PARTICIPATES_IN]->(:Project) } AS onward
  CALL (o) {
    MATCH (o)-[:PARTICIPATES_IN]->(q:Project)
    RETURN q ORDER BY q.start DESC, q.id LIMIT $reachCap
  }
  MATCH (q)<-[:PARTICIPATES_IN]-(lab:Lab)
  WHERE lab <> o
  RETURN lab, 0.0 AS direct, onward / COUNT { (q)<-[:PARTICIPATES_IN]-() } AS further, 0 AS led
}
RETURN lab.id AS labId, sum(direct) AS direct, sum(further) AS further, sum(led) AS led
