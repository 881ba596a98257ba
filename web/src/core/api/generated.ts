// Generated from server/schema/*.graphql by `npm run codegen`. Do not edit by hand (eslint skips it).
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as S from '../../../../server/generated/schema-types.js';

export type DeskAdmitMutationVariables = Exact<{
  personId: string | number;
  poolId: string | number;
  scores: Array<S.DimensionScoreInput> | S.DimensionScoreInput;
  tags?: Array<string> | string | null | undefined;
}>;


export type DeskAdmitMutation = { admitToPool: { dimensions: Array<string>, averageScore: number | null, tags: Array<string>, admittedOn: string | null, admittedBy: string | null, leftOn: string | null, illustrative: boolean, person: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, pool: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, scores: Array<{ dimension: string, score: number }> } };

export type DeskNFragment = { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean };

export type DeskMemberFragment = { dimensions: Array<string>, averageScore: number | null, tags: Array<string>, admittedOn: string | null, admittedBy: string | null, leftOn: string | null, illustrative: boolean, person: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, pool: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, scores: Array<{ dimension: string, score: number }> };

export type DeskAnswerMutationVariables = Exact<{
  demandId: string | number;
  message?: string | null | undefined;
  expectedVersion?: number | null | undefined;
}>;


export type DeskAnswerMutation = { answerDemand: { id: string, name: string, status: S.DemandStatus, postedAt: string, responseDue: string, answeredAt: string | null, answeredBy: string | null, answerMessage: string | null, closedAt: string | null, withdrawReason: string | null, hoursLeft: number | null, overdue: boolean, late: boolean, hoursToAnswer: number | null, answeredInTime: boolean | null, shortlistSize: number, acceptedCount: number, version: number, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> }, firm: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, region: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, pool: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, techAreas: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, shortlist: Array<{ rank: number, score: number, reasons: Array<string>, proposedBy: string, proposedAt: string, note: string | null, response: S.CandidateResponse | null, responseNote: string | null, respondedAt: string | null, person: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }> }>, timeline: Array<{ at: string, kind: string, actor: string | null, personId: string | null }>, history: Array<{ at: string, actor: string, operation: string, fields: Array<string>, status: string, errorCodes: Array<string>, variables: string | null }> } };

export type DeskNpFragment = { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> };

export type DeskDemandFullFragment = { id: string, name: string, status: S.DemandStatus, postedAt: string, responseDue: string, answeredAt: string | null, answeredBy: string | null, answerMessage: string | null, closedAt: string | null, withdrawReason: string | null, hoursLeft: number | null, overdue: boolean, late: boolean, hoursToAnswer: number | null, answeredInTime: boolean | null, shortlistSize: number, acceptedCount: number, version: number, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> }, firm: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, region: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, pool: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, techAreas: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, shortlist: Array<{ rank: number, score: number, reasons: Array<string>, proposedBy: string, proposedAt: string, note: string | null, response: S.CandidateResponse | null, responseNote: string | null, respondedAt: string | null, person: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }> }>, timeline: Array<{ at: string, kind: string, actor: string | null, personId: string | null }>, history: Array<{ at: string, actor: string, operation: string, fields: Array<string>, status: string, errorCodes: Array<string>, variables: string | null }> };

export type DeskDemandQueryVariables = Exact<{
  id: string | number;
}>;


export type DeskDemandQuery = { demand: { id: string, name: string, status: S.DemandStatus, postedAt: string, responseDue: string, answeredAt: string | null, answeredBy: string | null, answerMessage: string | null, closedAt: string | null, withdrawReason: string | null, hoursLeft: number | null, overdue: boolean, late: boolean, hoursToAnswer: number | null, answeredInTime: boolean | null, shortlistSize: number, acceptedCount: number, version: number, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> }, firm: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, region: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, pool: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, techAreas: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, shortlist: Array<{ rank: number, score: number, reasons: Array<string>, proposedBy: string, proposedAt: string, note: string | null, response: S.CandidateResponse | null, responseNote: string | null, respondedAt: string | null, person: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }> }>, timeline: Array<{ at: string, kind: string, actor: string | null, personId: string | null }>, history: Array<{ at: string, actor: string, operation: string, fields: Array<string>, status: string, errorCodes: Array<string>, variables: string | null }> } };

export type DeskLeaveMutationVariables = Exact<{
  personId: string | number;
  poolId: string | number;
}>;


