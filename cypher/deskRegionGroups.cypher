// deskRegionGroups: for each region id, the county it lies in (itself when it is a county) and the pool that takes
// its orders (the pool LOCATED_IN the nearest region on the way up: a county sub-pool before the city pool). The
// pools' regions are read once from the pools' side (a region has thousands of firms LOCATED_IN it, a pool one).
// $regionIds null: every region (deskStats asks before it knows which regions the whole graph's cells name, so that
// both reads go in one round). Each region up the way has its id read once, not once per pool compared with it.
// :params {regionIds: ["demo:region:qingtian", "demo:region:hangzhou"]}
WITH COLLECT { MATCH (p:TalentPool)-[:LOCATED_IN]->(r:Region) RETURN {regionId: r.id, pool: p} } AS poolsAt
UNWIND coalesce($regionIds, COLLECT { MATCH (r:Region) RETURN r.id }) AS regionId
MATCH (r:Region {id: regionId})
RETURN regionId,
  COLLECT { MATCH (r)-[:PART_OF*0..3]->(c:Region {level: 'county'}) RETURN c LIMIT 1 } AS counties,
  COLLECT { MATCH path = (r)-[:PART_OF*0..4]->(up:Region)
            WITH path, up.id AS upId
            UNWIND [x IN poolsAt WHERE x.regionId = upId | x.pool] AS p
            RETURN p ORDER BY length(path), p.id LIMIT 1 } AS pools
