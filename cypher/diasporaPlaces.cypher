// diasporaPlaces: each residence region with the country it lies in - the nearest PART_OF ancestor (or itself) of
// level country, up to five levels up; the topmost ancestor when none is marked country.
// :params {regionIds: ["demo:region:milan"]}
UNWIND $regionIds AS regionId
MATCH (r:Region {id: regionId})
CALL (r) {
  MATCH p = (r)-[:PART_OF]->{0,5}(c:Region)
  RETURN c
  ORDER BY CASE WHEN c.level = 'country' THEN length(p) ELSE 100 - length(p) END
  LIMIT 1
}
RETURN r AS region, c AS country