export type DeskLeaveMutation = { leavePool: { dimensions: Array<string>, averageScore: number | null, tags: Array<string>, admittedOn: string | null, admittedBy: string | null, leftOn: string | null, illustrative: boolean, person: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, pool: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, scores: Array<{ dimension: string, score: number }> } };

export type DeskPoolQueryVariables = Exact<{
  id: string | number;
}>;


export type DeskPoolQuery = { node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> } | null };

export type DeskPoolMembersQueryVariables = Exact<{
  poolId: string | number;
  tags?: Array<string> | string | null | undefined;
  minScores?: Array<S.DimensionScoreInput> | S.DimensionScoreInput | null | undefined;
  limit?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DeskPoolMembersQuery = { poolMembers: { nextCursor: string | null, total: number, items: Array<{ dimensions: Array<string>, averageScore: number | null, tags: Array<string>, admittedOn: string | null, admittedBy: string | null, leftOn: string | null, illustrative: boolean, person: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, pool: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, scores: Array<{ dimension: string, score: number }> }> } };

export type DeskProposeMutationVariables = Exact<{
  demandId: string | number;
  personIds: Array<string | number> | string | number;
  expectedVersion?: number | null | undefined;
}>;


export type DeskProposeMutation = { proposeCandidates: { id: string, name: string, status: S.DemandStatus, postedAt: string, responseDue: string, answeredAt: string | null, answeredBy: string | null, answerMessage: string | null, closedAt: string | null, withdrawReason: string | null, hoursLeft: number | null, overdue: boolean, late: boolean, hoursToAnswer: number | null, answeredInTime: boolean | null, shortlistSize: number, acceptedCount: number, version: number, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> }, firm: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, region: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, pool: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, techAreas: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, shortlist: Array<{ rank: number, score: number, reasons: Array<string>, proposedBy: string, proposedAt: string, note: string | null, response: S.CandidateResponse | null, responseNote: string | null, respondedAt: string | null, person: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }> }>, timeline: Array<{ at: string, kind: string, actor: string | null, personId: string | null }>, history: Array<{ at: string, actor: string, operation: string, fields: Array<string>, status: string, errorCodes: Array<string>, variables: string | null }> } };

export type DeskQueueQueryVariables = Exact<{
  scopeId?: string | number | null | undefined;
  status?: Array<S.DemandStatus> | S.DemandStatus | null | undefined;
  dueBefore?: string | null | undefined;
  limit?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DeskQueueQuery = { demandDesk: { nextCursor: string | null, total: number, items: Array<{ id: string, name: string, status: S.DemandStatus, postedAt: string, responseDue: string, answeredAt: string | null, closedAt: string | null, hoursLeft: number | null, overdue: boolean, late: boolean, answeredInTime: boolean | null, hoursToAnswer: number | null, shortlistSize: number, acceptedCount: number, version: number, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, firm: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, region: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, pool: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null }> } };

export type DeskItemFragment = { id: string, name: string, status: S.DemandStatus, postedAt: string, responseDue: string, answeredAt: string | null, closedAt: string | null, hoursLeft: number | null, overdue: boolean, late: boolean, answeredInTime: boolean | null, hoursToAnswer: number | null, shortlistSize: number, acceptedCount: number, version: number, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, firm: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, region: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, pool: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null };

export type DeskRankedQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
}>;


export type DeskRankedQuery = { recommendTalents: Array<{ score: number, reasons: Array<string>, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }> }> };

export type DeskRemoveMutationVariables = Exact<{
  demandId: string | number;
  personId: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type DeskRemoveMutation = { removeCandidate: { id: string, name: string, status: S.DemandStatus, postedAt: string, responseDue: string, answeredAt: string | null, answeredBy: string | null, answerMessage: string | null, closedAt: string | null, withdrawReason: string | null, hoursLeft: number | null, overdue: boolean, late: boolean, hoursToAnswer: number | null, answeredInTime: boolean | null, shortlistSize: number, acceptedCount: number, version: number, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> }, firm: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, region: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, pool: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, techAreas: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, shortlist: Array<{ rank: number, score: number, reasons: Array<string>, proposedBy: string, proposedAt: string, note: string | null, response: S.CandidateResponse | null, responseNote: string | null, respondedAt: string | null, person: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }> }>, timeline: Array<{ at: string, kind: string, actor: string | null, personId: string | null }>, history: Array<{ at: string, actor: string, operation: string, fields: Array<string>, status: string, errorCodes: Array<string>, variables: string | null }> } };

