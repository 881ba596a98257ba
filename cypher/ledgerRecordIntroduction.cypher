// recordIntroduction: writes one Introduction with its ties to the firm, the lab, the broker (a TechManager) and the
// intermediaries in their order, in one statement: either every node exists and everything is written, or nothing
// is (no row returns). $props are validated in server/ledger/introductions.ts.
// :params {id: "introduction:example", fromId: "demo:enterprise:wuxing-aluminium", toId: "demo:lab:tianmushan", brokerId: "demo:person:shen-zhiyuan", intermediaryIds: ["demo:person:shen-zhiyuan"], props: {date: date("2025-03-01"), note: "示例", recordedBy: "admin", recordedAt: datetime("2025-03-01T08:00:00Z"), illustrative: false}}
MATCH (f:Entity {id: $fromId})
MATCH (t:Entity {id: $toId})
MATCH (b:Person:TechManager {id: $brokerId})
WITH f, t, b, COLLECT {
  UNWIND range(0, size($intermediaryIds) - 1) AS k
  MATCH (p:Person {id: $intermediaryIds[k]})
  RETURN {order: k, person: p} AS v
} AS via
WHERE size(via) = size($intermediaryIds)
CREATE (i:Introduction {id: $id})
SET i += $props, i.outcomeCount = 0, i.successful = false, i.becameProject = false
CREATE (i)-[:INTRODUCED_FROM]->(f)
CREATE (i)-[:INTRODUCED_TO]->(t)
CREATE (i)-[:INTRODUCED_BY]->(b)
WITH i, via
CALL (i, via) {
  UNWIND via AS v
  WITH i, v, v.person AS p
  CREATE (i)-[:INTRODUCED_VIA {order: v.order}]->(p)
}
RETURN i.id AS id
