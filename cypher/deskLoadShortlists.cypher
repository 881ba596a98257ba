// deskLoadShortlists: writes shortlist entries (PROPOSED ties from a demand to a person, with their snapshot and the
// firm's response) for the demo loader and the generator; merged on (demand, person), so loading twice changes
// nothing. Rows were validated against PROPOSED_PROPS (seed/demo/desk.ts).
// :params {rows: [{demand: "demo:demand:wuxing-battery-foil", person: "demo:person:shen-zhiyuan", props: {rank: 1, score: 0.8}}]}
UNWIND $rows AS row
MATCH (d:Demand {id: row.demand})
MATCH (x:Person {id: row.person})
MERGE (d)-[p:PROPOSED]->(x)
SET p += row.props
RETURN count(p) AS written
