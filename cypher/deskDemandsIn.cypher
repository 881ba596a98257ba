// deskDemandsIn: one page of a scope's order queue: demands of the regions $regionIds (from deskScope), soonest due
// first (responseDue, then id), after the cursor ($afterDue, $afterId). Found through the region index, so a
// county's queue reads that county's demands only; $statuses (stored values; null: every state) and $dueBefore
// filter them.
// :params {regionIds: ["demo:region:qingtian"], statuses: null, dueBefore: null, afterDue: null, afterId: null, limit: 50}
MATCH (d:Demand)
USING INDEX d:Demand(regionId)
WHERE d.regionId IN $regionIds
  AND d.responseDue IS NOT NULL
  AND ($statuses IS NULL OR d.status IN $statuses)
  AND ($dueBefore IS NULL OR d.responseDue < datetime($dueBefore))
  AND ($afterDue IS NULL OR d.responseDue > datetime($afterDue) OR (d.responseDue = datetime($afterDue) AND d.id > $afterId))
RETURN d.id AS id, toString(d.responseDue) AS responseDue
ORDER BY d.responseDue, d.id
LIMIT $limit
