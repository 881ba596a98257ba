// deskDemandsCount: how many demands deskDemands pages through (the whole graph, every state; all pages).
// :params {dueBefore: null}
MATCH (d:Demand)
WHERE d.responseDue IS NOT NULL
  AND ($dueBefore IS NULL OR d.responseDue < datetime($dueBefore))
RETURN count(d) AS total