export type DeskReorderMutationVariables = Exact<{
  demandId: string | number;
  personIds: Array<string | number> | string | number;
  expectedVersion?: number | null | undefined;
}>;


export type DeskReorderMutation = { reorderShortlist: { id: string, name: string, status: S.DemandStatus, postedAt: string, responseDue: string, answeredAt: string | null, answeredBy: string | null, answerMessage: string | null, closedAt: string | null, withdrawReason: string | null, hoursLeft: number | null, overdue: boolean, late: boolean, hoursToAnswer: number | null, answeredInTime: boolean | null, shortlistSize: number, acceptedCount: number, version: number, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> }, firm: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, region: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, pool: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, techAreas: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, shortlist: Array<{ rank: number, score: number, reasons: Array<string>, proposedBy: string, proposedAt: string, note: string | null, response: S.CandidateResponse | null, responseNote: string | null, respondedAt: string | null, person: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }> }>, timeline: Array<{ at: string, kind: string, actor: string | null, personId: string | null }>, history: Array<{ at: string, actor: string, operation: string, fields: Array<string>, status: string, errorCodes: Array<string>, variables: string | null }> } };

export type DeskRespondMutationVariables = Exact<{
  demandId: string | number;
  personId: string | number;
  accepted: boolean;
  note?: string | null | undefined;
  expectedVersion?: number | null | undefined;
}>;


export type DeskRespondMutation = { recordFirmResponse: { id: string, name: string, status: S.DemandStatus, postedAt: string, responseDue: string, answeredAt: string | null, answeredBy: string | null, answerMessage: string | null, closedAt: string | null, withdrawReason: string | null, hoursLeft: number | null, overdue: boolean, late: boolean, hoursToAnswer: number | null, answeredInTime: boolean | null, shortlistSize: number, acceptedCount: number, version: number, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> }, firm: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, region: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, pool: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, techAreas: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, shortlist: Array<{ rank: number, score: number, reasons: Array<string>, proposedBy: string, proposedAt: string, note: string | null, response: S.CandidateResponse | null, responseNote: string | null, respondedAt: string | null, person: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }> }>, timeline: Array<{ at: string, kind: string, actor: string | null, personId: string | null }>, history: Array<{ at: string, actor: string, operation: string, fields: Array<string>, status: string, errorCodes: Array<string>, variables: string | null }> } };

export type DeskStatsQueryVariables = Exact<{
  scopeId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  groupBy?: S.DeskGroupBy | null | undefined;
}>;


export type DeskStatsQuery = { deskStats: { from: string | null, to: string, asOf: string, groupBy: S.DeskGroupBy | null, total: { posted: number, answered: number, answeredInTime: number, answeredLate: number, inTimeShare: number | null, medianHoursToAnswer: number | null, p90HoursToAnswer: number | null, accepted: number, declined: number, withdrawn: number, acceptanceRate: number | null, open: number, overdue: number }, groups: Array<{ key: string, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, figures: { posted: number, answered: number, answeredInTime: number, answeredLate: number, inTimeShare: number | null, medianHoursToAnswer: number | null, p90HoursToAnswer: number | null, accepted: number, declined: number, withdrawn: number, acceptanceRate: number | null, open: number, overdue: number } }> } };

export type DeskFigFragment = { posted: number, answered: number, answeredInTime: number, answeredLate: number, inTimeShare: number | null, medianHoursToAnswer: number | null, p90HoursToAnswer: number | null, accepted: number, declined: number, withdrawn: number, acceptanceRate: number | null, open: number, overdue: number };

export type DeskWithdrawMutationVariables = Exact<{
  demandId: string | number;
  reason?: string | null | undefined;
  expectedVersion?: number | null | undefined;
}>;


export type DeskWithdrawMutation = { withdrawDemand: { id: string, name: string, status: S.DemandStatus, postedAt: string, responseDue: string, answeredAt: string | null, answeredBy: string | null, answerMessage: string | null, closedAt: string | null, withdrawReason: string | null, hoursLeft: number | null, overdue: boolean, late: boolean, hoursToAnswer: number | null, answeredInTime: boolean | null, shortlistSize: number, acceptedCount: number, version: number, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> }, firm: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, region: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, pool: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, techAreas: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, shortlist: Array<{ rank: number, score: number, reasons: Array<string>, proposedBy: string, proposedAt: string, note: string | null, response: S.CandidateResponse | null, responseNote: string | null, respondedAt: string | null, person: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }> }>, timeline: Array<{ at: string, kind: string, actor: string | null, personId: string | null }>, history: Array<{ at: string, actor: string, operation: string, fields: Array<string>, status: string, errorCodes: Array<string>, variables: string | null }> } };

