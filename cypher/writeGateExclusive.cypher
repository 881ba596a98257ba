// writeGateExclusive: the first statement of a backup's transaction. Takes the write gate exclusively, so it waits
// for the writes in flight to finish and holds new ones back until the copy is read: the copy is one moment's graph.
// :params {}
MATCH (g:WriteGate {id: 'writes'})
CALL apoc.lock.nodes([g])
RETURN count(*) AS locked
