// regionGapsLocalPeople: the region's own people with their expertise among the given tech areas: people whose
// current residence (a LIVES_IN tie without an end, or ending today or later) is a home region, and people with no
// current residence who work at or founded an organisation located there.
// :params {homeIds: ["demo:region:qingtian"], areaIds: ["demo:tech:metaverse"]}
CALL () {
  UNWIND $homeIds AS homeId
  MATCH (:Region {id: homeId})<-[l:LIVES_IN]-(p:Person)
  WHERE l.end IS NULL OR l.end >= date()
  RETURN p
  UNION
  UNWIND $homeIds AS homeId
  MATCH (:Region {id: homeId})<-[:LOCATED_IN]-(o)<-[w:WORKS_AT|FOUNDED]-(p:Person)
  WHERE (w.end IS NULL OR w.end >= date())
    AND NOT EXISTS { (p)-[l:LIVES_IN]->() WHERE l.end IS NULL OR l.end >= date() }
  RETURN p
}
MATCH (p)-[:EXPERT_IN]->(t:TechArea)
WHERE t.id IN $areaIds
RETURN p.id AS personId, collect(DISTINCT t.id) AS areaIds