export type BridgesQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxIntermediaries?: number | null | undefined;
  asOf?: string | null | undefined;
  limit?: number | null | undefined;
  kinds?: Array<S.BridgeIntermediary> | S.BridgeIntermediary | null | undefined;
}>;


export type BridgesQuery = { bridges: Array<{ kind: S.BridgeKind, score: number, reasons: Array<string>, reasonDetails: Array<{ code: string, zh: string, en: string }>, scoreParts: Array<{ code: string, value: number, weight: number }>, intermediaries: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, carriers: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, path: { length: number, weight: number, nodes: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, relationships: Array<{ id: string, type: string, from: string, to: string, direction: S.Direction, properties: Record<string, unknown> }> } }> };

export type NFragment = { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean };

export type RFragment = { id: string, type: string, from: string, to: string, direction: S.Direction, properties: Record<string, unknown> };

export type PFragment = { length: number, weight: number, nodes: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, relationships: Array<{ id: string, type: string, from: string, to: string, direction: S.Direction, properties: Record<string, unknown> }> };

export type BrokersQueryVariables = Exact<{
  scope?: string | number | null | undefined;
  limit?: number | null | undefined;
}>;


export type BrokersQuery = { brokers: Array<{ betweenness: number, normalised: number, community: number, communitySize: number, rank: number, degree: number, bridgedCommunities: number, reasons: Array<string>, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } }> };

export type DiasporaQueryVariables = Exact<{
  origin: string | number;
  techArea?: string | number | null | undefined;
  limit?: number | null | undefined;
  after?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type DiasporaQuery = { diaspora: { homeRegionCount: number, total: number, listed: number, truncated: boolean, offset: number, nextCursor: string | null, tiesTruncated: boolean, origin: { properties: Record<string, unknown>, id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, techArea: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, expertise: Array<{ count: number, techArea: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } }>, countries: Array<{ count: number, country: { properties: Record<string, unknown>, id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, expertise: Array<{ count: number, techArea: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } }>, cities: Array<{ count: number, city: { properties: Record<string, unknown>, id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, people: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, expertise: Array<{ count: number, techArea: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } }> }> }>, ties: Array<{ id: string, type: string, from: string, to: string, direction: S.Direction, properties: Record<string, unknown> }>, homeOrganisations: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }> } };

export type FragilityQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
  relTypes?: Array<string> | string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type FragilityQuery = { fragility: { maxHops: number, connected: boolean, shortestLength: number | null, corridorSize: number, singlePointOfFailure: boolean, reasons: Array<string>, reasonDetails: Array<{ code: string, zh: string, en: string }>, paths: Array<{ length: number }>, bridges: Array<{ kind: S.BridgeKind }>, critical: Array<{ cutsAllPaths: boolean, cutsAllBridges: boolean, singlePointOfFailure: boolean, pathsLost: number, bridgesLost: number, reasons: Array<string>, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }>, remainingPath: { length: number, nodes: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }> } | null, remainingBridge: { kind: S.BridgeKind, intermediaries: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }> } | null }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, role: S.ViewerRole, seesContactDetails: boolean, canChange: boolean } };

export type NeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  relTypes?: Array<string> | string | null | undefined;
  limitPerType?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { nodeCount: number, edgeCount: number, totalNeighbours: number, root: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, nodes: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, edges: Array<{ id: string, type: string, from: string, to: string, direction: S.Direction, properties: Record<string, unknown> }>, distances: Array<{ id: string, depth: number }>, totals: Array<{ kind: S.CountKind, type: string, count: number }>, truncated: Array<{ kind: S.CountKind, type: string, count: number }> } };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> } | null };

export type DFragment = { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> };

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


export type PathsQuery = { paths: Array<{ length: number, weight: number, diversity: { requested: number, found: number, complete: boolean, upperBound: number | null, reasons: Array<string>, reasonDetails: Array<{ code: string, zh: string, en: string }> } | null, nodes: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, relationships: Array<{ id: string, type: string, from: string, to: string, direction: S.Direction, properties: Record<string, unknown> }> }> };

