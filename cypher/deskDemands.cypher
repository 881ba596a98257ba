// deskDemands: one page of the order queue, soonest due first (responseDue, then id), after the cursor
// ($afterDue, $afterId): the ids only, deskCards shapes them. $regionIds (null: every demand) comes from deskScope;
// $statuses null keeps every state; $dueBefore keeps demands due before that instant.
// :params {regionIds: null, statuses: ["open"], dueBefore: null, afterDue: null, afterId: null, limit: 50}
MATCH (d:Demand)
WHERE d.responseDue IS NOT NULL
  AND ($regionIds IS NULL OR d.regionId IN $regionIds)
  AND ($statuses IS NULL OR coalesce(d.status, 'open') IN $statuses)
  AND ($dueBefore IS NULL OR d.responseDue < datetime($dueBefore))
  AND ($afterDue IS NULL OR d.responseDue > datetime($afterDue) OR (d.responseDue = datetime($afterDue) AND d.id > $afterId))
RETURN d.id AS id, toString(d.responseDue) AS responseDue
ORDER BY d.responseDue, d.id
LIMIT $limit
