// introductions (totalCount, anchored): how many introductions tied to one node match the other filters.
// :params {anchorId: "demo:person:shen-zhiyuan", anchorTypes: ["INTRODUCED_BY"], brokerId: null, firmId: null, labId: null, personId: null, from: null, to: null}
MATCH (:Entity {id: $anchorId})<-[r:INTRODUCED_BY|INTRODUCED_VIA|INTRODUCED_FROM|INTRODUCED_TO]-(i:Introduction)
WHERE type(r) IN $anchorTypes
  AND ($from IS NULL OR i.date >= $from)
  AND ($to IS NULL OR i.date <= $to)
  AND ($brokerId IS NULL OR EXISTS { (i)-[:INTRODUCED_BY]->(:Entity {id: $brokerId}) })
  AND ($firmId IS NULL OR EXISTS { (i)-[:INTRODUCED_FROM]->(:Entity {id: $firmId}) })
  AND ($labId IS NULL OR EXISTS { (i)-[:INTRODUCED_TO]->(:Entity {id: $labId}) })
  AND ($personId IS NULL OR EXISTS { (i)-[:INTRODUCED_BY|INTRODUCED_VIA]->(:Entity {id: $personId}) })
RETURN count(DISTINCT i) AS total
