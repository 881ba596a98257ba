// diasporaTies: the listed diaspora people, each with up to 20 ties back to enterprises, labs, organisations,
// talent pools and projects located in the home regions (strongest first); with $asOf only ties that held on that
// date (start..end contains it; a missing start or end is open).
// :params {personIds: ["demo:person:example"], homeIds: ["demo:region:qingtian"], asOf: null}
UNWIND $personIds AS personId
MATCH (p:Person {id: personId})
RETURN p AS person, COLLECT {
  MATCH (p)-[t:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF|PARTICIPATES_IN]->(o)-[:LOCATED_IN]->(h:Region)
  WHERE h.id IN $homeIds AND (o:Enterprise OR o:Lab OR o:Organisation OR o:TalentPool OR o:Project)
    AND ($asOf IS NULL OR ((coalesce(t.start, t.since) IS NULL OR coalesce(t.start, t.since) <= $asOf) AND (t.end IS NULL OR t.end >= $asOf)))
  WITH DISTINCT t, o
  ORDER BY coalesce(t.strength, 0.5) DESC, o.id
  LIMIT 20
  RETURN {tie: t, org: o} AS tie
} AS ties