export type PostDemandMutationVariables = Exact<{
  enterpriseId: string | number;
  techAreas: Array<string | number> | string | number;
  regionId: string | number;
  description: string;
  name?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type PostDemandMutation = { postDemand: { postedAt: string, responseDue: string, demand: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean, properties: Record<string, unknown> }, matches: Array<{ score: number, reasons: Array<string>, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }>, scoreParts: Array<{ code: string, value: number, weight: number }>, related: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, path: { length: number, weight: number, nodes: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, relationships: Array<{ id: string, type: string, from: string, to: string, direction: S.Direction, properties: Record<string, unknown> }> } | null }> } };

export type RecFragment = { score: number, reasons: Array<string>, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }>, scoreParts: Array<{ code: string, value: number, weight: number }>, related: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, path: { length: number, weight: number, nodes: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, relationships: Array<{ id: string, type: string, from: string, to: string, direction: S.Direction, properties: Record<string, unknown> }> } | null };

export type RecommendCollaboratorsQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
}>;


export type RecommendCollaboratorsQuery = { recommendCollaborators: Array<{ score: number, reasons: Array<string>, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }>, scoreParts: Array<{ code: string, value: number, weight: number }>, related: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, path: { length: number, weight: number, nodes: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, relationships: Array<{ id: string, type: string, from: string, to: string, direction: S.Direction, properties: Record<string, unknown> }> } | null }> };

export type RecommendLabsQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
}>;


export type RecommendLabsQuery = { recommendLabs: Array<{ score: number, reasons: Array<string>, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }>, scoreParts: Array<{ code: string, value: number, weight: number }>, related: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, path: { length: number, weight: number, nodes: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, relationships: Array<{ id: string, type: string, from: string, to: string, direction: S.Direction, properties: Record<string, unknown> }> } | null }> };

export type RecommendTalentsQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
}>;


export type RecommendTalentsQuery = { recommendTalents: Array<{ score: number, reasons: Array<string>, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }>, scoreParts: Array<{ code: string, value: number, weight: number }>, related: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, path: { length: number, weight: number, nodes: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, relationships: Array<{ id: string, type: string, from: string, to: string, direction: S.Direction, properties: Record<string, unknown> }> } | null }> };

export type SearchQueryVariables = Exact<{
  text: string;
  types?: Array<S.NodeType> | S.NodeType | null | undefined;
  limit?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, matched: string | null, matchedField: string | null, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } }> };

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
  input: S.CompetitionInput;
}>;


export type EditUpsertCompetitionMutation = { upsertCompetition: { id: string } };

export type EditUpsertDemandMutationVariables = Exact<{
  input: S.DemandInput;
}>;


export type EditUpsertDemandMutation = { upsertDemand: { id: string } };

export type EditUpsertEnterpriseMutationVariables = Exact<{
  input: S.EnterpriseInput;
}>;


export type EditUpsertEnterpriseMutation = { upsertEnterprise: { id: string } };

export type EditUpsertLabMutationVariables = Exact<{
  input: S.LabInput;
}>;


export type EditUpsertLabMutation = { upsertLab: { id: string } };

export type EditUpsertOrganisationMutationVariables = Exact<{
  input: S.OrganisationInput;
}>;


export type EditUpsertOrganisationMutation = { upsertOrganisation: { id: string } };

export type EditUpsertPersonMutationVariables = Exact<{
  input: S.PersonInput;
}>;


export type EditUpsertPersonMutation = { upsertPerson: { id: string } };

export type EditUpsertProjectMutationVariables = Exact<{
  input: S.ProjectInput;
}>;


export type EditUpsertProjectMutation = { upsertProject: { id: string } };

export type EditUpsertRegionMutationVariables = Exact<{
  input: S.RegionInput;
}>;


export type EditUpsertRegionMutation = { upsertRegion: { id: string } };

export type EditUpsertTalentPoolMutationVariables = Exact<{
  input: S.TalentPoolInput;
}>;


export type EditUpsertTalentPoolMutation = { upsertTalentPool: { id: string } };

export type EditUpsertTechAreaMutationVariables = Exact<{
  input: S.TechAreaInput;
}>;


export type EditUpsertTechAreaMutation = { upsertTechArea: { id: string } };

export type ImportCheckMutationVariables = Exact<{
  uploads: Array<string | number> | string | number;
  mapping?: string | number | null | undefined;
  shippedMapping?: string | number | null | undefined;
}>;


