// bridgesPeople: what makes each candidate bridge promising: the person, their expertise (with broader areas),
// talent pools, organisations they work at or are affiliated with on $asOf, and what they brokered (each list
// without repeats, in the order the ties are stored); and whether any introduction of the ledger names them
// (`introduced`), so that only those have their track records read. One walk over each person's own ties serves
// all of it: a walk per list read the same relationship chain four times, and the track records a fifth (on the
// 1M-person graph 118k + 30k db hits for the 1,067 candidates of a hub pair, 70k this way).
// :params {ids: ["demo:person:example"], asOf: null}
UNWIND $ids AS id
MATCH (p:Person {id: id})
WITH p, [(p)-[r:EXPERT_IN|MEMBER_OF|WORKS_AT|AFFILIATED_WITH|BROKERED|INTRODUCED_BY|INTRODUCED_VIA|INTRODUCED_FROM|INTRODUCED_TO]-(x)
  | [CASE WHEN startNode(r) = p THEN type(r) ELSE '<' + type(r) END, r, x]] AS ties
CALL (ties) {
  UNWIND [t IN ties WHERE t[0] = 'EXPERT_IN'] AS t
  WITH t[1] AS e, t[2] AS t
  WHERE t:TechArea
  RETURN collect({id: t.id, name: t.name, nameZh: t.nameZh, nameEn: t.nameEn, level: e.level,
                  broader: COLLECT { MATCH (t)-[:PART_OF]->{1,3}(up:TechArea) RETURN up.id }}) AS expertise
}
WITH p, expertise, any(t IN ties WHERE t[0] STARTS WITH '<INTRODUCED_') AS introduced,
  [t IN [t IN ties WHERE t[0] = 'MEMBER_OF'] WHERE t[2]:TalentPool AND ($asOf IS NULL OR
    ((t[1].start IS NULL OR t[1].start <= $asOf) AND (t[1].end IS NULL OR t[1].end >= $asOf))) | t[2]] AS pools,
  [t IN [t IN ties WHERE t[0] IN ['WORKS_AT', 'AFFILIATED_WITH']] WHERE t[2]:Enterprise|Lab|Organisation AND ($asOf IS NULL OR
    ((t[1].start IS NULL OR t[1].start <= $asOf) AND (t[1].end IS NULL OR t[1].end >= $asOf))) | t[2]] AS posts,
  [t IN [t IN ties WHERE t[0] = 'BROKERED'] WHERE t[2]:Project|Demand | t[2]] AS brokered
RETURN p AS person, expertise, introduced,
  [x IN reduce(acc = [], x IN pools | CASE WHEN x IN acc THEN acc ELSE acc + [x] END) | {id: x.id, name: x.name, nameZh: x.nameZh, nameEn: x.nameEn}] AS pools,
  [x IN reduce(acc = [], x IN posts | CASE WHEN x IN acc THEN acc ELSE acc + [x] END) | {id: x.id, name: x.name, nameZh: x.nameZh, nameEn: x.nameEn}] AS affiliations,
  [x IN reduce(acc = [], x IN brokered | CASE WHEN x IN acc THEN acc ELSE acc + [x] END) | {id: x.id, name: x.name, nameZh: x.nameZh, nameEn: x.nameEn}] AS brokered
