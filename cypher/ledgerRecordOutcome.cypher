// recordOutcome: appends one Outcome to an introduction (earlier outcomes are never touched), tied to the project it
// led to when one is named. Bumping outcomeCount first takes the introduction's write lock, so outcomes recorded at
// the same time get distinct sequence numbers. No row returns when the introduction or the named project is missing.
// :params {introductionId: "introduction:example", projectId: null, id: "outcome:example", successKinds: ["project", "contract", "hire"], props: {kind: "meeting", date: date("2025-03-15"), note: "示例", recordedBy: "admin", recordedAt: datetime("2025-03-15T08:00:00Z"), illustrative: false}}
MATCH (i:Introduction {id: $introductionId})
OPTIONAL MATCH (p:Project:Entity {id: $projectId})
WITH i, p
WHERE $projectId IS NULL OR p IS NOT NULL
SET i.outcomeCount = coalesce(i.outcomeCount, 0) + 1
CREATE (i)-[:HAS_OUTCOME {seq: i.outcomeCount}]->(o:Outcome {id: $id})
SET o += $props, o.seq = i.outcomeCount, o.introductionId = i.id
SET i.successful = coalesce(i.successful, false) OR $props.kind IN $successKinds,
    i.becameProject = coalesce(i.becameProject, false) OR $props.kind = 'project'
FOREACH (x IN CASE WHEN i.lastOutcomeDate IS NULL OR $props.date >= i.lastOutcomeDate THEN [1] ELSE [] END |
  SET i.lastOutcomeDate = $props.date, i.lastOutcomeKind = $props.kind)
FOREACH (x IN CASE WHEN p IS NULL THEN [] ELSE [p] END | CREATE (o)-[:LED_TO]->(x))
RETURN o.id AS id
