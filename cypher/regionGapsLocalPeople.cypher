// regionGapsLocalPeople: how many of the region's own people are expert in the given tech areas (all areas when
// $areaIds is null), grouped by the set of those areas each holds: one row per distinct set with how many people
// hold exactly it, so the server counts a need's local people without the people coming back one by one. The
// region's people: those whose current residence (a LIVES_IN tie without an end, or ending today or later) is a
// home region, and those with no current residence who work at or founded an organisation located there (a tie
// without an end, or ending today or later). Both groups are read from the home regions' side and grouped by
// person (a hash), so a worker who lives in the region is known without reading their ties; only the few who do
// not are checked for a current residence elsewhere (walking every worker's ties for that was a third of this
// query's work at 1M persons). Areas are grouped as nodes and named once per set.
// :params {homeIds: ["demo:region:qingtian"], areaIds: null}
CALL () {
  UNWIND $homeIds AS homeId
  MATCH (:Region {id: homeId})<-[l:LIVES_IN]-(p:Person)
  WHERE l.end IS NULL OR l.end >= date()
  RETURN p, 1 AS resident
  UNION ALL
  UNWIND $homeIds AS homeId
  MATCH (:Region {id: homeId})<-[:LOCATED_IN]-()<-[w:WORKS_AT|FOUNDED]-(p)
  WHERE w.end IS NULL OR w.end >= date()
  RETURN p, 0 AS resident
}
WITH p, max(resident) AS resident
WHERE resident = 1 OR (p:Person AND NOT EXISTS { (p)-[l:LIVES_IN]->() WHERE l.end IS NULL OR l.end >= date() })
WITH p, COLLECT { MATCH (p)-[:EXPERT_IN]->(t:TechArea) WHERE $areaIds IS NULL OR t.id IN $areaIds RETURN DISTINCT t ORDER BY elementId(t) } AS areas
WHERE size(areas) > 0
WITH areas, count(*) AS people
RETURN [t IN areas | t.id] AS areaIds, people
