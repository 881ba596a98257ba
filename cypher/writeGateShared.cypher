// writeGateShared: the first statement of every write transaction. A shared lock on the write gate: writes run side
// by side, but none runs while a backup holds the gate exclusively (writeGateExclusive). The gate exists once a
// backup has been taken (writeGateCreate); before that this finds nothing and locks nothing.
// :params {}
MATCH (g:WriteGate {id: 'writes'})
CALL apoc.lock.read.nodes([g])
RETURN count(*) AS locked
