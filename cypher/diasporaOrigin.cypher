// diasporaOrigin: the region diaspora is asked about and its home regions (itself and its sub-regions, up to five
// PART_OF levels down), plus, when a tech area is given, that area and its sub-areas (up to three levels) for the
// expertise filter. techArea is null when $techAreaId is null or unknown.
// :params {originRegionId: "demo:region:qingtian", techAreaId: null}
MATCH (o:Region {id: $originRegionId})
OPTIONAL MATCH (t:TechArea {id: $techAreaId})
RETURN o AS origin, t AS techArea,
  COLLECT { MATCH (h:Region)-[:PART_OF]->{0,5}(o) RETURN DISTINCT h.id AS id } AS homeIds,
  COLLECT { MATCH (s:TechArea)-[:PART_OF]->{0,3}(t) RETURN DISTINCT s.id AS id } AS areaIds
