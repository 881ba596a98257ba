// regionFragilityPeople: the people in a scope with their firms and labs today. The scope is a region (people
// living in it or one of its sub-regions, up to five PART_OF levels down, or holding a post at a firm or lab located
// there), a talent pool (members of it or of its sub-pools, three levels) or a tech area (experts in it or a
// narrower area, three levels). A person's firms: WORKS_AT, AFFILIATED_WITH or FOUNDED an Enterprise; labs:
// WORKS_AT, AFFILIATED_WITH or STUDIED_AT a Lab; only ties without an end or ending today or later. People are
// taken by id, at most $maxPeople; only those with a firm or a lab are returned. `scope` is null for an unknown id.
// :params {scopeId: "demo:region:lishui", maxPeople: 20000}
OPTIONAL MATCH (s:Entity {id: $scopeId}) WHERE s:Region OR s:TalentPool OR s:TechArea
CALL (s) {
  WITH s WHERE s:Region
  MATCH (h:Region)-[:PART_OF]->{0,5}(s)
  MATCH (h)<-[l:LIVES_IN]-(p:Person)
  WHERE l.end IS NULL OR l.end >= date()
  RETURN p
  UNION
  WITH s WHERE s:Region
  MATCH (h:Region)-[:PART_OF]->{0,5}(s)
  MATCH (h)<-[:LOCATED_IN]-(o)<-[w:WORKS_AT|AFFILIATED_WITH|FOUNDED]-(p:Person)
  WHERE (o:Enterprise OR o:Lab) AND (w.end IS NULL OR w.end >= date())
  RETURN p
  UNION
  WITH s WHERE s:TalentPool
  MATCH (q:TalentPool)-[:PART_OF]->{0,3}(s)
  MATCH (q)<-[:MEMBER_OF]-(p:Person)
  RETURN p
  UNION
  WITH s WHERE s:TechArea
  MATCH (a:TechArea)-[:PART_OF]->{0,3}(s)
  MATCH (a)<-[:EXPERT_IN]-(p:Person)
  RETURN p
}
WITH s, p ORDER BY p.id
WITH s, collect(p) AS people
WITH s, size(people) AS total, people[..$maxPeople] AS people
UNWIND (CASE WHEN size(people) = 0 THEN [null] ELSE people END) AS p
WITH s, total, p,
  COLLECT { MATCH (p)-[w:WORKS_AT|AFFILIATED_WITH|FOUNDED]->(f:Enterprise) WHERE w.end IS NULL OR w.end >= date() RETURN DISTINCT f.id AS id } AS firmIds,
  COLLECT { MATCH (p)-[w:WORKS_AT|AFFILIATED_WITH|STUDIED_AT]->(l:Lab) WHERE w.end IS NULL OR w.end >= date() RETURN DISTINCT l.id AS id } AS labIds
WITH s, total, collect(CASE WHEN size(firmIds) + size(labIds) > 0 THEN {personId: p.id, firmIds: firmIds, labIds: labIds} END) AS people
RETURN s AS scope, total, people
