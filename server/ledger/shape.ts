// The GraphQL shapes of the ledger (server/schema/ledger.graphql): introductions with their outcomes, projects with
// milestones, escrow accounts and risk pools, built from the plain rows the ledger queries return.
import type { PlainNode } from '../db.js';
import { toGqlNode, type GqlNode } from '../graph/shape.js';

export interface GqlOutcome {
  id: string;
  kind: string;
  date: string;
  project: GqlNode | null;
  note: string | null;
  recordedBy: string;
  recordedAt: string;
  illustrative: boolean;
}

export interface GqlIntroduction {
  id: string;
  date: string;
  from: GqlNode;
  to: GqlNode;
  intermediaries: GqlNode[];
  broker: GqlNode;
  note: string | null;
  recordedBy: string;
  recordedAt: string;
  outcomes: GqlOutcome[];
  lastOutcome: GqlOutcome | null;
  illustrative: boolean;
}

export interface IntroductionRow {
  introduction: Record<string, unknown>;
  from: PlainNode;
  to: PlainNode;
  broker: PlainNode;
  intermediaries: PlainNode[];
  /** Oldest first; each with the project it led to. */
  outcomes: Array<Record<string, unknown> & { project: PlainNode | null }>;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const day = (v: unknown): string => String(v ?? '').slice(0, 10);

function toOutcome(o: Record<string, unknown> & { project: PlainNode | null }): GqlOutcome {
  return {
    id: String(o.id),
    kind: String(o.kind),
    date: day(o.date),
    project: o.project ? toGqlNode(o.project) : null,
    note: str(o.note),
    recordedBy: String(o.recordedBy ?? ''),
    recordedAt: String(o.recordedAt ?? ''),
    illustrative: o.illustrative === true,
  };
}

export function toIntroduction(row: IntroductionRow): GqlIntroduction {
  const i = row.introduction;
  const outcomes = row.outcomes.map(toOutcome);
  return {
    id: String(i.id),
    date: day(i.date),
    from: toGqlNode(row.from),
    to: toGqlNode(row.to),
    intermediaries: row.intermediaries.map(toGqlNode),
    broker: toGqlNode(row.broker),
    note: str(i.note),
    recordedBy: String(i.recordedBy ?? ''),
    recordedAt: String(i.recordedAt ?? ''),
    outcomes,
    // Outcomes come oldest first (date, then the order they were recorded in), so the last is the latest.
    lastOutcome: outcomes.at(-1) ?? null,
    illustrative: i.illustrative === true,
  };
}

export interface GqlMilestone {
  index: number;
  title: string;
  due: string;
  state: string;
  evidence: string | null;
  doneOn: string | null;
  onTime: boolean | null;
}

export function toMilestone(m: Record<string, unknown>): GqlMilestone {
  const doneOn = m.doneOn ? day(m.doneOn) : null;
  const due = day(m.due);
  return {
    index: Number(m.index),
    title: String(m.title ?? ''),
    due,
    state: String(m.state ?? 'planned'),
    evidence: str(m.evidence),
    doneOn,
    onTime: m.state === 'done' && doneOn ? doneOn <= due : m.state === 'failed' ? false : null,
  };
}

export interface GqlRiskPool {
  id: string;
  name: string;
  nameZh: string | null;
  nameEn: string | null;
  capital: number;
  paidOut: number;
  available: number;
  perProjectCap: number | null;
  organisation: GqlNode | null;
  projectCount: number;
  illustrative: boolean;
}

export function toRiskPool(r: Record<string, unknown>): GqlRiskPool {
  const capital = Number(r.capital ?? 0);
  const paidOut = Number(r.paidOut ?? 0);
  return {
    id: String(r.id),
    name: str(r.name) ?? str(r.nameZh) ?? str(r.nameEn) ?? String(r.id),
    nameZh: str(r.nameZh),
    nameEn: str(r.nameEn),
    capital,
    paidOut,
    available: capital - paidOut,
    perProjectCap: typeof r.perProjectCap === 'number' ? r.perProjectCap : null,
    organisation: r.organisation ? toGqlNode(r.organisation as PlainNode) : null,
    projectCount: Number(r.projectCount ?? 0),
    illustrative: r.illustrative === true,
  };
}

export interface GqlEscrow {
  state: string;
  feeTotal: number;
  escrowPercent: number;
  depositDue: number;
  deposited: number;
  released: number;
  balancePaid: number;
  refunded: number;
  coveredByPool: number;
  platformCost: number;
  depositedOn: string | null;
  releasedOn: string | null;
  refundedOn: string | null;
  riskPool: GqlRiskPool | null;
}

export function toEscrow(a: Record<string, unknown>, pool: Record<string, unknown> | null): GqlEscrow {
  const n = (v: unknown) => Number(v ?? 0);
  const d = (v: unknown) => (v ? day(v) : null);
  return {
    state: String(a.state),
    feeTotal: n(a.feeTotal),
    escrowPercent: n(a.escrowPercent),
    depositDue: n(a.depositDue),
    deposited: n(a.deposited),
    released: n(a.released),
    balancePaid: n(a.balancePaid),
    refunded: n(a.refunded),
    coveredByPool: n(a.coveredByPool),
    platformCost: n(a.platformCost),
    depositedOn: d(a.depositedOn),
    releasedOn: d(a.releasedOn),
    refundedOn: d(a.refundedOn),
    riskPool: pool ? toRiskPool(pool) : null,
  };
}

export interface GqlProject {
  id: string;
  node: GqlNode;
  name: string;
  status: string | null;
  start: string | null;
  end: string | null;
  participants: GqlNode[];
  milestones: GqlMilestone[];
  escrow: GqlEscrow | null;
  /** Resolved by Project.introductions (brokers and admins only). */
  introductionIds: string[];
  version: number;
}

export interface ProjectRow {
  project: PlainNode;
  participants: PlainNode[];
  milestones: Array<Record<string, unknown>>;
  escrow: Record<string, unknown> | null;
  pool: Record<string, unknown> | null;
  introductionIds: string[];
}

export function toProject(row: ProjectRow): GqlProject {
  const node = toGqlNode(row.project);
  const p = row.project.properties;
  return {
    id: node.id,
    node,
    name: node.name,
    status: str(p.status),
    start: p.start ? day(p.start) : null,
    end: p.end ? day(p.end) : null,
    participants: row.participants.map(toGqlNode),
    milestones: row.milestones.map(toMilestone),
    escrow: row.escrow ? toEscrow(row.escrow, row.pool) : null,
    introductionIds: row.introductionIds,
    version: Number(p.version ?? 0),
  };
}
