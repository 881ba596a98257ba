// neighbourhood: one level of a neighbourhood expansion (the server calls it once per level, up to depth 3).
// For the $frontier nodes: their neighbours over the allowed relationship types, grouped by node type. Of the new
// neighbours (not in $seen) only the $limitPerType best of each type are kept (strongest tie, then most ties to
// the frontier, then id); what the cap left out is counted per node type (total - kept) and per relationship type
// (droppedRels). Ties to nodes already seen are all returned, so the canvas gets every edge it found.
// :params {frontier: ["demo:lab:tianmushan"], seen: ["demo:lab:tianmushan"], relTypes: null, nodeTypes: ["Person", "Enterprise", "Lab", "Organisation", "Competition", "TalentPool", "Region", "TechArea", "Project", "Demand"], limitPerType: 50}
MATCH (f:Entity) WHERE f.id IN $frontier
MATCH (f)-[r]-(m:Entity)
WHERE $relTypes IS NULL OR type(r) IN $relTypes
WITH m, collect(r) AS rels, max(coalesce(r.strength, 0.5)) AS best
WITH m, rels, best, m.id IN $seen AS old, [label IN labels(m) WHERE label IN $nodeTypes][0] AS type
ORDER BY best DESC, size(rels) DESC, m.id
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
