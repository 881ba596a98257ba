// recommendLabsNetwork: labs near an enterprise through its project network, for data that has projects and partners
// but no tech tags or people (CORDIS-like). The firm's partners are the other participants of its projects (its
// $projectCap most recent projects; its $partnerCap partners with most shared projects). A candidate lab took part
// in a project with one of those partners (each partner's $reachCap most recent projects). Per lab: how many distinct
// partners it worked with (common neighbours, the ranking's core), in how many of their projects, the years, and the
// strongest partner with one project on each side for the path. Labs that shared a project with the firm itself come
// back from recommendLabsFirm instead (projectLabs). Every walk is capped, so a hub firm or partner stays bounded.
// :params {enterpriseId: "cordis-org:999999999", projectCap: 100, partnerCap: 200, reachCap: 60}
MATCH (e:Enterprise {id: $enterpriseId})
CALL (e) {
  MATCH (e)-[:PARTICIPATES_IN]->(p:Project)
  RETURN p ORDER BY p.start DESC, p.id LIMIT $projectCap
}
MATCH (p)<-[:PARTICIPATES_IN]-(o:Entity)
WHERE o <> e
WITH e, o, count(p) AS shared, collect(p)[0] AS firmProject
ORDER BY shared DESC, o.id
LIMIT $partnerCap
CALL (o) {
  MATCH (o)-[:PARTICIPATES_IN]->(q:Project)
  RETURN q ORDER BY q.start DESC, q.id LIMIT $reachCap
}
MATCH (q)<-[:PARTICIPATES_IN]-(lab:Lab)
WHERE lab <> o AND NOT EXISTS { (e)-[:PARTICIPATES_IN]->(q) }
WITH lab, o, shared, firmProject, collect(q) AS qs
ORDER BY shared DESC, size(qs) DESC, o.id
WITH lab, collect({partner: o.id, firmProject: firmProject.id, labProject: qs[0].id}) AS via, count(o) AS partnerCount,
  collect(qs) AS projectLists
CALL (projectLists) {
  UNWIND projectLists AS qs
  UNWIND qs AS q
  WITH DISTINCT q
  RETURN count(q) AS projectCount, min(q.start.year) AS firstYear, max(q.start.year) AS lastYear
}
RETURN lab.id AS labId, partnerCount, projectCount, firstYear, lastYear,
  COUNT { (lab)-[:PARTICIPATES_IN]->(:Project) } AS activity, via[0..3] AS via
