// deskRegionGroups: for each region id, the county it lies in (itself when it is a county) and the pool that takes
// its orders (the pool LOCATED_IN the nearest region on the way up: a county sub-pool before the city pool).
// :params {regionIds: ["demo:region:qingtian", "demo:region:hangzhou"]}
UNWIND $regionIds AS regionId
MATCH (r:Region {id: regionId})
RETURN regionId,
  COLLECT { MATCH (r)-[:PART_OF*0..3]->(c:Region {level: 'county'}) RETURN c LIMIT 1 } AS counties,
  COLLECT { MATCH path = (r)-[:PART_OF*0..4]->(:Region)<-[:LOCATED_IN]-(p:TalentPool)
            RETURN p ORDER BY length(path), p.id LIMIT 1 } AS pools
