// bridgesOrganisations: organisations (firms, labs, other organisations) tied to both ends of a bridge question,
// with every tie. An organisation is tied to an end through a project both take part in, a project or demand of
// the end that one of its people brokered, a partnership or collaboration, PART_OF either way (a joint lab and its
// parents), a person who works at both, or, for a person end, that person's own post. Fan-out is bounded per end:
// its $maxProjects most recent projects and demands; its people are followed only when it has at most $maxPeople
// (a hub's staff are too many to follow, and any few of them would be an arbitrary sample); of the organisations
// tied to both ends the $maxOrgs with most ties are kept. Ties not valid on $asOf are ignored. Nodes
// come as maps with only the fields a list, a path and masking need (names, dates, consent); the drawer asks for more.
// :params {from: "demo:enterprise:pinghu-precision-drive", to: "demo:lab:tianmushan", asOf: null, maxProjects: 50, maxPeople: 50, maxOrgs: 100}
UNWIND [['from', $from], ['to', $to]] AS end
MATCH (e:Entity {id: end[1]})
CALL (e) {
  MATCH (e)-[er:PARTICIPATES_IN|POSTED]->(v:Project|Demand)
  WHERE $asOf IS NULL OR ((er.start IS NULL OR er.start <= $asOf) AND (er.end IS NULL OR er.end >= $asOf))
  WITH er, v, coalesce(v.start, date(v.postedAt)) AS began
  ORDER BY began IS NULL, began DESC, v.id LIMIT $maxProjects
  RETURN collect([er, v]) AS projects
}
CALL (e, projects) {
  UNWIND projects AS ev
  WITH ev[0] AS endRel, ev[1] AS via
  MATCH (via:Project)<-[orgRel:PARTICIPATES_IN]-(o:Enterprise|Lab|Organisation)
  RETURN o, 'project' AS kind, endRel, via, null AS person, null AS midRel, orgRel
  UNION
  UNWIND projects AS ev
  WITH ev[0] AS endRel, ev[1] AS via
  MATCH (via)<-[midRel:BROKERED]-(person:Person)-[orgRel:WORKS_AT|AFFILIATED_WITH]->(o:Enterprise|Lab|Organisation)
  RETURN o, 'brokered' AS kind, endRel, via, person, midRel, orgRel
  UNION
  MATCH (e)-[orgRel:PARTNERS_WITH|COLLABORATED_WITH|PART_OF]-(o:Enterprise|Lab|Organisation)
  RETURN o, CASE type(orgRel) WHEN 'PART_OF' THEN 'unit' ELSE 'partner' END AS kind, null AS endRel, null AS via, null AS person, null AS midRel, orgRel
  UNION
  MATCH (e:Person)-[orgRel:WORKS_AT|AFFILIATED_WITH|FOUNDED|STUDIED_AT]->(o:Enterprise|Lab|Organisation)
  RETURN o, 'member' AS kind, null AS endRel, null AS via, null AS person, null AS midRel, orgRel
  UNION
  WITH e WHERE COUNT { (e)<-[:WORKS_AT|AFFILIATED_WITH|FOUNDED|STUDIED_AT]-() } <= $maxPeople
  MATCH (e)<-[endRel:WORKS_AT|AFFILIATED_WITH|FOUNDED|STUDIED_AT]-(person:Person)
  MATCH (person)-[orgRel:WORKS_AT|AFFILIATED_WITH|FOUNDED]->(o:Enterprise|Lab|Organisation)
  RETURN o, 'staff' AS kind, endRel, null AS via, person, null AS midRel, orgRel
}
WITH end[0] AS side, e, o, kind, endRel, via, person, midRel, orgRel
WHERE o <> e AND NOT o.id IN [$from, $to] AND ($asOf IS NULL OR all(t IN [endRel, midRel, orgRel] WHERE t IS NULL OR (
  (coalesce(t.start, t.since) IS NULL OR coalesce(t.start, t.since) <= $asOf) AND (t.end IS NULL OR t.end >= $asOf))))
WITH o, collect([side, kind, endRel, via, person, midRel, orgRel, startNode(orgRel) = e]) AS ties, count(DISTINCT side) AS sides
WHERE sides = 2
WITH o, ties ORDER BY size(ties) DESC, o.id LIMIT $maxOrgs
RETURN {id: o.id, labels: labels(o), properties: o {.name, .nameZh, .nameEn, .illustrative, .kind}} AS org,
  [t IN ties | {side: t[0], kind: t[1], endRel: t[2], midRel: t[5], orgRel: t[6], out: t[7],
    via: [v IN [t[3]] WHERE v IS NOT NULL | {id: v.id, labels: labels(v), properties: v {.name, .nameZh, .nameEn, .illustrative, .start, .end, .postedAt}}][0],
    person: [p IN [t[4]] WHERE p IS NOT NULL | {id: p.id, labels: labels(p), properties: p {.name, .nameZh, .nameEn, .illustrative, .consent}}][0]}] AS ties