export type ImportCheckMutation = { checkImport: { id: string, kind: S.ImportJobKind, status: S.ImportJobStatus, actor: string, files: Array<string>, mapping: string | null, checkId: string | null, commitId: string | null, startedAt: string, finishedAt: string | null, stage: string | null, rowsDone: number, rowsTotal: number | null, rowsPerSecond: number | null, etaSeconds: number | null, problemCount: number, error: string | null, problems: Array<{ file: string, line: number, column: number, message: string }>, summary: { dryRun: boolean, rows: number, nodesWritten: number, relationshipsWritten: number, newNodes: number, existingNodes: number, existingTies: number, filled: number, differing: number, elapsedMs: number, stoppedAt: string | null, ignoredFiles: Array<string>, differences: Array<{ subject: string, property: string, stored: string, incoming: string, at: string }>, nodes: Array<{ name: string, count: number }>, relationships: Array<{ name: string, count: number }>, files: Array<{ file: string, kind: string, rows: number }> } | null } };

export type ImportCommitMutationVariables = Exact<{
  check: string | number;
}>;


export type ImportCommitMutation = { commitImport: { id: string, kind: S.ImportJobKind, status: S.ImportJobStatus, actor: string, files: Array<string>, mapping: string | null, checkId: string | null, commitId: string | null, startedAt: string, finishedAt: string | null, stage: string | null, rowsDone: number, rowsTotal: number | null, rowsPerSecond: number | null, etaSeconds: number | null, problemCount: number, error: string | null, problems: Array<{ file: string, line: number, column: number, message: string }>, summary: { dryRun: boolean, rows: number, nodesWritten: number, relationshipsWritten: number, newNodes: number, existingNodes: number, existingTies: number, filled: number, differing: number, elapsedMs: number, stoppedAt: string | null, ignoredFiles: Array<string>, differences: Array<{ subject: string, property: string, stored: string, incoming: string, at: string }>, nodes: Array<{ name: string, count: number }>, relationships: Array<{ name: string, count: number }>, files: Array<{ file: string, kind: string, rows: number }> } | null } };

export type ImportJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportJobsQuery = { importJobs: Array<{ id: string, kind: S.ImportJobKind, status: S.ImportJobStatus, actor: string, files: Array<string>, mapping: string | null, checkId: string | null, commitId: string | null, startedAt: string, finishedAt: string | null, stage: string | null, rowsDone: number, rowsTotal: number | null, rowsPerSecond: number | null, etaSeconds: number | null, problemCount: number, error: string | null, problems: Array<{ file: string, line: number, column: number, message: string }>, summary: { dryRun: boolean, rows: number, nodesWritten: number, relationshipsWritten: number, newNodes: number, existingNodes: number, existingTies: number, filled: number, differing: number, elapsedMs: number, stoppedAt: string | null, ignoredFiles: Array<string>, differences: Array<{ subject: string, property: string, stored: string, incoming: string, at: string }>, nodes: Array<{ name: string, count: number }>, relationships: Array<{ name: string, count: number }>, files: Array<{ file: string, kind: string, rows: number }> } | null }> };

export type ImportLimitQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportLimitQuery = { importUploadLimit: number };

export type ImportMappingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportMappingsQuery = { importMappings: Array<{ id: string, name: string, description: string | null }> };

export type ImportSuggestQueryVariables = Exact<{
  uploads: Array<string | number> | string | number;
}>;


export type ImportSuggestQuery = { suggestImportMappings: Array<{ score: number, mapping: { id: string, name: string, description: string | null } | null, files: Array<{ file: string, entry: string | null, skipped: boolean, sheet: string | null, headerLine: number | null, encoding: string | null, found: Array<string>, missing: Array<string>, problem: string | null }> }> };

export type CompleteMilestoneMutationVariables = Exact<{
  projectId: string | number;
  index: number;
  evidence: string;
  date: string;
}>;


export type CompleteMilestoneMutation = { completeMilestone: { id: string, name: string, status: string | null, start: string | null, end: string | null, version: number, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, participants: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, milestones: Array<{ index: number, title: string, due: string, state: S.MilestoneState, evidence: string | null, doneOn: string | null, onTime: boolean | null }>, escrow: { state: S.EscrowState, feeTotal: string, escrowPercent: number, depositDue: string, deposited: string, released: string, balancePaid: string, refunded: string, coveredByPool: string, platformCost: string, depositedOn: string | null, releasedOn: string | null, refundedOn: string | null, riskPool: { id: string, name: string, nameZh: string | null, nameEn: string | null, capital: string, paidOut: string, available: string, perProjectCap: string | null, projectCount: number, illustrative: boolean } | null } | null, introductions: Array<{ id: string, date: string, from: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, to: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, broker: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } }> } };

export type LnFragment = { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean };

