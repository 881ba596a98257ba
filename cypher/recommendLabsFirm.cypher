// recommendLabsFirm: the enterprise recommendLabs is asked about, its tech focus (FOCUSES_ON), and the labs it
// already partners or has collaborated with (those are ranked lower and flagged).
// :params {enterpriseId: "demo:enterprise:wuxing-aluminium"}
MATCH (e:Enterprise {id: $enterpriseId})
RETURN e AS firm,
  [(e)-[:FOCUSES_ON]->(t:TechArea) | t.id] AS focusIds,
  [(e)-[:PARTNERS_WITH]-(l:Lab) | l.id] AS partnerIds,
  [(e)-[:COLLABORATED_WITH]-(l:Lab) | l.id] AS collaboratorIds
