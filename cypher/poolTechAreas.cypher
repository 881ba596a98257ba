// poolTechAreas: a tech area and the narrower ones under it (up to three levels), for poolMembers' techArea filter.
// :params {techArea: "demo:tech:new-materials"}
MATCH (t:TechArea {id: $techArea})
RETURN [t.id] + COLLECT { MATCH (t)<-[:PART_OF*1..3]-(n:TechArea) RETURN DISTINCT n.id } AS ids
