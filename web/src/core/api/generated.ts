// Generated from server/schema/*.graphql by `npm run codegen`. Do not edit by hand (eslint skips it).
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type NodeType =
  | 'Person'
  | 'Enterprise'
  | 'Lab'
  | 'Organisation'
  | 'Competition'
  | 'TalentPool'
  | 'Region'
  | 'TechArea'
  | 'Project'
  | 'Demand';

export type Direction =
  | 'FORWARD'
  | 'BACKWARD';

/** Where a demand is in its life. `open` when posted; closed states are accepted, declined and withdrawn. */
export type DemandStatus =
  /** Posted, no answer sent yet. */
  | 'open'
  /** A broker sent the firm a shortlist. */
  | 'answered'
  /** The firm took at least one candidate. */
  | 'accepted'
  /** The firm took none of the candidates. */
  | 'declined'
  /** The firm withdrew the order. */
  | 'withdrawn';

export type DeskGroupBy =
  /** Month of posting, in the requested time zone (key YYYY-MM). */
  | 'month'
  /** The pool that takes the order: the county sub-pool of its region when there is one, else the city pool. */
  | 'pool'
  /** The county its region lies in (a demand posted at city level or above has no county). */
  | 'county';

export type CandidateResponse =
  | 'accepted'
  | 'declined';

export type DimensionScoreInput = {
  /** One of the pool's `dimensions`, as written there (e.g. 专业能力). */
  dimension: string;
  /** 0..100. */
  score: number;
};

export type CountKind =
  /** `type` is a node type (Person, Lab, ...). */
  | 'NODE_TYPE'
  /** `type` is a relationship type (WORKS_AT, ...). */
  | 'REL_TYPE';

export type BridgeKind =
  /** One person tied to both sides. */
  | 'ONE_PERSON'
  /** Two people who know or collaborated with each other, the first tied to `from`, the second to `to`. */
  | 'TWO_PERSON'
  /** An organisation (firm, lab or other organisation) tied to both sides. */
  | 'ORGANISATION';

/** Who may bridge, for the `kinds` argument of `bridges`. */
export type BridgeIntermediary =
  /** One-person bridges and two-person chains. */
  | 'PERSON'
  /** Organisation bridges. */
  | 'ORGANISATION';

export type ImportJobKind =
  | 'CHECK'
  | 'COMMIT';

export type ImportJobStatus =
  | 'RUNNING'
  /** Done: a check without bad rows, or a commit that wrote everything. */
  | 'OK'
  /** Bad rows were found: nothing was written. */
  | 'BAD_ROWS'
  /** The importer could not read a file or mapping, or the database failed: see `error`. */
  | 'FAILED'
  /** Stopped (the server shut down): the batches committed before stay; importing again completes it. */
  | 'INTERRUPTED';

/** What came of an introduction. */
export type OutcomeKind =
  /** The two sides met. */
  | 'meeting'
  /** A joint project started (the outcome names it). */
  | 'project'
  /** A contract was signed. */
  | 'contract'
  /** Someone was hired. */
  | 'hire'
  /** The sides decided it was not a fit. */
  | 'no_fit';

export type MilestoneState =
  | 'planned'
  | 'done'
  | 'failed';

/**
 * States of an 安心宝 escrow account: proposed → deposited → released, or deposited → refunded when the first
 * milestone fails.
 */
export type EscrowState =
  | 'proposed'
  | 'deposited'
  | 'released'
  | 'refunded';

/** Role labels a Person may carry beside Person. */
export type PersonRole =
  | 'TechManager'
  | 'Researcher'
  | 'Entrepreneur'
  | 'Expert';

export type PersonInput = {
  id?: string | number | null | undefined;
  name?: string | null | undefined;
  nameZh?: string | null | undefined;
  nameEn?: string | null | undefined;
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  url?: string | null | undefined;
  source?: string | null | undefined;
  illustrative?: boolean | null | undefined;
  /** Replaces the person's role labels when given. */
  roles?: Array<PersonRole> | null | undefined;
  title?: string | null | undefined;
  gender?: string | null | undefined;
  birthday?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  wechat?: string | null | undefined;
  consent?: boolean | null | undefined;
  country?: string | null | undefined;
};

export type EnterpriseInput = {
  id?: string | number | null | undefined;
  name?: string | null | undefined;
  nameZh?: string | null | undefined;
  nameEn?: string | null | undefined;
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  url?: string | null | undefined;
  source?: string | null | undefined;
  illustrative?: boolean | null | undefined;
  founded?: number | null | undefined;
  employees?: number | null | undefined;
  country?: string | null | undefined;
  sme?: boolean | null | undefined;
  activityType?: string | null | undefined;
};

export type LabInput = {
  id?: string | number | null | undefined;
  name?: string | null | undefined;
  nameZh?: string | null | undefined;
  nameEn?: string | null | undefined;
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  url?: string | null | undefined;
  source?: string | null | undefined;
  illustrative?: boolean | null | undefined;
  /** provincial_lab, joint_lab, university, research_institute or innovation_platform. */
  kind?: string | null | undefined;
  founded?: number | null | undefined;
  country?: string | null | undefined;
  activityType?: string | null | undefined;
};

export type OrganisationInput = {
  id?: string | number | null | undefined;
  name?: string | null | undefined;
  nameZh?: string | null | undefined;
  nameEn?: string | null | undefined;
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  url?: string | null | undefined;
  source?: string | null | undefined;
  illustrative?: boolean | null | undefined;
  /** public_body or other. */
  kind?: string | null | undefined;
  country?: string | null | undefined;
  activityType?: string | null | undefined;
};

