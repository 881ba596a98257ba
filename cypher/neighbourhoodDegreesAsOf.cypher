// neighbourhoodDegreesAsOf: neighbourhoodDegrees for a neighbourhood asked `asOf` a date: how many ties of each
// allowed type the $frontier nodes have that held on that date (start..end contains it; a missing start or end is
// open). The degree store cannot tell dates apart, so the ties are counted; a tie between two frontier nodes counts
// once at each end, as in neighbourhoodDegrees.
// :params {frontier: ["demo:lab:tianmushan"], types: ["WORKS_AT", "AFFILIATED_WITH", "KNOWS"], asOf: null}
MATCH (f:Entity) WHERE f.id IN $frontier
MATCH (f)-[r]-()
WHERE type(r) IN $types
  AND ($asOf IS NULL OR ((coalesce(r.start, r.since) IS NULL OR coalesce(r.start, r.since) <= $asOf)
                         AND (r.end IS NULL OR r.end >= $asOf)))
RETURN type(r) AS type, count(*) AS degree
