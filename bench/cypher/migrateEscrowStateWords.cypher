// migrateEscrowStateWords: one escrow vocabulary. Projects written before it said `held` for an escrow whose
// account is `deposited`; they say `deposited` now. Applying it twice changes nothing.
// :params {}
MATCH (p:Project)
WHERE p.escrowState = 'held'
SET p.escrowState = 'deposited'
RETURN count(p) AS changed
