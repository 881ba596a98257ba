// The GraphQL documents of the demand desk (queue, one demand, its changes, the 48-hour statistics, pool members
// and admissions). Fragment and operation names start with Desk so they never clash with the other documents.

const NODE = `fragment DeskN on Node { id type labels name nameZh nameEn illustrative }`;
const NODE_PROPS = `fragment DeskNP on Node { id type labels name nameZh nameEn illustrative properties }`;

const QUEUE_ITEM = `fragment DeskItem on DeskDemand {
  id name status postedAt responseDue answeredAt closedAt hoursLeft overdue late answeredInTime hoursToAnswer
  shortlistSize acceptedCount version node { ...DeskN } firm { ...DeskN } region { ...DeskN } pool { ...DeskN }
}`;

const DEMAND = `fragment DeskDemandFull on DeskDemand {
  id name status postedAt responseDue answeredAt answeredBy answerMessage closedAt withdrawReason hoursLeft overdue late
  hoursToAnswer answeredInTime shortlistSize acceptedCount version
  node { ...DeskNP } firm { ...DeskN } region { ...DeskN } pool { ...DeskN } techAreas { ...DeskN }
  shortlist {
    person { ...DeskN } rank score reasons reasonDetails { code zh en } proposedBy proposedAt note
    response responseNote respondedAt
  }
  timeline { at kind actor personId }
  history { at actor operation fields status errorCodes variables }
}`;

const FIGURES = `fragment DeskFig on DeskFigures {
  posted answered answeredInTime answeredLate inTimeShare medianHoursToAnswer p90HoursToAnswer accepted declined
  withdrawn acceptanceRate open overdue
}`;

const MEMBER = `fragment DeskMember on PoolMember {
  person { ...DeskN } pool { ...DeskN } dimensions scores { dimension score } averageScore tags admittedOn admittedBy
  leftOn illustrative
}`;

/** What every document answering with a whole demand appends: the fragments DeskDemandFull uses. */
const DEMAND_FRAGMENTS = `${NODE}
${NODE_PROPS}
${DEMAND}`;

export const DESK_QUEUE = `query DeskQueue($scopeId: ID, $status: [DemandStatus!], $dueBefore: DateTime, $limit: Int, $after: String) {
  demandDesk(scopeId: $scopeId, status: $status, dueBefore: $dueBefore, limit: $limit, after: $after) { items { ...DeskItem } nextCursor total }
}
${NODE}
${QUEUE_ITEM}`;

export const DESK_DEMAND = `query DeskDemand($id: ID!) { demand(id: $id) { ...DeskDemandFull } }
${DEMAND_FRAGMENTS}`;

export const DESK_RANKED = `query DeskRanked($id: ID!, $limit: Int) {
  recommendTalents(demandId: $id, limit: $limit) { node { ...DeskN } score reasons reasonDetails { code zh en } }
}
${NODE}`;

export const DESK_STATS = `query DeskStats($scopeId: ID, $from: DateTime, $to: DateTime, $groupBy: DeskGroupBy) {
  deskStats(scopeId: $scopeId, from: $from, to: $to, groupBy: $groupBy) {
    from to asOf groupBy total { ...DeskFig } groups { key node { ...DeskN } figures { ...DeskFig } }
  }
}
${NODE}
${FIGURES}`;

export const DESK_POOL_MEMBERS = `query DeskPoolMembers($poolId: ID!, $tags: [String!], $minScores: [DimensionScoreInput!], $limit: Int, $after: String) {
  poolMembers(poolId: $poolId, tags: $tags, minScores: $minScores, limit: $limit, after: $after) {
    items { ...DeskMember } nextCursor total
  }
}
${NODE}
${MEMBER}`;

export const DESK_PROPOSE = `mutation DeskPropose($demandId: ID!, $personIds: [ID!]!, $expectedVersion: Int) {
  proposeCandidates(demandId: $demandId, personIds: $personIds, expectedVersion: $expectedVersion) { ...DeskDemandFull }
}
${DEMAND_FRAGMENTS}`;

export const DESK_REMOVE = `mutation DeskRemove($demandId: ID!, $personId: ID!, $expectedVersion: Int) {
  removeCandidate(demandId: $demandId, personId: $personId, expectedVersion: $expectedVersion) { ...DeskDemandFull }
}
${DEMAND_FRAGMENTS}`;

export const DESK_REORDER = `mutation DeskReorder($demandId: ID!, $personIds: [ID!]!, $expectedVersion: Int) {
  reorderShortlist(demandId: $demandId, personIds: $personIds, expectedVersion: $expectedVersion) { ...DeskDemandFull }
}
${DEMAND_FRAGMENTS}`;

export const DESK_ANSWER = `mutation DeskAnswer($demandId: ID!, $message: String, $expectedVersion: Int) {
  answerDemand(demandId: $demandId, message: $message, expectedVersion: $expectedVersion) { ...DeskDemandFull }
}
${DEMAND_FRAGMENTS}`;

export const DESK_RESPOND = `mutation DeskRespond($demandId: ID!, $personId: ID!, $accepted: Boolean!, $note: String, $expectedVersion: Int) {
  recordFirmResponse(demandId: $demandId, personId: $personId, accepted: $accepted, note: $note, expectedVersion: $expectedVersion) {
    ...DeskDemandFull
  }
}
${DEMAND_FRAGMENTS}`;

export const DESK_WITHDRAW = `mutation DeskWithdraw($demandId: ID!, $reason: String, $expectedVersion: Int) {
  withdrawDemand(demandId: $demandId, reason: $reason, expectedVersion: $expectedVersion) { ...DeskDemandFull }
}
${DEMAND_FRAGMENTS}`;

export const DESK_ADMIT = `mutation DeskAdmit($personId: ID!, $poolId: ID!, $scores: [DimensionScoreInput!]!, $tags: [String!]) {
  admitToPool(personId: $personId, poolId: $poolId, scores: $scores, tags: $tags) { ...DeskMember }
}
${NODE}
${MEMBER}`;

export const DESK_LEAVE = `mutation DeskLeave($personId: ID!, $poolId: ID!) {
  leavePool(personId: $personId, poolId: $poolId) { ...DeskMember }
}
${NODE}
${MEMBER}`;

export const DESK_POOL = `query DeskPool($id: ID!) { node(id: $id) { ...DeskNP } }
${NODE_PROPS}`;