export type CompetitionInput = {
  id?: string | number | null | undefined;
  name?: string | null | undefined;
  nameZh?: string | null | undefined;
  nameEn?: string | null | undefined;
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  url?: string | null | undefined;
  source?: string | null | undefined;
  illustrative?: boolean | null | undefined;
  year?: number | null | undefined;
  edition?: number | null | undefined;
  tracks?: Array<string> | null | undefined;
};

export type TalentPoolInput = {
  id?: string | number | null | undefined;
  name?: string | null | undefined;
  nameZh?: string | null | undefined;
  nameEn?: string | null | undefined;
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  url?: string | null | undefined;
  source?: string | null | undefined;
  illustrative?: boolean | null | undefined;
  /** city or county. */
  kind?: string | null | undefined;
  dimensions?: Array<string> | null | undefined;
  responseHours?: number | null | undefined;
  memberCount?: number | null | undefined;
};

export type RegionInput = {
  id?: string | number | null | undefined;
  name?: string | null | undefined;
  nameZh?: string | null | undefined;
  nameEn?: string | null | undefined;
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  url?: string | null | undefined;
  source?: string | null | undefined;
  illustrative?: boolean | null | undefined;
  /** country, province, city or county. */
  level?: string | null | undefined;
  population?: number | null | undefined;
  overseasPopulation?: number | null | undefined;
  code?: string | null | undefined;
  lat?: number | null | undefined;
  lon?: number | null | undefined;
};

export type TechAreaInput = {
  id?: string | number | null | undefined;
  name?: string | null | undefined;
  nameZh?: string | null | undefined;
  nameEn?: string | null | undefined;
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  url?: string | null | undefined;
  source?: string | null | undefined;
  illustrative?: boolean | null | undefined;
  code?: string | null | undefined;
};

export type ProjectInput = {
  id?: string | number | null | undefined;
  name?: string | null | undefined;
  nameZh?: string | null | undefined;
  nameEn?: string | null | undefined;
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  url?: string | null | undefined;
  source?: string | null | undefined;
  illustrative?: boolean | null | undefined;
  status?: string | null | undefined;
  start?: string | null | undefined;
  end?: string | null | undefined;
  budget?: number | null | undefined;
  totalCost?: number | null | undefined;
  escrowPercent?: number | null | undefined;
  /** none, or the escrow account's state: proposed, deposited, released or refunded. */
  escrowState?: string | null | undefined;
  milestones?: Array<string> | null | undefined;
  nextMilestone?: string | null | undefined;
  nextMilestoneDue?: string | null | undefined;
  programme?: Array<string> | null | undefined;
};

export type DemandInput = {
  id?: string | number | null | undefined;
  name?: string | null | undefined;
  nameZh?: string | null | undefined;
  nameEn?: string | null | undefined;
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  url?: string | null | undefined;
  source?: string | null | undefined;
  illustrative?: boolean | null | undefined;
  status?: string | null | undefined;
  postedAt?: string | null | undefined;
  responseDue?: string | null | undefined;
  techAreaIds?: Array<string> | null | undefined;
  regionId?: string | null | undefined;
};

export type ViewerRole =
  | 'viewer'
  | 'broker'
  | 'admin';

export type DeskAdmitMutationVariables = Exact<{
  personId: string | number;
  poolId: string | number;
  scores: Array<DimensionScoreInput> | DimensionScoreInput;
  tags?: Array<string> | string | null | undefined;
}>;


export type DeskAdmitMutation = { admitToPool: { dimensions: Array<string>, averageScore: number | null, tags: Array<string>, admittedOn: string | null, admittedBy: string | null, leftOn: string | null, illustrative: boolean, person: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, pool: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, scores: Array<{ dimension: string, score: number }> } };

export type DeskNFragment = { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean };

export type DeskMemberFragment = { dimensions: Array<string>, averageScore: number | null, tags: Array<string>, admittedOn: string | null, admittedBy: string | null, leftOn: string | null, illustrative: boolean, person: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, pool: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, scores: Array<{ dimension: string, score: number }> };

export type DeskAnswerMutationVariables = Exact<{
  demandId: string | number;
  message?: string | null | undefined;
  expectedVersion?: number | null | undefined;
}>;


export type DeskAnswerMutation = { answerDemand: { id: string, name: string, status: DemandStatus, postedAt: string, responseDue: string, answeredAt: string | null, answeredBy: string | null, answerMessage: string | null, closedAt: string | null, withdrawReason: string | null, hoursLeft: number | null, overdue: boolean, late: boolean, hoursToAnswer: number | null, answeredInTime: boolean | null, shortlistSize: number, acceptedCount: number, version: number, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> }, firm: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, region: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, pool: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, techAreas: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, shortlist: Array<{ rank: number, score: number, reasons: Array<string>, proposedBy: string, proposedAt: string, note: string | null, response: CandidateResponse | null, responseNote: string | null, respondedAt: string | null, person: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }> }>, timeline: Array<{ at: string, kind: string, actor: string | null, personId: string | null }>, history: Array<{ at: string, actor: string, operation: string, fields: Array<string>, status: string, errorCodes: Array<string>, variables: string | null }> } };

export type DeskNpFragment = { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> };

