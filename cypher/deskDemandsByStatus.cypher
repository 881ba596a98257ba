// deskDemandsByStatus: one page of the whole graph's order queue in the states $statuses (stored values, so
// `answered` comes with the older `matched`), soonest due first (responseDue, then id), after the cursor
// ($afterDue, $afterId). Found through the status index: an open queue reads the open demands only, not every
// demand in due order. Every demand stores its status (postDemand writes `open`).
// :params {statuses: ["open"], dueBefore: null, afterDue: null, afterId: null, limit: 50}
MATCH (d:Demand)
USING INDEX d:Demand(status)
WHERE d.status IN $statuses
  AND d.responseDue IS NOT NULL
  AND ($dueBefore IS NULL OR d.responseDue < datetime($dueBefore))
  AND ($afterDue IS NULL OR d.responseDue > datetime($afterDue) OR (d.responseDue = datetime($afterDue) AND d.id > $afterId))
RETURN d.id AS id, toString(d.responseDue) AS responseDue
ORDER BY d.responseDue, d.id
LIMIT $limit
