// regionGapsOutsideLabs: for each gap, labs outside the home regions that research the needed area or a narrower
// one, best first: most of their people tied to an organisation in the region (homeLinks), then most of their
// people expert in the area, then id. At most 500 candidate labs are weighed per gap and $limit returned, each
// with where it is.
// :params {gaps: [{areaId: "demo:tech:cross-border-ecommerce", familyIds: ["demo:tech:cross-border-ecommerce"]}], homeIds: ["demo:region:qingtian"], limit: 5}
UNWIND $gaps AS gap
CALL (gap) {
  MATCH (l:Lab)-[:RESEARCHES]->(t:TechArea)
  WHERE t.id IN gap.familyIds
  WITH DISTINCT l
  WHERE NOT EXISTS { (l)-[:LOCATED_IN]->(h:Region) WHERE h.id IN $homeIds }
  LIMIT 500
  WITH l,
    COUNT { (l)<-[:WORKS_AT|AFFILIATED_WITH]-(p:Person)-[:EXPERT_IN]->(t:TechArea) WHERE t.id IN gap.familyIds } AS experts,
    COUNT { (l)<-[:WORKS_AT|AFFILIATED_WITH|STUDIED_AT]-(p:Person)-[:WORKS_AT|AFFILIATED_WITH|FOUNDED]->()-[:LOCATED_IN]->(h:Region)
            WHERE h.id IN $homeIds } AS homeLinks
  ORDER BY homeLinks DESC, experts DESC, l.id
  LIMIT $limit
  RETURN collect({lab: l, experts: experts, homeLinks: homeLinks,
                  placeId: COLLECT { MATCH (l)-[:LOCATED_IN]->(r:Region) RETURN r.id AS id ORDER BY id LIMIT 1 }[0]}) AS labs
}
RETURN gap.areaId AS areaId, labs
