// deskStats: the 48-hour record of demands posted in [$from, $to) (and by $asOf) in the scope's regions (null:
// all), as it stood at $asOf, in cells of (region, month of posting in $timeZone). The server merges the cells into
// pools or counties and takes the percentiles from the cells' hours, so one pass over the demands serves every
// grouping. Answers, responses and closings after $asOf do not count yet. Each property is read once per demand.
// Naming a zone's month and duration.inSeconds each cost a db hit per call, so: a stored instant on days 3..26 of
// its month is at least 48 h from any month boundary, more than the 36 h two offsets (each within 18 h of UTC) can
// differ by, so its own month is the month in $timeZone and only the other days are converted; hours to answer come
// from epoch seconds, floored as duration.inSeconds(...).seconds floors them.
// :params {regionIds: null, from: null, to: "2026-01-01T00:00:00Z", asOf: "2026-01-01T00:00:00Z", timeZone: "Asia/Shanghai"}
MATCH (d:Demand)
WHERE d.postedAt IS NOT NULL
  AND ($regionIds IS NULL OR d.regionId IN $regionIds)
  AND ($from IS NULL OR d.postedAt >= datetime($from))
  AND d.postedAt < datetime($to) AND d.postedAt <= datetime($asOf)
WITH d.regionId AS regionId, d.postedAt AS postedAt, d.responseDue AS due, d.answeredAt AS answeredAt,
  d.closedAt AS closedAt, d.status AS status, datetime($asOf) AS asOf
WITH regionId, postedAt, due, status, asOf,
  CASE WHEN answeredAt <= asOf THEN answeredAt END AS answered,
  CASE WHEN closedAt <= asOf THEN closedAt END AS closed,
  CASE WHEN 3 <= postedAt.day <= 26 THEN postedAt ELSE datetime({datetime: postedAt, timezone: $timeZone}) END AS local
WITH regionId, local.year AS year, local.month AS m,
  count(*) AS posted,
  count(answered) AS answered,
  count(CASE WHEN answered <= due THEN 1 END) AS answeredInTime,
  count(CASE WHEN answered IS NULL AND closed IS NULL AND due < asOf THEN 1 END) AS overdue,
  count(CASE WHEN answered IS NULL AND closed IS NULL THEN 1 END) AS open,
  count(CASE WHEN answered IS NULL AND status = 'withdrawn' AND closed > due THEN 1 END) AS withdrawnUnansweredLate,
  count(CASE WHEN closed IS NOT NULL AND status = 'accepted' THEN 1 END) AS accepted,
  count(CASE WHEN closed IS NOT NULL AND status = 'declined' THEN 1 END) AS declined,
  count(CASE WHEN closed IS NOT NULL AND status = 'withdrawn' THEN 1 END) AS withdrawn,
  collect((answered.epochSeconds - postedAt.epochSeconds - CASE WHEN answered.nanosecond < postedAt.nanosecond THEN 1 ELSE 0 END) / 3600.0) AS hours
RETURN regionId, toString(year) + '-' + right('0' + toString(m), 2) AS month, posted, answered, answeredInTime, overdue, open,
  withdrawnUnansweredLate, accepted, declined, withdrawn, hours
