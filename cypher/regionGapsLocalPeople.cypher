// regionGapsLocalPeople: how many of the region's own people are expert in the given tech areas (all areas when
// $areaIds is null), grouped by the set of those areas each holds: one row per distinct set with how many people
// hold exactly it, so the server counts a need's local people without the people coming back one by one. The
// region's people: those whose current residence (a LIVES_IN tie without an end, or ending today or later) is a
// home region, and those with no current residence who work at or founded an organisation located there. The two
// groups cannot overlap (one has a current residence, the other none), and each person is counted once.
// :params {homeIds: ["demo:region:qingtian"], areaIds: null}
CALL () {
  UNWIND $homeIds AS homeId
  MATCH (:Region {id: homeId})<-[l:LIVES_IN]-(p:Person)
  WHERE l.end IS NULL OR l.end >= date()
  RETURN DISTINCT p
  UNION
  UNWIND $homeIds AS homeId
  MATCH (:Region {id: homeId})<-[:LOCATED_IN]-(o)<-[w:WORKS_AT|FOUNDED]-(p:Person)
  WHERE w.end IS NULL OR w.end >= date()
  WITH DISTINCT p
  WHERE NOT EXISTS { (p)-[l:LIVES_IN]->() WHERE l.end IS NULL OR l.end >= date() }
  RETURN p
}
WITH p, COLLECT { MATCH (p)-[:EXPERT_IN]->(t:TechArea) WHERE $areaIds IS NULL OR t.id IN $areaIds RETURN DISTINCT t.id AS id ORDER BY id } AS areaIds
WHERE size(areaIds) > 0
RETURN areaIds, count(*) AS people
