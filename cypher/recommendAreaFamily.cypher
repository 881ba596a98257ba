// recommendAreaFamily: for each wanted tech area, the areas that count as a match for it through the taxonomy
// (a TechArea is PART_OF its parent): the area itself, narrower areas up to two levels down, broader areas up to two
// levels up, and siblings under the same parent. `chain` lists the ids from the wanted area to the matching one, so
// the caller can draw the supporting path. Used by recommendLabs, recommendTalents and postDemand.
// :params {areaIds: ["demo:tech:new-materials"]}
UNWIND $areaIds AS wantedId
MATCH (w:TechArea {id: wantedId})
CALL (w) {
  RETURN w AS area, 'exact' AS relation, [w.id] AS chain
  UNION
  MATCH p = (area:TechArea)-[:PART_OF]->{1,2}(w)
  RETURN area, 'narrower' AS relation, reverse([n IN nodes(p) | n.id]) AS chain
  UNION
  MATCH p = (w)-[:PART_OF]->{1,2}(area:TechArea)
  RETURN area, 'broader' AS relation, [n IN nodes(p) | n.id] AS chain
  UNION
  MATCH (w)-[:PART_OF]->(parent:TechArea)<-[:PART_OF]-(area:TechArea)
  WHERE area <> w
  RETURN area, 'sibling' AS relation, [w.id, parent.id, area.id] AS chain
}
RETURN wantedId, area.id AS areaId, relation, chain