export type DeskDemandFullFragment = { id: string, name: string, status: DemandStatus, postedAt: string, responseDue: string, answeredAt: string | null, answeredBy: string | null, answerMessage: string | null, closedAt: string | null, withdrawReason: string | null, hoursLeft: number | null, overdue: boolean, late: boolean, hoursToAnswer: number | null, answeredInTime: boolean | null, shortlistSize: number, acceptedCount: number, version: number, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> }, firm: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, region: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, pool: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, techAreas: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, shortlist: Array<{ rank: number, score: number, reasons: Array<string>, proposedBy: string, proposedAt: string, note: string | null, response: CandidateResponse | null, responseNote: string | null, respondedAt: string | null, person: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }> }>, timeline: Array<{ at: string, kind: string, actor: string | null, personId: string | null }>, history: Array<{ at: string, actor: string, operation: string, fields: Array<string>, status: string, errorCodes: Array<string>, variables: string | null }> };

export type DeskDemandQueryVariables = Exact<{
  id: string | number;
}>;


export type DeskDemandQuery = { demand: { id: string, name: string, status: DemandStatus, postedAt: string, responseDue: string, answeredAt: string | null, answeredBy: string | null, answerMessage: string | null, closedAt: string | null, withdrawReason: string | null, hoursLeft: number | null, overdue: boolean, late: boolean, hoursToAnswer: number | null, answeredInTime: boolean | null, shortlistSize: number, acceptedCount: number, version: number, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> }, firm: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, region: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, pool: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, techAreas: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, shortlist: Array<{ rank: number, score: number, reasons: Array<string>, proposedBy: string, proposedAt: string, note: string | null, response: CandidateResponse | null, responseNote: string | null, respondedAt: string | null, person: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }> }>, timeline: Array<{ at: string, kind: string, actor: string | null, personId: string | null }>, history: Array<{ at: string, actor: string, operation: string, fields: Array<string>, status: string, errorCodes: Array<string>, variables: string | null }> } };

export type DeskLeaveMutationVariables = Exact<{
  personId: string | number;
  poolId: string | number;
}>;


export type DeskLeaveMutation = { leavePool: { dimensions: Array<string>, averageScore: number | null, tags: Array<string>, admittedOn: string | null, admittedBy: string | null, leftOn: string | null, illustrative: boolean, person: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, pool: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, scores: Array<{ dimension: string, score: number }> } };

export type DeskPoolQueryVariables = Exact<{
  id: string | number;
}>;


export type DeskPoolQuery = { node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> } | null };

export type DeskPoolMembersQueryVariables = Exact<{
  poolId: string | number;
  tags?: Array<string> | string | null | undefined;
  minScores?: Array<DimensionScoreInput> | DimensionScoreInput | null | undefined;
  limit?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DeskPoolMembersQuery = { poolMembers: { nextCursor: string | null, total: number, items: Array<{ dimensions: Array<string>, averageScore: number | null, tags: Array<string>, admittedOn: string | null, admittedBy: string | null, leftOn: string | null, illustrative: boolean, person: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, pool: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, scores: Array<{ dimension: string, score: number }> }> } };

export type DeskProposeMutationVariables = Exact<{
  demandId: string | number;
  personIds: Array<string | number> | string | number;
  expectedVersion?: number | null | undefined;
}>;


export type DeskProposeMutation = { proposeCandidates: { id: string, name: string, status: DemandStatus, postedAt: string, responseDue: string, answeredAt: string | null, answeredBy: string | null, answerMessage: string | null, closedAt: string | null, withdrawReason: string | null, hoursLeft: number | null, overdue: boolean, late: boolean, hoursToAnswer: number | null, answeredInTime: boolean | null, shortlistSize: number, acceptedCount: number, version: number, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> }, firm: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, region: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, pool: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, techAreas: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, shortlist: Array<{ rank: number, score: number, reasons: Array<string>, proposedBy: string, proposedAt: string, note: string | null, response: CandidateResponse | null, responseNote: string | null, respondedAt: string | null, person: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }> }>, timeline: Array<{ at: string, kind: string, actor: string | null, personId: string | null }>, history: Array<{ at: string, actor: string, operation: string, fields: Array<string>, status: string, errorCodes: Array<string>, variables: string | null }> } };

export type DeskQueueQueryVariables = Exact<{
  scopeId?: string | number | null | undefined;
  status?: Array<DemandStatus> | DemandStatus | null | undefined;
  dueBefore?: string | null | undefined;
  limit?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DeskQueueQuery = { demandDesk: { nextCursor: string | null, total: number, items: Array<{ id: string, name: string, status: DemandStatus, postedAt: string, responseDue: string, answeredAt: string | null, closedAt: string | null, hoursLeft: number | null, overdue: boolean, late: boolean, answeredInTime: boolean | null, hoursToAnswer: number | null, shortlistSize: number, acceptedCount: number, version: number, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, firm: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, region: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, pool: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null }> } };

export type DeskItemFragment = { id: string, name: string, status: DemandStatus, postedAt: string, responseDue: string, answeredAt: string | null, closedAt: string | null, hoursLeft: number | null, overdue: boolean, late: boolean, answeredInTime: boolean | null, hoursToAnswer: number | null, shortlistSize: number, acceptedCount: number, version: number, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, firm: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, region: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, pool: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null };

export type DeskRankedQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
}>;


export type DeskRankedQuery = { recommendTalents: Array<{ score: number, reasons: Array<string>, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }> }> };

