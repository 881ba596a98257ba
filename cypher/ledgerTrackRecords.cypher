// trackRecord (and the trackRecord score part): for each subject id (a person, firm, lab or organisation), the
// introductions it took part in up to $asOf, each with the subject's roles in it (INTRODUCED_BY / VIA / FROM / TO),
// its outcomes up to $asOf, the milestones finished by then on the projects those outcomes name, and the state of
// their escrow accounts. Read per subject through its own ledger ties, so a subject without history costs one
// relationship-count lookup. Each introduction's outcomes, their projects and each project's ties are walked once
// (a walk per list read them three and two times: 122k db hits for the 28 organisations of a hub pair at 1M, a lab
// there is a side of hundreds of introductions); lists keep the order of the walk, outcomes oldest first.
// :params {ids: ["demo:person:shen-zhiyuan", "demo:lab:tianmushan"], asOf: date("2026-01-01")}
UNWIND $ids AS sid
MATCH (s:Entity {id: sid})
RETURN sid AS id, COLLECT {
  MATCH (s)<-[r:INTRODUCED_BY|INTRODUCED_VIA|INTRODUCED_FROM|INTRODUCED_TO]-(i:Introduction)
  WHERE i.date <= $asOf
  WITH i, collect(DISTINCT type(r)) AS roles
  WITH i, roles, COLLECT { MATCH (i)-[:HAS_OUTCOME]->(o:Outcome) WHERE o.date <= $asOf RETURN o } AS outcomes
  WITH i, roles, outcomes, COLLECT {
    UNWIND outcomes AS o
    MATCH (o)-[:LED_TO]->(p:Project)
    WITH DISTINCT p
    MATCH (p)-[t:HAS_MILESTONE|HAS_ESCROW]->(x)
    RETURN [type(t), x] AS part
  } AS parts
  RETURN {
    id: i.id,
    date: toString(i.date),
    roles: roles,
    outcomes: COLLECT { UNWIND outcomes AS o RETURN {kind: o.kind, date: toString(o.date)} AS o ORDER BY o.date, o.seq },
    milestones: COLLECT {
      UNWIND parts AS part
      WITH part[0] AS kind, part[1] AS m
      WHERE kind = 'HAS_MILESTONE' AND m:Milestone AND m.state IN ['done', 'failed'] AND m.doneOn <= $asOf
      WITH DISTINCT m
      RETURN {state: m.state, due: toString(m.due), doneOn: toString(m.doneOn)} AS m
    },
    escrow: COLLECT {
      UNWIND parts AS part
      WITH part[0] AS kind, part[1] AS a
      WHERE kind = 'HAS_ESCROW' AND a:EscrowAccount
      WITH DISTINCT a
      RETURN CASE
        WHEN a.state = 'released' AND a.releasedOn <= $asOf THEN 'released'
        WHEN a.state = 'refunded' AND a.refundedOn <= $asOf THEN 'refunded'
        ELSE 'open' END AS state
    }
  } AS intro
} AS intros
