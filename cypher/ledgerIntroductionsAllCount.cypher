// introductions (totalCount, no node filter): how many introductions are dated $lo..$hi.
// :params {lo: date("0001-01-01"), hi: date("9999-12-31")}
MATCH (i:Introduction)
WHERE i.date >= $lo AND i.date <= $hi
RETURN count(i) AS total
