// deskDemands: one page of the whole graph's order queue in every state, soonest due first (responseDue, then id),
// after the cursor ($afterDue, $afterId): the ids only, deskCards shapes them. Read in the order of the responseDue
// index, so it stops after the page. $dueBefore keeps demands due before that instant. A scope's queue is
// deskDemandsIn, a state filter over the whole graph deskDemandsByStatus.
// :params {dueBefore: null, afterDue: null, afterId: null, limit: 50}
MATCH (d:Demand)
WHERE d.responseDue IS NOT NULL
  AND ($dueBefore IS NULL OR d.responseDue < datetime($dueBefore))
  AND ($afterDue IS NULL OR d.responseDue > datetime($afterDue) OR (d.responseDue = datetime($afterDue) AND d.id > $afterId))
RETURN d.id AS id, toString(d.responseDue) AS responseDue
ORDER BY d.responseDue, d.id
LIMIT $limit