export type DeskRemoveMutationVariables = Exact<{
  demandId: string | number;
  personId: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type DeskRemoveMutation = { removeCandidate: { id: string, name: string, status: DemandStatus, postedAt: string, responseDue: string, answeredAt: string | null, answeredBy: string | null, answerMessage: string | null, closedAt: string | null, withdrawReason: string | null, hoursLeft: number | null, overdue: boolean, late: boolean, hoursToAnswer: number | null, answeredInTime: boolean | null, shortlistSize: number, acceptedCount: number, version: number, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> }, firm: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, region: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, pool: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, techAreas: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, shortlist: Array<{ rank: number, score: number, reasons: Array<string>, proposedBy: string, proposedAt: string, note: string | null, response: CandidateResponse | null, responseNote: string | null, respondedAt: string | null, person: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }> }>, timeline: Array<{ at: string, kind: string, actor: string | null, personId: string | null }>, history: Array<{ at: string, actor: string, operation: string, fields: Array<string>, status: string, errorCodes: Array<string>, variables: string | null }> } };

export type DeskReorderMutationVariables = Exact<{
  demandId: string | number;
  personIds: Array<string | number> | string | number;
  expectedVersion?: number | null | undefined;
}>;


export type DeskReorderMutation = { reorderShortlist: { id: string, name: string, status: DemandStatus, postedAt: string, responseDue: string, answeredAt: string | null, answeredBy: string | null, answerMessage: string | null, closedAt: string | null, withdrawReason: string | null, hoursLeft: number | null, overdue: boolean, late: boolean, hoursToAnswer: number | null, answeredInTime: boolean | null, shortlistSize: number, acceptedCount: number, version: number, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> }, firm: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, region: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, pool: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, techAreas: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, shortlist: Array<{ rank: number, score: number, reasons: Array<string>, proposedBy: string, proposedAt: string, note: string | null, response: CandidateResponse | null, responseNote: string | null, respondedAt: string | null, person: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }> }>, timeline: Array<{ at: string, kind: string, actor: string | null, personId: string | null }>, history: Array<{ at: string, actor: string, operation: string, fields: Array<string>, status: string, errorCodes: Array<string>, variables: string | null }> } };

export type DeskRespondMutationVariables = Exact<{
  demandId: string | number;
  personId: string | number;
  accepted: boolean;
  note?: string | null | undefined;
  expectedVersion?: number | null | undefined;
}>;


export type DeskRespondMutation = { recordFirmResponse: { id: string, name: string, status: DemandStatus, postedAt: string, responseDue: string, answeredAt: string | null, answeredBy: string | null, answerMessage: string | null, closedAt: string | null, withdrawReason: string | null, hoursLeft: number | null, overdue: boolean, late: boolean, hoursToAnswer: number | null, answeredInTime: boolean | null, shortlistSize: number, acceptedCount: number, version: number, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> }, firm: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, region: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, pool: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, techAreas: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, shortlist: Array<{ rank: number, score: number, reasons: Array<string>, proposedBy: string, proposedAt: string, note: string | null, response: CandidateResponse | null, responseNote: string | null, respondedAt: string | null, person: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }> }>, timeline: Array<{ at: string, kind: string, actor: string | null, personId: string | null }>, history: Array<{ at: string, actor: string, operation: string, fields: Array<string>, status: string, errorCodes: Array<string>, variables: string | null }> } };

export type DeskStatsQueryVariables = Exact<{
  scopeId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  groupBy?: DeskGroupBy | null | undefined;
}>;


export type DeskStatsQuery = { deskStats: { from: string | null, to: string, asOf: string, groupBy: DeskGroupBy | null, total: { posted: number, answered: number, answeredInTime: number, answeredLate: number, inTimeShare: number | null, medianHoursToAnswer: number | null, p90HoursToAnswer: number | null, accepted: number, declined: number, withdrawn: number, acceptanceRate: number | null, open: number, overdue: number }, groups: Array<{ key: string, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, figures: { posted: number, answered: number, answeredInTime: number, answeredLate: number, inTimeShare: number | null, medianHoursToAnswer: number | null, p90HoursToAnswer: number | null, accepted: number, declined: number, withdrawn: number, acceptanceRate: number | null, open: number, overdue: number } }> } };

export type DeskFigFragment = { posted: number, answered: number, answeredInTime: number, answeredLate: number, inTimeShare: number | null, medianHoursToAnswer: number | null, p90HoursToAnswer: number | null, accepted: number, declined: number, withdrawn: number, acceptanceRate: number | null, open: number, overdue: number };

export type DeskWithdrawMutationVariables = Exact<{
  demandId: string | number;
  reason?: string | null | undefined;
  expectedVersion?: number | null | undefined;
}>;


export type DeskWithdrawMutation = { withdrawDemand: { id: string, name: string, status: DemandStatus, postedAt: string, responseDue: string, answeredAt: string | null, answeredBy: string | null, answerMessage: string | null, closedAt: string | null, withdrawReason: string | null, hoursLeft: number | null, overdue: boolean, late: boolean, hoursToAnswer: number | null, answeredInTime: boolean | null, shortlistSize: number, acceptedCount: number, version: number, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> }, firm: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, region: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, pool: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, techAreas: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, shortlist: Array<{ rank: number, score: number, reasons: Array<string>, proposedBy: string, proposedAt: string, note: string | null, response: CandidateResponse | null, responseNote: string | null, respondedAt: string | null, person: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }> }>, timeline: Array<{ at: string, kind: string, actor: string | null, personId: string | null }>, history: Array<{ at: string, actor: string, operation: string, fields: Array<string>, status: string, errorCodes: Array<string>, variables: string | null }> } };

