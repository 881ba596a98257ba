// anonymousAffiliations: for people shown anonymously, the organisation their label names ("a researcher at
// 天目山实验室"): a current WORKS_AT tie first, then a current AFFILIATED_WITH, strongest and most recent first.
// People without such a tie get no row of their own kind (kind is null).
// :params {ids: ["demo:person:example"]}
UNWIND $ids AS id
MATCH (p:Person {id: id})
OPTIONAL CALL (p) {
  MATCH (p)-[r:WORKS_AT|AFFILIATED_WITH]->(o:Lab|Enterprise|Organisation)
  WHERE r.end IS NULL OR r.end >= date()
  RETURN o, r
  ORDER BY CASE type(r) WHEN 'WORKS_AT' THEN 0 ELSE 1 END, coalesce(r.strength, 0.5) DESC, r.start DESC
  LIMIT 1
}
RETURN id,
       [l IN labels(o) WHERE l IN ['Lab', 'Enterprise', 'Organisation']][0] AS kind,
       o.name AS name, o.nameZh AS nameZh, o.nameEn AS nameEn
