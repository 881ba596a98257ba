// deskStats: the 48-hour record of demands posted in [$from, $to) (and by $asOf) in the scope's regions (null:
// all), as it stood at $asOf, in cells of (region, month of posting in $timeZone). The server merges the cells into
// pools or counties and takes the percentiles from the cells' hours, so one pass over the demands serves every
// grouping. Answers, responses and closings after $asOf do not count yet. Each property is read once per demand
// and the month is named once per cell, not once per demand.
// :params {regionIds: null, from: null, to: "2026-01-01T00:00:00Z", asOf: "2026-01-01T00:00:00Z", timeZone: "Asia/Shanghai"}
MATCH (d:Demand)
WHERE d.postedAt IS NOT NULL
  AND ($regionIds IS NULL OR d.regionId IN $regionIds)
  AND ($from IS NULL OR d.postedAt >= datetime($from))
  AND d.postedAt < datetime($to) AND d.postedAt <= datetime($asOf)
WITH d.regionId AS regionId, d.postedAt AS postedAt, d.responseDue AS due, d.answeredAt AS answeredAt,
  d.closedAt AS closedAt, d.status AS status, datetime($asOf) AS asOf
WITH regionId, postedAt, due, answeredAt, status, asOf,
  answeredAt IS NOT NULL AND answeredAt <= asOf AS isAnswered,
  closedAt IS NOT NULL AND closedAt <= asOf AS isClosed, closedAt
WITH regionId, postedAt, due, answeredAt, status, asOf, isAnswered, isClosed, closedAt,
  NOT isAnswered AND NOT isClosed AS isOpen, datetime({datetime: postedAt, timezone: $timeZone}) AS local
WITH regionId, local.year AS year, local.month AS m,
  count(*) AS posted,
  count(CASE WHEN isAnswered THEN 1 END) AS answered,
  count(CASE WHEN isAnswered AND answeredAt <= due THEN 1 END) AS answeredInTime,
  count(CASE WHEN isOpen AND due < asOf THEN 1 END) AS overdue,
  count(CASE WHEN isOpen THEN 1 END) AS open,
  count(CASE WHEN NOT isAnswered AND isClosed AND status = 'withdrawn' AND closedAt > due THEN 1 END) AS withdrawnUnansweredLate,
  count(CASE WHEN isClosed AND status = 'accepted' THEN 1 END) AS accepted,
  count(CASE WHEN isClosed AND status = 'declined' THEN 1 END) AS declined,
  count(CASE WHEN isClosed AND status = 'withdrawn' THEN 1 END) AS withdrawn,
  collect(CASE WHEN isAnswered THEN duration.inSeconds(postedAt, answeredAt).seconds / 3600.0 END) AS hours
RETURN regionId, toString(year) + '-' + right('0' + toString(m), 2) AS month, posted, answered, answeredInTime, overdue, open,
  withdrawnUnansweredLate, accepted, declined, withdrawn, hours