export type BridgesQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxIntermediaries?: number | null | undefined;
  asOf?: string | null | undefined;
  limit?: number | null | undefined;
  kinds?: Array<BridgeIntermediary> | BridgeIntermediary | null | undefined;
}>;


export type BridgesQuery = { bridges: Array<{ kind: BridgeKind, score: number, reasons: Array<string>, reasonDetails: Array<{ code: string, zh: string, en: string }>, scoreParts: Array<{ code: string, value: number, weight: number }>, intermediaries: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, carriers: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, path: { length: number, weight: number, nodes: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, relationships: Array<{ id: string, type: string, from: string, to: string, direction: Direction, properties: Record<string, unknown> }> } }> };

export type NFragment = { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean };

export type RFragment = { id: string, type: string, from: string, to: string, direction: Direction, properties: Record<string, unknown> };

export type PFragment = { length: number, weight: number, nodes: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, relationships: Array<{ id: string, type: string, from: string, to: string, direction: Direction, properties: Record<string, unknown> }> };

export type BrokersQueryVariables = Exact<{
  scope?: string | number | null | undefined;
  limit?: number | null | undefined;
}>;


export type BrokersQuery = { brokers: Array<{ betweenness: number, normalised: number, community: number, communitySize: number, rank: number, degree: number, bridgedCommunities: number, reasons: Array<string>, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } }> };

export type DiasporaQueryVariables = Exact<{
  origin: string | number;
  techArea?: string | number | null | undefined;
  limit?: number | null | undefined;
  after?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type DiasporaQuery = { diaspora: { homeRegionCount: number, total: number, listed: number, truncated: boolean, offset: number, nextCursor: string | null, tiesTruncated: boolean, origin: { properties: Record<string, unknown>, id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, techArea: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, expertise: Array<{ count: number, techArea: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } }>, countries: Array<{ count: number, country: { properties: Record<string, unknown>, id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, expertise: Array<{ count: number, techArea: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } }>, cities: Array<{ count: number, city: { properties: Record<string, unknown>, id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, people: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, expertise: Array<{ count: number, techArea: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } }> }> }>, ties: Array<{ id: string, type: string, from: string, to: string, direction: Direction, properties: Record<string, unknown> }>, homeOrganisations: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }> } };

export type FragilityQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
  relTypes?: Array<string> | string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type FragilityQuery = { fragility: { maxHops: number, connected: boolean, shortestLength: number | null, corridorSize: number, singlePointOfFailure: boolean, reasons: Array<string>, reasonDetails: Array<{ code: string, zh: string, en: string }>, paths: Array<{ length: number }>, bridges: Array<{ kind: BridgeKind }>, critical: Array<{ cutsAllPaths: boolean, cutsAllBridges: boolean, singlePointOfFailure: boolean, pathsLost: number, bridgesLost: number, reasons: Array<string>, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }>, remainingPath: { length: number, nodes: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }> } | null, remainingBridge: { kind: BridgeKind, intermediaries: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }> } | null }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, role: ViewerRole, seesContactDetails: boolean, canChange: boolean } };

export type NeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  relTypes?: Array<string> | string | null | undefined;
  limitPerType?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { nodeCount: number, edgeCount: number, totalNeighbours: number, root: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, nodes: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, edges: Array<{ id: string, type: string, from: string, to: string, direction: Direction, properties: Record<string, unknown> }>, distances: Array<{ id: string, depth: number }>, totals: Array<{ kind: CountKind, type: string, count: number }>, truncated: Array<{ kind: CountKind, type: string, count: number }> } };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> } | null };

export type DFragment = { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  k?: number | null | undefined;
  maxHops?: number | null | undefined;
  relTypes?: Array<string> | string | null | undefined;
  asOf?: string | null | undefined;
  exclude?: Array<string | number> | string | number | null | undefined;
  diverse?: boolean | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ length: number, weight: number, diversity: { requested: number, found: number, complete: boolean, upperBound: number | null, reasons: Array<string>, reasonDetails: Array<{ code: string, zh: string, en: string }> } | null, nodes: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, relationships: Array<{ id: string, type: string, from: string, to: string, direction: Direction, properties: Record<string, unknown> }> }> };

export type PostDemandMutationVariables = Exact<{
  enterpriseId: string | number;
  techAreas: Array<string | number> | string | number;
  regionId: string | number;
  description: string;
  name?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type PostDemandMutation = { postDemand: { postedAt: string, responseDue: string, demand: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> }, matches: Array<{ score: number, reasons: Array<string>, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }>, scoreParts: Array<{ code: string, value: number, weight: number }>, related: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, path: { length: number, weight: number, nodes: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, relationships: Array<{ id: string, type: string, from: string, to: string, direction: Direction, properties: Record<string, unknown> }> } | null }> } };

export type RecFragment = { score: number, reasons: Array<string>, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }>, scoreParts: Array<{ code: string, value: number, weight: number }>, related: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, path: { length: number, weight: number, nodes: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, relationships: Array<{ id: string, type: string, from: string, to: string, direction: Direction, properties: Record<string, unknown> }> } | null };

export type RecommendCollaboratorsQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
}>;


export type RecommendCollaboratorsQuery = { recommendCollaborators: Array<{ score: number, reasons: Array<string>, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }>, scoreParts: Array<{ code: string, value: number, weight: number }>, related: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, path: { length: number, weight: number, nodes: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, relationships: Array<{ id: string, type: string, from: string, to: string, direction: Direction, properties: Record<string, unknown> }> } | null }> };

export type RecommendLabsQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
}>;


