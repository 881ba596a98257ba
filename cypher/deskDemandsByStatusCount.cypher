// deskDemandsByStatusCount: how many demands deskDemandsByStatus pages through (all pages).
// :params {statuses: ["open"], dueBefore: null}
MATCH (d:Demand)
USING INDEX d:Demand(status)
WHERE d.status IN $statuses
  AND d.responseDue IS NOT NULL
  AND ($dueBefore IS NULL OR d.responseDue < datetime($dueBefore))
RETURN count(d) AS total
