// benchIds: every id of one node label, for the benchmark to sample from with its own seeded generator (the label
// comes from the model's allow-list in bench/params.ts, never from input).
// :params {label: "Enterprise"}
MATCH (n:$($label))
RETURN n.id AS id