export type RecommendLabsQuery = { recommendLabs: Array<{ score: number, reasons: Array<string>, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }>, scoreParts: Array<{ code: string, value: number, weight: number }>, related: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, path: { length: number, weight: number, nodes: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, relationships: Array<{ id: string, type: string, from: string, to: string, direction: Direction, properties: Record<string, unknown> }> } | null }> };

export type RecommendTalentsQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
}>;


export type RecommendTalentsQuery = { recommendTalents: Array<{ score: number, reasons: Array<string>, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }>, scoreParts: Array<{ code: string, value: number, weight: number }>, related: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, path: { length: number, weight: number, nodes: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, relationships: Array<{ id: string, type: string, from: string, to: string, direction: Direction, properties: Record<string, unknown> }> } | null }> };

export type SearchQueryVariables = Exact<{
  text: string;
  types?: Array<NodeType> | NodeType | null | undefined;
  limit?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, matched: string | null, matchedField: string | null, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } }> };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { nodeCount: number, relationshipCount: number, labels: Array<{ label: string, count: number }> } };

export type EditLinkMutationVariables = Exact<{
  type: string;
  from: string | number;
  to: string | number;
  properties?: Record<string, unknown> | null | undefined;
}>;


export type EditLinkMutation = { link: { id: string, type: string, from: string, to: string } };

export type EditModelFieldsQueryVariables = Exact<{
  type: string;
}>;


export type EditModelFieldsQuery = { modelFields: Array<{ name: string, type: string, allowed: Array<string>, personal: boolean }> };

export type EditTieTypesQueryVariables = Exact<{
  fromType: string;
  toType: string;
}>;


export type EditTieTypesQuery = { tieTypes: Array<{ type: string, properties: Array<{ name: string, type: string, allowed: Array<string> }> }> };

export type EditUndoMutationVariables = Exact<{ [key: string]: never; }>;


export type EditUndoMutation = { undoLastChange: { eventId: string, operation: string, subjects: Array<string> } };

export type EditUnlinkMutationVariables = Exact<{
  type: string;
  from: string | number;
  to: string | number;
}>;


export type EditUnlinkMutation = { unlink: boolean };

export type EditUpsertCompetitionMutationVariables = Exact<{
  input: CompetitionInput;
}>;


export type EditUpsertCompetitionMutation = { upsertCompetition: { id: string } };

export type EditUpsertDemandMutationVariables = Exact<{
  input: DemandInput;
}>;


export type EditUpsertDemandMutation = { upsertDemand: { id: string } };

export type EditUpsertEnterpriseMutationVariables = Exact<{
  input: EnterpriseInput;
}>;


export type EditUpsertEnterpriseMutation = { upsertEnterprise: { id: string } };

export type EditUpsertLabMutationVariables = Exact<{
  input: LabInput;
}>;


export type EditUpsertLabMutation = { upsertLab: { id: string } };

export type EditUpsertOrganisationMutationVariables = Exact<{
  input: OrganisationInput;
}>;


export type EditUpsertOrganisationMutation = { upsertOrganisation: { id: string } };

export type EditUpsertPersonMutationVariables = Exact<{
  input: PersonInput;
}>;


export type EditUpsertPersonMutation = { upsertPerson: { id: string } };

export type EditUpsertProjectMutationVariables = Exact<{
  input: ProjectInput;
}>;


export type EditUpsertProjectMutation = { upsertProject: { id: string } };

export type EditUpsertRegionMutationVariables = Exact<{
  input: RegionInput;
}>;


export type EditUpsertRegionMutation = { upsertRegion: { id: string } };

export type EditUpsertTalentPoolMutationVariables = Exact<{
  input: TalentPoolInput;
}>;


export type EditUpsertTalentPoolMutation = { upsertTalentPool: { id: string } };

export type EditUpsertTechAreaMutationVariables = Exact<{
  input: TechAreaInput;
}>;


export type EditUpsertTechAreaMutation = { upsertTechArea: { id: string } };

export type ImportCheckMutationVariables = Exact<{
  uploads: Array<string | number> | string | number;
  mapping?: string | number | null | undefined;
}>;


export type ImportCheckMutation = { checkImport: { id: string, kind: ImportJobKind, status: ImportJobStatus, actor: string, files: Array<string>, mapping: string | null, checkId: string | null, commitId: string | null, startedAt: string, finishedAt: string | null, stage: string | null, rowsDone: number, rowsTotal: number | null, rowsPerSecond: number | null, etaSeconds: number | null, problemCount: number, error: string | null, problems: Array<{ file: string, line: number, column: number, message: string }>, summary: { dryRun: boolean, rows: number, nodesWritten: number, relationshipsWritten: number, newNodes: number, existingNodes: number, filled: number, differing: number, elapsedMs: number, stoppedAt: string | null, nodes: Array<{ name: string, count: number }>, relationships: Array<{ name: string, count: number }>, files: Array<{ file: string, kind: string, rows: number }> } | null } };

export type ImportCommitMutationVariables = Exact<{
  check: string | number;
}>;


export type ImportCommitMutation = { commitImport: { id: string, kind: ImportJobKind, status: ImportJobStatus, actor: string, files: Array<string>, mapping: string | null, checkId: string | null, commitId: string | null, startedAt: string, finishedAt: string | null, stage: string | null, rowsDone: number, rowsTotal: number | null, rowsPerSecond: number | null, etaSeconds: number | null, problemCount: number, error: string | null, problems: Array<{ file: string, line: number, column: number, message: string }>, summary: { dryRun: boolean, rows: number, nodesWritten: number, relationshipsWritten: number, newNodes: number, existingNodes: number, filled: number, differing: number, elapsedMs: number, stoppedAt: string | null, nodes: Array<{ name: string, count: number }>, relationships: Array<{ name: string, count: number }>, files: Array<{ file: string, kind: string, rows: number }> } | null } };