export type LpFragment = { id: string, name: string, status: string | null, start: string | null, end: string | null, version: number, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, participants: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, milestones: Array<{ index: number, title: string, due: string, state: S.MilestoneState, evidence: string | null, doneOn: string | null, onTime: boolean | null }>, escrow: { state: S.EscrowState, feeTotal: string, escrowPercent: number, depositDue: string, deposited: string, released: string, balancePaid: string, refunded: string, coveredByPool: string, platformCost: string, depositedOn: string | null, releasedOn: string | null, refundedOn: string | null, riskPool: { id: string, name: string, nameZh: string | null, nameEn: string | null, capital: string, paidOut: string, available: string, perProjectCap: string | null, projectCount: number, illustrative: boolean } | null } | null, introductions: Array<{ id: string, date: string, from: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, to: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, broker: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } }> };

export type DepositEscrowMutationVariables = Exact<{
  projectId: string | number;
  date: string;
}>;


export type DepositEscrowMutation = { depositEscrow: { id: string, name: string, status: string | null, start: string | null, end: string | null, version: number, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, participants: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, milestones: Array<{ index: number, title: string, due: string, state: S.MilestoneState, evidence: string | null, doneOn: string | null, onTime: boolean | null }>, escrow: { state: S.EscrowState, feeTotal: string, escrowPercent: number, depositDue: string, deposited: string, released: string, balancePaid: string, refunded: string, coveredByPool: string, platformCost: string, depositedOn: string | null, releasedOn: string | null, refundedOn: string | null, riskPool: { id: string, name: string, nameZh: string | null, nameEn: string | null, capital: string, paidOut: string, available: string, perProjectCap: string | null, projectCount: number, illustrative: boolean } | null } | null, introductions: Array<{ id: string, date: string, from: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, to: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, broker: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } }> } };

export type FailMilestoneMutationVariables = Exact<{
  projectId: string | number;
  index: number;
  evidence: string;
  date: string;
  platformCost?: string | null | undefined;
}>;


export type FailMilestoneMutation = { failMilestone: { id: string, name: string, status: string | null, start: string | null, end: string | null, version: number, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, participants: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, milestones: Array<{ index: number, title: string, due: string, state: S.MilestoneState, evidence: string | null, doneOn: string | null, onTime: boolean | null }>, escrow: { state: S.EscrowState, feeTotal: string, escrowPercent: number, depositDue: string, deposited: string, released: string, balancePaid: string, refunded: string, coveredByPool: string, platformCost: string, depositedOn: string | null, releasedOn: string | null, refundedOn: string | null, riskPool: { id: string, name: string, nameZh: string | null, nameEn: string | null, capital: string, paidOut: string, available: string, perProjectCap: string | null, projectCount: number, illustrative: boolean } | null } | null, introductions: Array<{ id: string, date: string, from: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, to: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, broker: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } }> } };

export type LedgerIntroductionQueryVariables = Exact<{
  id: string | number;
}>;


export type LedgerIntroductionQuery = { introduction: { id: string, date: string, note: string | null, recordedBy: string, recordedAt: string, illustrative: boolean, from: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, to: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, intermediaries: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, broker: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, outcomes: Array<{ id: string, kind: S.OutcomeKind, date: string, note: string | null, recordedBy: string, recordedAt: string, illustrative: boolean, project: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null }> } | null };

export type LoFragment = { id: string, kind: S.OutcomeKind, date: string, note: string | null, recordedBy: string, recordedAt: string, illustrative: boolean, project: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null };

export type LiFragment = { id: string, date: string, note: string | null, recordedBy: string, recordedAt: string, illustrative: boolean, from: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, to: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, intermediaries: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, broker: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, outcomes: Array<{ id: string, kind: S.OutcomeKind, date: string, note: string | null, recordedBy: string, recordedAt: string, illustrative: boolean, project: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null }> };

