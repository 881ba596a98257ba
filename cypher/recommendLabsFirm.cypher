// recommendLabsFirm: the enterprise recommendLabs is asked about, its tech focus (FOCUSES_ON), the labs it already
// partners with and its own joint labs (PART_OF the firm) - ranked lower and flagged - the labs it has collaborated
// with, how many projects and partners it has, and the labs it already shared a project with (ranked last and
// flagged), with the shared projects' count and years and the lab's own project count. The project walk is capped at $projectCap recent projects.
// :params {enterpriseId: "demo:enterprise:wuxing-aluminium", projectCap: 100}
MATCH (e:Enterprise {id: $enterpriseId})
CALL (e) {
  OPTIONAL MATCH (e)-[:PARTICIPATES_IN]->(p:Project)
  WITH p ORDER BY p.start DESC, p.id LIMIT $projectCap
  OPTIONAL MATCH (p)<-[:PARTICIPATES_IN]-(o:Entity)
  WHERE o <> e
  WITH o, p
  RETURN count(DISTINCT p) AS projectCount, count(DISTINCT o) AS partnerCount,
    [x IN collect(CASE WHEN o:Lab THEN {lab: o.id, project: p.id, year: p.start.year,
      activity: COUNT { (o)-[:PARTICIPATES_IN]->(:Project) }} END) WHERE x IS NOT NULL] AS projectLabs
}
RETURN e AS firm,
  [(e)-[:FOCUSES_ON]->(t:TechArea) | t.id] AS focusIds,
  [(e)-[:PARTNERS_WITH]-(l:Lab) | l.id] AS partnerIds,
  [(l:Lab)-[:PART_OF]->(e) | l.id] AS jointLabIds,
  [(e)-[:COLLABORATED_WITH]-(l:Lab) | l.id] AS collaboratorIds,
  projectCount, partnerCount, projectLabs