export type ImportJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportJobsQuery = { importJobs: Array<{ id: string, kind: ImportJobKind, status: ImportJobStatus, actor: string, files: Array<string>, mapping: string | null, checkId: string | null, commitId: string | null, startedAt: string, finishedAt: string | null, stage: string | null, rowsDone: number, rowsTotal: number | null, rowsPerSecond: number | null, etaSeconds: number | null, problemCount: number, error: string | null, problems: Array<{ file: string, line: number, column: number, message: string }>, summary: { dryRun: boolean, rows: number, nodesWritten: number, relationshipsWritten: number, newNodes: number, existingNodes: number, filled: number, differing: number, elapsedMs: number, stoppedAt: string | null, nodes: Array<{ name: string, count: number }>, relationships: Array<{ name: string, count: number }>, files: Array<{ file: string, kind: string, rows: number }> } | null }> };

export type ImportLimitQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportLimitQuery = { importUploadLimit: number };

export type CompleteMilestoneMutationVariables = Exact<{
  projectId: string | number;
  index: number;
  evidence: string;
  date: string;
}>;


export type CompleteMilestoneMutation = { completeMilestone: { id: string, name: string, status: string | null, start: string | null, end: string | null, version: number, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, participants: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, milestones: Array<{ index: number, title: string, due: string, state: MilestoneState, evidence: string | null, doneOn: string | null, onTime: boolean | null }>, escrow: { state: EscrowState, feeTotal: string, escrowPercent: number, depositDue: string, deposited: string, released: string, balancePaid: string, refunded: string, coveredByPool: string, platformCost: string, depositedOn: string | null, releasedOn: string | null, refundedOn: string | null, riskPool: { id: string, name: string, nameZh: string | null, nameEn: string | null, capital: string, paidOut: string, available: string, perProjectCap: string | null, projectCount: number, illustrative: boolean } | null } | null, introductions: Array<{ id: string, date: string, from: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, to: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, broker: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } }> } };

export type LnFragment = { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean };

export type LpFragment = { id: string, name: string, status: string | null, start: string | null, end: string | null, version: number, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, participants: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, milestones: Array<{ index: number, title: string, due: string, state: MilestoneState, evidence: string | null, doneOn: string | null, onTime: boolean | null }>, escrow: { state: EscrowState, feeTotal: string, escrowPercent: number, depositDue: string, deposited: string, released: string, balancePaid: string, refunded: string, coveredByPool: string, platformCost: string, depositedOn: string | null, releasedOn: string | null, refundedOn: string | null, riskPool: { id: string, name: string, nameZh: string | null, nameEn: string | null, capital: string, paidOut: string, available: string, perProjectCap: string | null, projectCount: number, illustrative: boolean } | null } | null, introductions: Array<{ id: string, date: string, from: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, to: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, broker: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } }> };

export type DepositEscrowMutationVariables = Exact<{
  projectId: string | number;
  date: string;
}>;


export type DepositEscrowMutation = { depositEscrow: { id: string, name: string, status: string | null, start: string | null, end: string | null, version: number, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, participants: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, milestones: Array<{ index: number, title: string, due: string, state: MilestoneState, evidence: string | null, doneOn: string | null, onTime: boolean | null }>, escrow: { state: EscrowState, feeTotal: string, escrowPercent: number, depositDue: string, deposited: string, released: string, balancePaid: string, refunded: string, coveredByPool: string, platformCost: string, depositedOn: string | null, releasedOn: string | null, refundedOn: string | null, riskPool: { id: string, name: string, nameZh: string | null, nameEn: string | null, capital: string, paidOut: string, available: string, perProjectCap: string | null, projectCount: number, illustrative: boolean } | null } | null, introductions: Array<{ id: string, date: string, from: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, to: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, broker: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } }> } };

export type FailMilestoneMutationVariables = Exact<{
  projectId: string | number;
  index: number;
  evidence: string;
  date: string;
  platformCost?: string | null | undefined;
}>;


export type FailMilestoneMutation = { failMilestone: { id: string, name: string, status: string | null, start: string | null, end: string | null, version: number, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, participants: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, milestones: Array<{ index: number, title: string, due: string, state: MilestoneState, evidence: string | null, doneOn: string | null, onTime: boolean | null }>, escrow: { state: EscrowState, feeTotal: string, escrowPercent: number, depositDue: string, deposited: string, released: string, balancePaid: string, refunded: string, coveredByPool: string, platformCost: string, depositedOn: string | null, releasedOn: string | null, refundedOn: string | null, riskPool: { id: string, name: string, nameZh: string | null, nameEn: string | null, capital: string, paidOut: string, available: string, perProjectCap: string | null, projectCount: number, illustrative: boolean } | null } | null, introductions: Array<{ id: string, date: string, from: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, to: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, broker: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } }> } };

export type LedgerIntroductionQueryVariables = Exact<{
  id: string | number;
}>;


export type LedgerIntroductionQuery = { introduction: { id: string, date: string, note: string | null, recordedBy: string, recordedAt: string, illustrative: boolean, from: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, to: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, intermediaries: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, broker: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, outcomes: Array<{ id: string, kind: OutcomeKind, date: string, note: string | null, recordedBy: string, recordedAt: string, illustrative: boolean, project: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null }> } | null };

