// The GraphQL documents of the introductions ledger, the project page (milestones, 安心宝 escrow, risk pool) and a
// broker's track record (server/schema/ledger.graphql). Money arrives as Fen: exact decimal strings of fen.

const NODE = `fragment LN on Node { id type labels name nameZh nameEn illustrative }`;
const OUTCOME = `fragment LO on Outcome { id kind date note recordedBy recordedAt illustrative project { ...LN } }`;
const INTRODUCTION = `fragment LI on Introduction {
  id date note recordedBy recordedAt illustrative
  from { ...LN } to { ...LN } intermediaries { ...LN } broker { ...LN }
  outcomes { ...LO }
}`;
const PROJECT = `fragment LP on Project {
  id name status start end version
  node { ...LN }
  participants { ...LN }
  milestones { index title due state evidence doneOn onTime }
  escrow {
    state feeTotal escrowPercent depositDue deposited released balancePaid refunded coveredByPool platformCost
    depositedOn releasedOn refundedOn
    riskPool { id name nameZh nameEn capital paidOut available perProjectCap projectCount illustrative }
  }
  introductions { id date from { ...LN } to { ...LN } broker { ...LN } }
}`;

export const INTRODUCTIONS = `query LedgerIntroductions($brokerId: ID, $firmId: ID, $labId: ID, $from: Date, $to: Date, $limit: Int, $after: String) {
  introductions(brokerId: $brokerId, firmId: $firmId, labId: $labId, from: $from, to: $to, limit: $limit, after: $after) {
    items { ...LI } nextCursor hasMore totalCount
  }
}
${NODE}
${OUTCOME}
${INTRODUCTION}`;

export const INTRODUCTION_BY_ID = `query LedgerIntroduction($id: ID!) { introduction(id: $id) { ...LI } }
${NODE}
${OUTCOME}
${INTRODUCTION}`;

export const RECORD_INTRODUCTION = `mutation RecordIntroduction($from: ID!, $to: ID!, $intermediaries: [ID!]!, $brokerId: ID!, $date: Date!, $note: String) {
  recordIntroduction(from: $from, to: $to, intermediaries: $intermediaries, brokerId: $brokerId, date: $date, note: $note) { ...LI }
}
${NODE}
${OUTCOME}
${INTRODUCTION}`;

export const RECORD_OUTCOME = `mutation RecordOutcome($introductionId: ID!, $kind: OutcomeKind!, $date: Date!, $projectId: ID, $note: String) {
  recordOutcome(introductionId: $introductionId, kind: $kind, date: $date, projectId: $projectId, note: $note) { ...LI }
}
${NODE}
${OUTCOME}
${INTRODUCTION}`;

export const PROJECT_PAGE = `query LedgerProject($id: ID!) { project(id: $id) { ...LP } }
${NODE}
${PROJECT}`;

export const DEPOSIT_ESCROW = `mutation DepositEscrow($projectId: ID!, $date: Date!) { depositEscrow(projectId: $projectId, date: $date) { ...LP } }
${NODE}
${PROJECT}`;

export const COMPLETE_MILESTONE = `mutation CompleteMilestone($projectId: ID!, $index: Int!, $evidence: String!, $date: Date!) {
  completeMilestone(projectId: $projectId, index: $index, evidence: $evidence, date: $date) { ...LP }
}
${NODE}
${PROJECT}`;

export const FAIL_MILESTONE = `mutation FailMilestone($projectId: ID!, $index: Int!, $evidence: String!, $date: Date!, $platformCost: Fen) {
  failMilestone(projectId: $projectId, index: $index, evidence: $evidence, date: $date, platformCost: $platformCost) { ...LP }
}
${NODE}
${PROJECT}`;

export const TRACK_RECORD = `query TrackRecord($id: ID!) {
  trackRecord(id: $id) {
    subject { ...LN } asOf introductions asBroker asIntermediary successful becameProjects
    outcomes { kind count }
    milestonesDone milestonesOnTime milestonesFailed escrowReleased escrowRefunded score evidence reason
    byQuarter { quarter introductions meetings projects contracts hires noFit }
  }
}
${NODE}`;
