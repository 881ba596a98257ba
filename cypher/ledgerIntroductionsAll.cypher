// introductions (a page, no node filter): ids of the introductions dated $lo..$hi, newest first (date, then id),
// after the cursor ($afterDate, $afterId) when one is given. The date range is read from the introduction_date
// index, in its order.
// :params {lo: date("0001-01-01"), hi: date("9999-12-31"), afterDate: null, afterId: null, limit: 21}
MATCH (i:Introduction)
WHERE i.date >= $lo AND i.date <= $hi
  AND ($afterDate IS NULL OR i.date < $afterDate OR (i.date = $afterDate AND i.id < $afterId))
RETURN i.id AS id, toString(i.date) AS date
ORDER BY i.date DESC, id DESC
LIMIT $limit
