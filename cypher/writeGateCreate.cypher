// writeGateCreate: a backup creates the write gate in its own transaction before it starts, so every write from
// then on sees it and takes it (writeGateShared). Needs APOC's lock procedures; see Db.snapshot in server/db.ts.
// :params {}
MERGE (g:WriteGate {id: 'writes'})
WITH g
CALL apoc.lock.read.nodes([g])
RETURN count(*) AS ready
