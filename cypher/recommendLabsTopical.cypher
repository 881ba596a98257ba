// recommendLabsTopical: labs that research (RESEARCHES) any of the given tech areas - the firm's focus and its
// taxonomy family from recommendAreaFamily - with the matching areas per lab.
// :params {areaIds: ["demo:tech:new-materials", "demo:tech:aluminium-alloys"]}
UNWIND $areaIds AS areaId
MATCH (:TechArea {id: areaId})<-[:RESEARCHES]-(lab:Lab)
RETURN lab.id AS labId, collect(DISTINCT areaId) AS areaIds