export type LedgerIntroductionsQueryVariables = Exact<{
  brokerId?: string | number | null | undefined;
  firmId?: string | number | null | undefined;
  labId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  limit?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LedgerIntroductionsQuery = { introductions: { nextCursor: string | null, hasMore: boolean, totalCount: number, items: Array<{ id: string, date: string, note: string | null, recordedBy: string, recordedAt: string, illustrative: boolean, from: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, to: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, intermediaries: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, broker: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, outcomes: Array<{ id: string, kind: S.OutcomeKind, date: string, note: string | null, recordedBy: string, recordedAt: string, illustrative: boolean, project: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null }> }> } };

export type LedgerProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type LedgerProjectQuery = { project: { id: string, name: string, status: string | null, start: string | null, end: string | null, version: number, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, participants: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, milestones: Array<{ index: number, title: string, due: string, state: S.MilestoneState, evidence: string | null, doneOn: string | null, onTime: boolean | null }>, escrow: { state: S.EscrowState, feeTotal: string, escrowPercent: number, depositDue: string, deposited: string, released: string, balancePaid: string, refunded: string, coveredByPool: string, platformCost: string, depositedOn: string | null, releasedOn: string | null, refundedOn: string | null, riskPool: { id: string, name: string, nameZh: string | null, nameEn: string | null, capital: string, paidOut: string, available: string, perProjectCap: string | null, projectCount: number, illustrative: boolean } | null } | null, introductions: Array<{ id: string, date: string, from: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, to: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, broker: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } }> } | null };

export type RecordIntroductionMutationVariables = Exact<{
  from: string | number;
  to: string | number;
  intermediaries: Array<string | number> | string | number;
  brokerId: string | number;
  date: string;
  note?: string | null | undefined;
}>;


export type RecordIntroductionMutation = { recordIntroduction: { id: string, date: string, note: string | null, recordedBy: string, recordedAt: string, illustrative: boolean, from: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, to: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, intermediaries: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, broker: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, outcomes: Array<{ id: string, kind: S.OutcomeKind, date: string, note: string | null, recordedBy: string, recordedAt: string, illustrative: boolean, project: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null }> } };

export type RecordOutcomeMutationVariables = Exact<{
  introductionId: string | number;
  kind: S.OutcomeKind;
  date: string;
  projectId?: string | number | null | undefined;
  note?: string | null | undefined;
}>;


export type RecordOutcomeMutation = { recordOutcome: { id: string, date: string, note: string | null, recordedBy: string, recordedAt: string, illustrative: boolean, from: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, to: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, intermediaries: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, broker: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, outcomes: Array<{ id: string, kind: S.OutcomeKind, date: string, note: string | null, recordedBy: string, recordedAt: string, illustrative: boolean, project: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null }> } };

export type TrackRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type TrackRecordQuery = { trackRecord: { asOf: string, introductions: number, asBroker: number, asIntermediary: number, successful: number, becameProjects: number, milestonesDone: number, milestonesOnTime: number, milestonesFailed: number, escrowReleased: number, escrowRefunded: number, score: number, evidence: number, reason: string | null, subject: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, outcomes: Array<{ kind: S.OutcomeKind, count: number }>, byQuarter: Array<{ quarter: string, introductions: number, meetings: number, projects: number, contracts: number, hires: number, noFit: number }> } };

export type LensRegionFragilityQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
}>;


export type LensRegionFragilityQuery = { regionFragility: { people: number, pairs: number, fragilePairs: number, hopBound: number, truncated: boolean, scope: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, brokers: Array<{ pairsCarried: number, pairsInvolved: number, reasons: Array<string>, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, pairs: Array<{ connections: number, firm: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, lab: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } }>, reasonDetails: Array<{ code: string, zh: string, en: string }> }> } };

export type LensNFragment = { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean };

export type LensRegionGapsQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
}>;


export type LensRegionGapsQuery = { regionGaps: { homeRegionCount: number, reasons: Array<string>, region: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }>, needs: Array<{ weight: number, localPeople: number, covered: boolean, techArea: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, firms: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, demands: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, localLabs: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }> }>, gaps: Array<{ diasporaTotal: number, onlyFromAbroad: boolean, reasons: Array<string>, need: { weight: number, localPeople: number, covered: boolean, techArea: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, firms: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }> }, outsideLabs: Array<{ abroad: boolean, experts: number, homeLinks: number, reasons: Array<string>, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, place: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, country: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, reasonDetails: Array<{ code: string, zh: string, en: string }>, bridges: Array<{ reasons: Array<string>, intermediaries: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, firm: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, lab: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, reasonDetails: Array<{ code: string, zh: string, en: string }> }> }>, diaspora: Array<{ abroad: boolean, reasons: Array<string>, node: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }, residence: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, country: { id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean } | null, homeTies: Array<{ id: string, type: S.NodeType, labels: Array<string>, name: string, nameZh: string | null, nameEn: string | null, illustrative: boolean }>, reasonDetails: Array<{ code: string, zh: string, en: string }> }>, reasonDetails: Array<{ code: string, zh: string, en: string }> }> } };
