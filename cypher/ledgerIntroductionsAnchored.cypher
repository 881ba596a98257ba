// introductions (a page, anchored): ids of the introductions tied to one node (broker, intermediary, firm or lab:
// $anchorTypes says which ties count), filtered by the other ids and dates given, newest first (date, then id),
// after the cursor ($afterDate, $afterId) when one is given.
// :params {anchorId: "demo:person:shen-zhiyuan", anchorTypes: ["INTRODUCED_BY"], brokerId: null, firmId: null, labId: null, personId: null, from: null, to: null, afterDate: null, afterId: null, limit: 21}
MATCH (:Entity {id: $anchorId})<-[r:INTRODUCED_BY|INTRODUCED_VIA|INTRODUCED_FROM|INTRODUCED_TO]-(i:Introduction)
WHERE type(r) IN $anchorTypes
  AND ($from IS NULL OR i.date >= $from)
  AND ($to IS NULL OR i.date <= $to)
  AND ($afterDate IS NULL OR i.date < $afterDate OR (i.date = $afterDate AND i.id < $afterId))
  AND ($brokerId IS NULL OR EXISTS { (i)-[:INTRODUCED_BY]->(:Entity {id: $brokerId}) })
  AND ($firmId IS NULL OR EXISTS { (i)-[:INTRODUCED_FROM]->(:Entity {id: $firmId}) })
  AND ($labId IS NULL OR EXISTS { (i)-[:INTRODUCED_TO]->(:Entity {id: $labId}) })
  AND ($personId IS NULL OR EXISTS { (i)-[:INTRODUCED_BY|INTRODUCED_VIA]->(:Entity {id: $personId}) })
WITH DISTINCT i
ORDER BY i.date DESC, i.id DESC
LIMIT $limit
RETURN i.id AS id, toString(i.date) AS date
