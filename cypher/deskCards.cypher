// deskCards: demands as the order desk shows them: the demand, the firm that POSTED it, its region, the pool that
// takes it (the pool LOCATED_IN the nearest region on the way up from the demand's region: a county sub-pool before
// the city pool), the tech areas it NEEDS (highest weight first), the shortlist's size and how many the firm accepted.
// The pools' regions are read once from the pools' side (a region has thousands of firms LOCATED_IN it, a pool one
// region), then each demand walks up from its region.
// :params {ids: ["demo:demand:wuxing-battery-foil"]}
WITH COLLECT { MATCH (p:TalentPool)-[:LOCATED_IN]->(r:Region) RETURN {regionId: r.id, pool: p} } AS poolsAt
UNWIND $ids AS id
MATCH (d:Demand {id: id})
RETURN d AS demand,
  COLLECT { MATCH (e:Enterprise)-[:POSTED]->(d) RETURN e ORDER BY e.id LIMIT 1 } AS firms,
  COLLECT { MATCH (r:Region {id: d.regionId}) RETURN r } AS regions,
  COLLECT { MATCH path = (:Region {id: d.regionId})-[:PART_OF*0..4]->(r:Region)
            UNWIND [x IN poolsAt WHERE x.regionId = r.id | x.pool] AS p
            RETURN p ORDER BY length(path), p.id LIMIT 1 } AS pools,
  COLLECT { MATCH (d)-[n:NEEDS]->(t:TechArea) RETURN t ORDER BY n.weight DESC, t.id } AS techAreas,
  COUNT { (d)-[:PROPOSED]->(:Person) } AS shortlistSize,
  COUNT { (d)-[p:PROPOSED]->(:Person) WHERE p.response = 'accepted' } AS acceptedCount
