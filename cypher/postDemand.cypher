// postDemand: creates a demand posted by an enterprise with its POSTED and NEEDS ties, all in one statement: either
// the enterprise, the region and every tech area exist and everything is written, or nothing is (no row returns).
// $props are the demand's validated properties (server/mutations/post-demand.ts).
// :params {id: "demand:example", enterpriseId: "demo:enterprise:wuxing-aluminium", regionId: "demo:region:lishui", techAreaIds: ["demo:tech:new-materials"], props: {name: "示例需求", description: "示例", status: "open", postedAt: datetime("2026-01-01T08:00:00Z"), responseDue: datetime("2026-01-03T08:00:00Z")}}
MATCH (e:Enterprise {id: $enterpriseId})
MATCH (:Region {id: $regionId})
WITH e, COLLECT { MATCH (t:TechArea) WHERE t.id IN $techAreaIds RETURN t } AS areas
WHERE size(areas) = size($techAreaIds)
CREATE (d:Entity:Demand {id: $id})
SET d += $props
CREATE (e)-[:POSTED {start: date(d.postedAt)}]->(d)
FOREACH (t IN areas | CREATE (d)-[:NEEDS {weight: 1.0}]->(t))
RETURN d AS demand
