// deskShortlist: a demand's shortlist (PROPOSED ties to people) by rank, each with the snapshot and the firm's
// response stored on the tie.
// :params {id: "demo:demand:pinghu-drive-testing"}
MATCH (:Demand {id: $id})-[p:PROPOSED]->(x:Person)
RETURN x AS person, properties(p) AS tie
ORDER BY p.rank, x.id
