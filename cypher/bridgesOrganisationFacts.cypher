// bridgesOrganisationFacts: for organisation bridges, what the organisations work on (RESEARCHES, FOCUSES_ON, with
// up to three levels of broader areas) and who carries their project ties: people who work at or are affiliated
// with the organisation and took part in or brokered the project ($orgs lists each organisation with the projects
// of its ties; at most $maxCarriers people per organisation). Ties not valid on $asOf are ignored.
// :params {orgs: [{id: "demo:lab:tsinghua-yrd", vias: ["demo:project:pinghu-drive-upgrade"]}], asOf: null, maxCarriers: 20}
UNWIND $orgs AS org
MATCH (o:Entity {id: org.id})
RETURN o.id AS org,
  COLLECT {
    MATCH (o)-[:RESEARCHES|FOCUSES_ON]->(t:TechArea)
    RETURN {id: t.id, name: t.name, nameZh: t.nameZh, nameEn: t.nameEn,
            broader: COLLECT { MATCH (t)-[:PART_OF]->{1,3}(up:TechArea) RETURN up.id }}
  } AS areas,
  COLLECT {
    UNWIND org.vias AS vid
    MATCH (v:Entity {id: vid})<-[r:PARTICIPATES_IN|BROKERED]-(q:Person)-[w:WORKS_AT|AFFILIATED_WITH]->(o)
    WHERE $asOf IS NULL OR all(t IN [r, w] WHERE (t.start IS NULL OR t.start <= $asOf) AND (t.end IS NULL OR t.end >= $asOf))
    WITH vid, r, q ORDER BY q.id LIMIT $maxCarriers
    RETURN {via: vid, type: type(r), person: {id: q.id, labels: labels(q), properties: q {.name, .nameZh, .nameEn, .illustrative, .consent}}}
  } AS carriers
