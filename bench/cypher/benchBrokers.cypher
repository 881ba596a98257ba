// benchBrokers: every technology manager who made an introduction (the ledger), for the introductions case.
// :params {}
MATCH (b:Person)<-[:INTRODUCED_BY]-(:Introduction)
RETURN DISTINCT b.id AS id
ORDER BY id
