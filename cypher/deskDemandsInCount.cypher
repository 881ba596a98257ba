// deskDemandsInCount: how many demands deskDemandsIn pages through (all pages).
// :params {regionIds: ["demo:region:qingtian"], statuses: null, dueBefore: null}
MATCH (d:Demand)
USING INDEX d:Demand(regionId)
WHERE d.regionId IN $regionIds
  AND d.responseDue IS NOT NULL
  AND ($statuses IS NULL OR d.status IN $statuses)
  AND ($dueBefore IS NULL OR d.responseDue < datetime($dueBefore))
RETURN count(d) AS total
