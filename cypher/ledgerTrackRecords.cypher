// trackRecord (and the trackRecord score part): for each subject id (a person, firm, lab or organisation), the
// introductions it took part in up to $asOf, each with the subject's roles in it (INTRODUCED_BY / VIA / FROM / TO),
// its outcomes up to $asOf, the milestones finished by then on the projects those outcomes name, and the state of
// their escrow accounts. Read per subject through its own ledger ties, so a subject without history costs one
// relationship-count lookup.
// :params {ids: ["demo:person:shen-zhiyuan", "demo:lab:tianmushan"], asOf: date("2026-01-01")}
UNWIND $ids AS sid
MATCH (s:Entity {id: sid})
RETURN sid AS id, COLLECT {
  MATCH (s)<-[r:INTRODUCED_BY|INTRODUCED_VIA|INTRODUCED_FROM|INTRODUCED_TO]-(i:Introduction)
  WHERE i.date <= $asOf
  WITH i, collect(DISTINCT type(r)) AS roles
  RETURN {
    id: i.id,
    date: toString(i.date),
    roles: roles,
    outcomes: COLLECT {
      MATCH (i)-[:HAS_OUTCOME]->(o:Outcome)
      WHERE o.date <= $asOf
      RETURN {kind: o.kind, date: toString(o.date)} AS o ORDER BY o.date, o.seq
    },
    milestones: COLLECT {
      MATCH (i)-[:HAS_OUTCOME]->(o:Outcome)-[:LED_TO]->(:Project)-[:HAS_MILESTONE]->(m:Milestone)
      WHERE o.date <= $asOf AND m.state IN ['done', 'failed'] AND m.doneOn <= $asOf
      WITH DISTINCT m
      RETURN {state: m.state, due: toString(m.due), doneOn: toString(m.doneOn)} AS m
    },
    escrow: COLLECT {
      MATCH (i)-[:HAS_OUTCOME]->(o:Outcome)-[:LED_TO]->(:Project)-[:HAS_ESCROW]->(a:EscrowAccount)
      WHERE o.date <= $asOf
      WITH DISTINCT a
      RETURN CASE
        WHEN a.state = 'released' AND a.releasedOn <= $asOf THEN 'released'
        WHEN a.state = 'refunded' AND a.refundedOn <= $asOf THEN 'refunded'
        ELSE 'open' END AS state
    }
  } AS intro
} AS intros
