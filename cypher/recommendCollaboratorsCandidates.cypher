// recommendCollaboratorsCandidates: people a person might work with but does not yet KNOW or COLLABORATE_WITH, with
// the link-prediction features. Shared neighbours come from walking the person's friends of friends once (at most
// $neighbourCap friend-of-friend rows), each shared friend with its degree (distinct people it knows or collaborated
// with, for Adamic-Adar); further candidates come from shared organisations and shared tech areas (at most
// $groupCap people each). Shared areas and organisations are read per candidate against the person's own short lists,
// from one walk over the candidate's EXPERT_IN and membership ties (walking them once per feature cost three times as
// much on the 1M-person graph); each shared organisation comes with its number of member ties (its degree, for
// Adamic-Adar over organisations), counted once per organisation of the person rather than once per candidate who
// shares it (13k of 66k db hits on the 1M graph). A candidate the person already knows is one of `friends` (all candidates are people).
// :params {personId: "demo:person:lin-ruoxi", neighbourCap: 5000, groupCap: 300}
MATCH (u:Person {id: $personId})
WITH u,
  COLLECT { MATCH (u)-[:KNOWS|COLLABORATED_WITH]-(w:Person) RETURN DISTINCT w } AS friends,
  COLLECT { MATCH (u)-[:EXPERT_IN]->(a:TechArea) RETURN DISTINCT a } AS areas,
  COLLECT { MATCH (u)-[:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF]->(o) RETURN DISTINCT o } AS orgs
WITH u, friends, areas, orgs,
  apoc.map.fromPairs([o IN orgs | [elementId(o), COUNT { (o)<-[:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF]-() }]]) AS orgSizes
CALL (u, friends, areas, orgs) {
  UNWIND friends AS w
  MATCH (w)-[:KNOWS|COLLABORATED_WITH]-(v:Person)
  WHERE v <> u
  WITH w, v LIMIT $neighbourCap
  WITH w, collect(DISTINCT v) AS vs
  WITH w, vs, COUNT { MATCH (w)-[:KNOWS|COLLABORATED_WITH]-(y:Person) RETURN DISTINCT y } AS degree
  UNWIND vs AS v
  RETURN v, collect({id: w.id, degree: degree}) AS shared
  UNION ALL
  UNWIND orgs AS o
  CALL (o) { MATCH (o)<-[:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF]-(v:Person) RETURN v LIMIT $groupCap }
  RETURN v, [] AS shared
  UNION ALL
  UNWIND areas AS a
  CALL (a) { MATCH (a)<-[:EXPERT_IN]-(v:Person) RETURN v LIMIT $groupCap }
  RETURN v, [] AS shared
}
WITH u, friends, areas, orgs, orgSizes, v, collect(shared) AS lists
WHERE v <> u AND NOT v IN friends
WITH v, lists, areas, orgs, orgSizes,
  [(v)-[r:EXPERT_IN|WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF]->(x) | [type(r) = 'EXPERT_IN', x]] AS ties
WITH v, lists, areas, orgSizes, [t IN ties WHERE t[0] | t[1]] AS expertIn, [t IN ties WHERE NOT t[0] AND t[1] IN orgs | t[1]] AS sharedOrgs
RETURN v.id AS personId,
  reduce(all = [], l IN lists | all + l) AS shared,
  [a IN expertIn WHERE a IN areas | a.id] AS sharedAreaIds,
  size([a IN expertIn WHERE a:TechArea]) AS areaCount,
  [o IN sharedOrgs | o.id] AS sharedOrgIds,
  [o IN sharedOrgs | {id: o.id, members: orgSizes[elementId(o)]}] AS sharedOrgSizes
