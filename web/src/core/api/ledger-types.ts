// The ledger's answers as the web app reads them (server/schema/ledger.graphql, documents in ledger-documents.ts).
// Money fields are Fen: exact decimal strings of fen, never numbers.
import type { ApiNodeSummary } from './types.js';

export type FenText = string;

export interface LedgerOutcome {
  id: string;
  kind: string;
  date: string;
  note: string | null;
  recordedBy: string;
  recordedAt: string;
  illustrative: boolean;
  project: ApiNodeSummary | null;
}

export interface LedgerIntroduction {
  id: string;
  date: string;
  note: string | null;
  recordedBy: string;
  recordedAt: string;
  illustrative: boolean;
  from: ApiNodeSummary;
  to: ApiNodeSummary;
  intermediaries: ApiNodeSummary[];
  broker: ApiNodeSummary;
  outcomes: LedgerOutcome[];
}

export interface IntroductionPage {
  items: LedgerIntroduction[];
  nextCursor: string | null;
  hasMore: boolean;
  totalCount: number;
}

export interface LedgerMilestone {
  index: number;
  title: string;
  due: string;
  state: string;
  evidence: string | null;
  doneOn: string | null;
  onTime: boolean | null;
}

export interface LedgerRiskPool {
  id: string;
  name: string;
  nameZh: string | null;
  nameEn: string | null;
  capital: FenText;
  paidOut: FenText;
  available: FenText;
  perProjectCap: FenText | null;
  projectCount: number;
  illustrative: boolean;
}

export interface LedgerEscrow {
  state: string;
  feeTotal: FenText;
  escrowPercent: number;
  depositDue: FenText;
  deposited: FenText;
  released: FenText;
  balancePaid: FenText;
  refunded: FenText;
  coveredByPool: FenText;
  platformCost: FenText;
  depositedOn: string | null;
  releasedOn: string | null;
  refundedOn: string | null;
  riskPool: LedgerRiskPool | null;
}

export interface LedgerProject {
  id: string;
  name: string;
  status: string | null;
  start: string | null;
  end: string | null;
  version: number;
  node: ApiNodeSummary;
  participants: ApiNodeSummary[];
  milestones: LedgerMilestone[];
  escrow: LedgerEscrow | null;
  introductions: Pick<LedgerIntroduction, 'id' | 'date' | 'from' | 'to' | 'broker'>[];
}

export interface QuarterCount {
  quarter: string;
  introductions: number;
  meetings: number;
  projects: number;
  contracts: number;
  hires: number;
  noFit: number;
}

export interface TrackRecord {
  subject: ApiNodeSummary;
  asOf: string;
  introductions: number;
  asBroker: number;
  asIntermediary: number;
  successful: number;
  becameProjects: number;
  outcomes: { kind: string; count: number }[];
  milestonesDone: number;
  milestonesOnTime: number;
  milestonesFailed: number;
  escrowReleased: number;
  escrowRefunded: number;
  score: number;
  evidence: number;
  reason: string | null;
  byQuarter: QuarterCount[];
}
