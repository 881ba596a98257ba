// recommendCollaboratorsCandidates: people a person might work with but does not yet KNOW or COLLABORATE_WITH,
// found through shared neighbours (friends of friends), shared organisations and shared tech areas - each source
// capped so hubs stay cheap - with the link-prediction features: shared neighbours with their degree (distinct
// people they know or collaborated with, for Adamic-Adar), shared tech areas, the candidate's area count, shared
// organisations (works at, affiliated with, studied at, founded, member of).
// :params {personId: "demo:person:example", neighbourCap: 5000, groupCap: 300}
MATCH (u:Person {id: $personId})
CALL (u) {
  MATCH (u)-[:KNOWS|COLLABORATED_WITH]-(:Person)-[:KNOWS|COLLABORATED_WITH]-(v:Person)
  RETURN v LIMIT $neighbourCap
  UNION
  MATCH (u)-[:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF]->(o)
  CALL (o) { MATCH (o)<-[:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF]-(v:Person) RETURN v LIMIT $groupCap }
  RETURN v
  UNION
  MATCH (u)-[:EXPERT_IN]->(a:TechArea)
  CALL (a) { MATCH (a)<-[:EXPERT_IN]-(v:Person) RETURN v LIMIT $groupCap }
  RETURN v
}
WITH u, v
WHERE v <> u AND NOT EXISTS { (u)-[:KNOWS|COLLABORATED_WITH]-(v) }
RETURN v.id AS personId,
  COLLECT { MATCH (u)-[:KNOWS|COLLABORATED_WITH]-(w:Person)-[:KNOWS|COLLABORATED_WITH]-(v)
            WITH DISTINCT w
            RETURN {id: w.id, degree: COUNT { MATCH (w)-[:KNOWS|COLLABORATED_WITH]-(y:Person) RETURN DISTINCT y }} AS w } AS shared,
  COLLECT { MATCH (u)-[:EXPERT_IN]->(a:TechArea)<-[:EXPERT_IN]-(v) RETURN DISTINCT a.id AS id } AS sharedAreaIds,
  COUNT { (v)-[:EXPERT_IN]->(:TechArea) } AS areaCount,
  COLLECT { MATCH (u)-[:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF]->(o)<-[:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF]-(v)
            RETURN DISTINCT o.id AS id } AS sharedOrgIds
