// regionGapsScope: the region regionGaps is asked about, its home regions (itself and its sub-regions, up to five
// PART_OF levels down) and the country it lies in (the nearest ancestor of level country, or null).
// :params {regionId: "demo:region:qingtian"}
MATCH (o:Region {id: $regionId})
RETURN o AS region,
  COLLECT { MATCH (h:Region)-[:PART_OF]->{0,5}(o) RETURN DISTINCT h.id AS id } AS homeIds,
  COLLECT { MATCH p = (o)-[:PART_OF]->{0,5}(c:Region) WHERE c.level = 'country' RETURN c.id AS id ORDER BY length(p) LIMIT 1 } AS countryIds
