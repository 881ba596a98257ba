// recommendLabsFirm: the enterprise recommendLabs is asked about, its tech focus (FOCUSES_ON), the labs it already
// partners with and its own joint labs (PART_OF the firm) - ranked lower and flagged - and the labs it has
// collaborated with.
// :params {enterpriseId: "demo:enterprise:wuxing-aluminium"}
MATCH (e:Enterprise {id: $enterpriseId})
RETURN e AS firm,
  [(e)-[:FOCUSES_ON]->(t:TechArea) | t.id] AS focusIds,
  [(e)-[:PARTNERS_WITH]-(l:Lab) | l.id] AS partnerIds,
  [(l:Lab)-[:PART_OF]->(e) | l.id] AS jointLabIds,
  [(e)-[:COLLABORATED_WITH]-(l:Lab) | l.id] AS collaboratorIds
