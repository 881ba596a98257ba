// anonymousNames: every name and alias of people who have not consented to being shown by name, so that free
// text given to viewers (reasons, matched search terms) can be scrubbed of them, with the organisation their
// anonymous label names (a current WORKS_AT tie first, then a current AFFILIATED_WITH, strongest and most recent
// first; kind is null without one). One read through the person_consent index: at a million persons the set holds
// tens of thousands of people, and a second read keyed by all their ids cost as much again.
// :params {}
MATCH (p:Person)
WHERE p.consent = false
OPTIONAL CALL (p) {
  MATCH (p)-[r:WORKS_AT|AFFILIATED_WITH]->(o:Lab|Enterprise|Organisation)
  WHERE r.end IS NULL OR r.end >= date()
  RETURN o
  ORDER BY CASE type(r) WHEN 'WORKS_AT' THEN 0 ELSE 1 END, coalesce(r.strength, 0.5) DESC, r.start DESC
  LIMIT 1
}
RETURN p.id AS id, [n IN [p.name, p.nameZh, p.nameEn] + coalesce(p.aliases, []) WHERE n IS NOT NULL] AS names,
       [l IN labels(o) WHERE l IN ['Lab', 'Enterprise', 'Organisation']][0] AS kind,
       o.name AS orgName, o.nameZh AS orgNameZh, o.nameEn AS orgNameEn
