// recommendTalentsSources: what a demand's candidate search needs to know before it starts - the talent pools and
// competitions located in the demand's local regions, the competitions focused on its needed areas (taxonomy
// family), and two sizes read from the degree store: how many EXPERT_IN ties the needed areas have and how many
// people the sources hold (pool memberships, wins, natives of the home regions), so the search starts from the
// smaller side.
// :params {areaIds: ["demo:tech:aluminium-foil"], localRegionIds: ["demo:region:lishui"], homeRegionIds: ["demo:region:lishui"]}
CALL () {
  UNWIND $localRegionIds AS regionId
  OPTIONAL MATCH (:Region {id: regionId})<-[:LOCATED_IN]-(x:TalentPool|Competition)
  RETURN collect(DISTINCT CASE WHEN x:TalentPool THEN x.id END) AS localPoolIds,
    collect(DISTINCT CASE WHEN x:Competition THEN x.id END) AS localCompetitionIds
}
CALL () {
  UNWIND $areaIds AS areaId
  OPTIONAL MATCH (a:TechArea {id: areaId})
  RETURN sum(COUNT { (a)<-[:EXPERT_IN]-() }) AS expertCount
}
CALL () {
  UNWIND $areaIds AS areaId
  OPTIONAL MATCH (:TechArea {id: areaId})<-[:FOCUSES_ON]-(c:Competition)
  RETURN collect(DISTINCT c.id) AS relatedCompetitionIds
}
CALL () {
  OPTIONAL MATCH (pool:TalentPool)
  RETURN sum(COUNT { (pool)<-[:MEMBER_OF]-() }) AS members
}
CALL () {
  OPTIONAL MATCH (c:Competition)
  RETURN sum(COUNT { (c)<-[:WON]-() }) AS winners
}
CALL () {
  UNWIND $homeRegionIds AS regionId
  OPTIONAL MATCH (r:Region {id: regionId})
  RETURN sum(COUNT { (r)<-[:ORIGINATES_FROM]-() }) AS natives
}
RETURN localPoolIds, localCompetitionIds, relatedCompetitionIds, expertCount, members + winners + natives AS sourceCount
