// restoreWipe: deletes one batch of nodes with their ties, for `restore --replace` after it has backed up what it
// replaces. Run until it deletes nothing.
// :params {batch: 10000}
MATCH (n)
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
