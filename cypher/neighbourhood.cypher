// neighbourhood: one level of a neighbourhood expansion (the server calls it once per level, up to depth 3).
// For the $frontier nodes: their neighbours over the allowed relationship types, grouped by node type. Of the new
// neighbours (not in $seen) only the $limitPerType best of each type are kept (strongest tie, then most ties to
// the frontier, then id); what the cap left out is counted per node type (total - kept) and per relationship type
// (droppedRels). Ties to nodes already seen are all returned, so the canvas gets every edge it found.
// A frontier node with at most $scan ties is read whole; of a bigger one (a hub) at most $scan ties of each type
// are read (one branch per type of the model, each with its own limit), so a hub with 100,000 ties costs a bounded
// read; neighbourhoodDegrees says how many were not read. With $asOf, only ties whose start..end interval contains
// that date (a missing start or end is open) are kept, as in paths and bridges (a hub's read may then bring fewer
// than $scan of them; neighbourhoodDegreesAsOf counts the ones left unread).
// :params {frontier: ["demo:lab:tianmushan"], seen: ["demo:lab:tianmushan"], relTypes: null, nodeTypes: ["Person", "Enterprise", "Lab", "Organisation", "Competition", "TalentPool", "Region", "TechArea", "Project", "Demand"], limitPerType: 50, scan: 2000, asOf: null}
MATCH (f:Entity) WHERE f.id IN $frontier
WITH f, COUNT { (f)--() } AS degree
CALL (f, degree) {
  WITH f WHERE degree <= $scan
  MATCH (f)-[r]-(m) WHERE $relTypes IS NULL OR type(r) IN $relTypes RETURN r, m
  UNION ALL
  WITH f WHERE degree > $scan AND ($relTypes IS NULL OR 'WORKS_AT' IN $relTypes) MATCH (f)-[r:WORKS_AT]-(m) RETURN r, m LIMIT $scan
  UNION ALL
  WITH f WHERE degree > $scan AND ($relTypes IS NULL OR 'AFFILIATED_WITH' IN $relTypes) MATCH (f)-[r:AFFILIATED_WITH]-(m) RETURN r, m LIMIT $scan
  UNION ALL
  WITH f WHERE degree > $scan AND ($relTypes IS NULL OR 'STUDIED_AT' IN $relTypes) MATCH (f)-[r:STUDIED_AT]-(m) RETURN r, m LIMIT $scan
  UNION ALL
  WITH f WHERE degree > $scan AND ($relTypes IS NULL OR 'KNOWS' IN $relTypes) MATCH (f)-[r:KNOWS]-(m) RETURN r, m LIMIT $scan
  UNION ALL
  WITH f WHERE degree > $scan AND ($relTypes IS NULL OR 'COLLABORATED_WITH' IN $relTypes) MATCH (f)-[r:COLLABORATED_WITH]-(m) RETURN r, m LIMIT $scan
  UNION ALL
  WITH f WHERE degree > $scan AND ($relTypes IS NULL OR 'EXPERT_IN' IN $relTypes) MATCH (f)-[r:EXPERT_IN]-(m) RETURN r, m LIMIT $scan
  UNION ALL
  WITH f WHERE degree > $scan AND ($relTypes IS NULL OR 'FOCUSES_ON' IN $relTypes) MATCH (f)-[r:FOCUSES_ON]-(m) RETURN r, m LIMIT $scan
  UNION ALL
  WITH f WHERE degree > $scan AND ($relTypes IS NULL OR 'RESEARCHES' IN $relTypes) MATCH (f)-[r:RESEARCHES]-(m) RETURN r, m LIMIT $scan
  UNION ALL
  WITH f WHERE degree > $scan AND ($relTypes IS NULL OR 'WON' IN $relTypes) MATCH (f)-[r:WON]-(m) RETURN r, m LIMIT $scan
  UNION ALL
  WITH f WHERE degree > $scan AND ($relTypes IS NULL OR 'MEMBER_OF' IN $relTypes) MATCH (f)-[r:MEMBER_OF]-(m) RETURN r, m LIMIT $scan
  UNION ALL
  WITH f WHERE degree > $scan AND ($relTypes IS NULL OR 'ORIGINATES_FROM' IN $relTypes) MATCH (f)-[r:ORIGINATES_FROM]-(m) RETURN r, m LIMIT $scan
  UNION ALL
  WITH f WHERE degree > $scan AND ($relTypes IS NULL OR 'LIVES_IN' IN $relTypes) MATCH (f)-[r:LIVES_IN]-(m) RETURN r, m LIMIT $scan
  UNION ALL
  WITH f WHERE degree > $scan AND ($relTypes IS NULL OR 'LOCATED_IN' IN $relTypes) MATCH (f)-[r:LOCATED_IN]-(m) RETURN r, m LIMIT $scan
  UNION ALL
  WITH f WHERE degree > $scan AND ($relTypes IS NULL OR 'PART_OF' IN $relTypes) MATCH (f)-[r:PART_OF]-(m) RETURN r, m LIMIT $scan
  UNION ALL
  WITH f WHERE degree > $scan AND ($relTypes IS NULL OR 'PARTNERS_WITH' IN $relTypes) MATCH (f)-[r:PARTNERS_WITH]-(m) RETURN r, m LIMIT $scan
  UNION ALL
  WITH f WHERE degree > $scan AND ($relTypes IS NULL OR 'PARTICIPATES_IN' IN $relTypes) MATCH (f)-[r:PARTICIPATES_IN]-(m) RETURN r, m LIMIT $scan
  UNION ALL
  WITH f WHERE degree > $scan AND ($relTypes IS NULL OR 'BROKERED' IN $relTypes) MATCH (f)-[r:BROKERED]-(m) RETURN r, m LIMIT $scan
  UNION ALL
  WITH f WHERE degree > $scan AND ($relTypes IS NULL OR 'POSTED' IN $relTypes) MATCH (f)-[r:POSTED]-(m) RETURN r, m LIMIT $scan
  UNION ALL
  WITH f WHERE degree > $scan AND ($relTypes IS NULL OR 'NEEDS' IN $relTypes) MATCH (f)-[r:NEEDS]-(m) RETURN r, m LIMIT $scan
  UNION ALL
  WITH f WHERE degree > $scan AND ($relTypes IS NULL OR 'FOUNDED' IN $relTypes) MATCH (f)-[r:FOUNDED]-(m) RETURN r, m LIMIT $scan
}
WITH r, m WHERE ($asOf IS NULL OR ((coalesce(r.start, r.since) IS NULL OR coalesce(r.start, r.since) <= $asOf) AND (r.end IS NULL OR r.end >= $asOf)))
WITH m, collect(r) AS rels, max(coalesce(r.strength, 0.5)) AS best
WITH m, rels, best, elementId(m) AS eid
WITH m, rels, best, eid, m.id IN $seen AS old, [label IN labels(m) WHERE label IN $nodeTypes][0] AS type
ORDER BY best DESC, size(rels) DESC, eid
WITH type, old, collect({node: m, rels: rels}) AS found
WITH type, old, found, CASE WHEN old THEN size(found) ELSE $limitPerType END AS keep
CALL (found, keep) {
  UNWIND found[keep..] AS dropped
  UNWIND dropped.rels AS r
  WITH type(r) AS relType, count(*) AS count
  RETURN collect({type: relType, count: count}) AS droppedRels
}
RETURN type, old, size(found) AS total, droppedRels,
  [x IN found[..keep] | {node: x.node, rels: [r IN x.rels | {rel: r, start: startNode(r).id, end: endNode(r).id}]}] AS kept
