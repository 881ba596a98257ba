// migrateDemandStatus: every demand stores its status (the queue finds them through the status index, which has
// no entry for a missing value); a demand without one was read as open, and now says so. Applying it twice changes
// nothing.
// :params {}
MATCH (d:Demand)
WHERE d.status IS NULL
SET d.status = 'open'
RETURN count(d) AS changed
