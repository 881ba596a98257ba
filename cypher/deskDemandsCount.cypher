// deskDemandsCount: how many demands the order queue holds under the filters of deskDemands (all pages).
// :params {regionIds: null, statuses: ["open"], dueBefore: null}
MATCH (d:Demand)
WHERE d.responseDue IS NOT NULL
  AND ($regionIds IS NULL OR d.regionId IN $regionIds)
  AND ($statuses IS NULL OR coalesce(d.status, 'open') IN $statuses)
  AND ($dueBefore IS NULL OR d.responseDue < datetime($dueBefore))
RETURN count(d) AS total
