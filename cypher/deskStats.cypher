// deskStats: the 48-hour record of demands posted in [$from, $to) (and by $asOf) in the scope's regions (null:
// all), as it stood at $asOf, in cells of (region, month of posting in $timeZone). The server merges the cells into
// pools or counties and takes the percentiles from the cells' hours, so one pass over the demands serves every
// grouping. Answers, responses and closings after $asOf do not count yet.
// :params {regionIds: null, from: null, to: "2026-01-01T00:00:00Z", asOf: "2026-01-01T00:00:00Z", timeZone: "Asia/Shanghai"}
MATCH (d:Demand)
WHERE d.postedAt IS NOT NULL
  AND ($regionIds IS NULL OR d.regionId IN $regionIds)
  AND ($from IS NULL OR d.postedAt >= datetime($from))
  AND d.postedAt < datetime($to) AND d.postedAt <= datetime($asOf)
WITH d, datetime($asOf) AS asOf,
  d.answeredAt IS NOT NULL AND d.answeredAt <= datetime($asOf) AS isAnswered,
  d.closedAt IS NOT NULL AND d.closedAt <= datetime($asOf) AS isClosed
WITH d, asOf, isAnswered, isClosed, NOT isAnswered AND NOT isClosed AS isOpen,
  CASE WHEN isAnswered THEN duration.inSeconds(d.postedAt, d.answeredAt).seconds / 3600.0 END AS hours
WITH d.regionId AS regionId,
  substring(toString(date(datetime({datetime: d.postedAt, timezone: $timeZone}))), 0, 7) AS month,
  count(*) AS posted,
  count(CASE WHEN isAnswered THEN 1 END) AS answered,
  count(CASE WHEN isAnswered AND d.answeredAt <= d.responseDue THEN 1 END) AS answeredInTime,
  count(CASE WHEN isOpen AND d.responseDue < asOf THEN 1 END) AS overdue,
  count(CASE WHEN isOpen THEN 1 END) AS open,
  count(CASE WHEN NOT isAnswered AND isClosed AND d.status = 'withdrawn' AND d.closedAt > d.responseDue THEN 1 END) AS withdrawnUnansweredLate,
  count(CASE WHEN isClosed AND d.status = 'accepted' THEN 1 END) AS accepted,
  count(CASE WHEN isClosed AND d.status = 'declined' THEN 1 END) AS declined,
  count(CASE WHEN isClosed AND d.status = 'withdrawn' THEN 1 END) AS withdrawn,
  collect(hours) AS hours
RETURN regionId, month, posted, answered, answeredInTime, overdue, open, withdrawnUnansweredLate, accepted, declined, withdrawn, hours
