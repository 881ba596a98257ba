// regionGapsLocalLabs: labs located in the home regions that research one of the given tech areas.
// :params {homeIds: ["demo:region:qingtian"], areaIds: ["demo:tech:metaverse"]}
UNWIND $homeIds AS homeId
MATCH (:Region {id: homeId})<-[:LOCATED_IN]-(l:Lab)-[:RESEARCHES]->(t:TechArea)
WHERE t.id IN $areaIds
RETURN DISTINCT l AS lab, t.id AS areaId
