// bridgesPeople: what makes each candidate bridge promising: the person, their expertise (with broader areas),
// talent pools, organisations they work at or are affiliated with on $asOf, and what they brokered.
// :params {ids: ["demo:person:example"], asOf: null}
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p AS person,
  COLLECT {
    MATCH (p)-[e:EXPERT_IN]->(t:TechArea)
    RETURN {id: t.id, name: t.name, nameZh: t.nameZh, nameEn: t.nameEn, level: e.level,
            broader: COLLECT { MATCH (t)-[:PART_OF]->{1,3}(up:TechArea) RETURN up.id }}
  } AS expertise,
  COLLECT {
    MATCH (p)-[m:MEMBER_OF]->(x:TalentPool)
    WHERE $asOf IS NULL OR ((m.start IS NULL OR m.start <= $asOf) AND (m.end IS NULL OR m.end >= $asOf))
    RETURN DISTINCT {id: x.id, name: x.name, nameZh: x.nameZh, nameEn: x.nameEn}
  } AS pools,
  COLLECT {
    MATCH (p)-[w:WORKS_AT|AFFILIATED_WITH]->(x:Enterprise|Lab|Organisation)
    WHERE $asOf IS NULL OR ((w.start IS NULL OR w.start <= $asOf) AND (w.end IS NULL OR w.end >= $asOf))
    RETURN DISTINCT {id: x.id, name: x.name, nameZh: x.nameZh, nameEn: x.nameEn}
  } AS affiliations,
  COLLECT {
    MATCH (p)-[:BROKERED]->(x:Project|Demand)
    RETURN DISTINCT {id: x.id, name: x.name, nameZh: x.nameZh, nameEn: x.nameEn}
  } AS brokered