export type LoFragment = { id: string, kind: OutcomeKind, date: string, note: string | null, recordedBy: string, recordedAt: string, illustrative: boolean, project: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null };

export type LiFragment = { id: string, date: string, note: string | null, recordedBy: string, recordedAt: string, illustrative: boolean, from: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, to: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, intermediaries: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, broker: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, outcomes: Array<{ id: string, kind: OutcomeKind, date: string, note: string | null, recordedBy: string, recordedAt: string, illustrative: boolean, project: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null }> };

export type LedgerIntroductionsQueryVariables = Exact<{
  brokerId?: string | number | null | undefined;
  firmId?: string | number | null | undefined;
  labId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  limit?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LedgerIntroductionsQuery = { introductions: { nextCursor: string | null, hasMore: boolean, totalCount: number, items: Array<{ id: string, date: string, note: string | null, recordedBy: string, recordedAt: string, illustrative: boolean, from: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, to: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, intermediaries: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, broker: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, outcomes: Array<{ id: string, kind: OutcomeKind, date: string, note: string | null, recordedBy: string, recordedAt: string, illustrative: boolean, project: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null }> }> } };

export type LedgerProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type LedgerProjectQuery = { project: { id: string, name: string, status: string | null, start: string | null, end: string | null, version: number, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, participants: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, milestones: Array<{ index: number, title: string, due: string, state: MilestoneState, evidence: string | null, doneOn: string | null, onTime: boolean | null }>, escrow: { state: EscrowState, feeTotal: string, escrowPercent: number, depositDue: string, deposited: string, released: string, balancePaid: string, refunded: string, coveredByPool: string, platformCost: string, depositedOn: string | null, releasedOn: string | null, refundedOn: string | null, riskPool: { id: string, name: string, nameZh: string | null, nameEn: string | null, capital: string, paidOut: string, available: string, perProjectCap: string | null, projectCount: number, illustrative: boolean } | null } | null, introductions: Array<{ id: string, date: string, from: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, to: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, broker: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } }> } | null };

export type RecordIntroductionMutationVariables = Exact<{
  from: string | number;
  to: string | number;
  intermediaries: Array<string | number> | string | number;
  brokerId: string | number;
  date: string;
  note?: string | null | undefined;
}>;


export type RecordIntroductionMutation = { recordIntroduction: { id: string, date: string, note: string | null, recordedBy: string, recordedAt: string, illustrative: boolean, from: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, to: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, intermediaries: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, broker: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, outcomes: Array<{ id: string, kind: OutcomeKind, date: string, note: string | null, recordedBy: string, recordedAt: string, illustrative: boolean, project: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null }> } };

export type RecordOutcomeMutationVariables = Exact<{
  introductionId: string | number;
  kind: OutcomeKind;
  date: string;
  projectId?: string | number | null | undefined;
  note?: string | null | undefined;
}>;


export type RecordOutcomeMutation = { recordOutcome: { id: string, date: string, note: string | null, recordedBy: string, recordedAt: string, illustrative: boolean, from: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, to: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, intermediaries: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, broker: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, outcomes: Array<{ id: string, kind: OutcomeKind, date: string, note: string | null, recordedBy: string, recordedAt: string, illustrative: boolean, project: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null }> } };

export type TrackRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type TrackRecordQuery = { trackRecord: { asOf: string, introductions: number, asBroker: number, asIntermediary: number, successful: number, becameProjects: number, milestonesDone: number, milestonesOnTime: number, milestonesFailed: number, escrowReleased: number, escrowRefunded: number, score: number, evidence: number, reason: string | null, subject: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, outcomes: Array<{ kind: OutcomeKind, count: number }>, byQuarter: Array<{ quarter: string, introductions: number, meetings: number, projects: number, contracts: number, hires: number, noFit: number }> } };

export type LensRegionFragilityQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
}>;


export type LensRegionFragilityQuery = { regionFragility: { people: number, pairs: number, fragilePairs: number, hopBound: number, truncated: boolean, scope: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, brokers: Array<{ pairsCarried: number, pairsInvolved: number, reasons: Array<string>, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, pairs: Array<{ connections: number, firm: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, lab: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } }>, reasonDetails: Array<{ code: string, zh: string, en: string }> }> } };

export type LensNFragment = { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean };

export type LensRegionGapsQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
}>;


export type LensRegionGapsQuery = { regionGaps: { homeRegionCount: number, reasons: Array<string>, region: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }>, needs: Array<{ weight: number, localPeople: number, covered: boolean, techArea: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, firms: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, demands: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, localLabs: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }> }>, gaps: Array<{ diasporaTotal: number, onlyFromAbroad: boolean, reasons: Array<string>, need: { weight: number, localPeople: number, covered: boolean, techArea: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, firms: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }> }, outsideLabs: Array<{ abroad: boolean, experts: number, homeLinks: number, reasons: Array<string>, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, place: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, country: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, reasonDetails: Array<{ code: string, zh: string, en: string }>, bridges: Array<{ reasons: Array<string>, intermediaries: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, firm: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, lab: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }> }> }>, diaspora: Array<{ abroad: boolean, reasons: Array<string>, node: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, residence: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, country: { id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, homeTies: Array<{ id: string, type: NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, reasonDetails: Array<{ code: string, zh: string, en: string }> }>, reasonDetails: Array<{ code: string, zh: string, en: string }> }> } };
