// The demo's introductions ledger (seed/demo/ledger/*.jsonl): risk pools, introductions with their outcomes, and the
// milestones and 安心宝 escrow accounts of demo projects. Ledger nodes are not model nodes (server/model/model.ts,
// LEDGER_LABELS), so these lines are checked here against the dataset's nodes and written by their own named
// queries. Amounts the rules decide are worked out here, not typed in: the deposit is round-half-up(feeTotal ×
// escrowPercent / 100), a release pays the deposit plus the balance (= feeTotal), a refund returns the deposit and
// the pool covers the platform's cost up to what it holds; a pool's paidOut is the sum of what it covered.
import { cypherDate, cypherDateTime, type Db } from '../../server/db.js';
import { escrowDeposit } from '../../server/ledger/fen.js';
import { ESCROW_ACCOUNT_STATES, MILESTONE_STATES, OUTCOME_KINDS, SUCCESS_OUTCOMES, type NodeLabel } from '../../server/model/model.js';
import { RecordError } from '../../server/model/records.js';
import { forEachRecord, type Line } from './lines.js';

export interface DemoLedger {
  pools: Array<{ id: string; organisationId: string | null; props: Record<string, unknown> }>;
  introductions: Array<{
    id: string;
    fromId: string;
    toId: string;
    brokerId: string;
    intermediaryIds: string[];
    props: Record<string, unknown>;
    outcomes: Array<{ id: string; seq: number; projectId: string | null; props: Record<string, unknown> }>;
  }>;
  projects: Array<{
    projectId: string;
    version: number;
    milestones: Array<Record<string, unknown>>;
    escrow: Record<string, unknown> | null;
    riskPoolId: string | null;
  }>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PROVENANCE = ['source', 'illustrative'] as const;

function date(v: unknown, what: string): string {
  if (typeof v !== 'string' || !DATE.test(v)) throw new RecordError(`${what} must be a date YYYY-MM-DD`);
  return v;
}
function text(v: unknown, what: string): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new RecordError(`${what} must be text`);
  return v;
}
function fen(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new RecordError(`${what} must be a whole, non-negative number of fen`);
  return v;
}
/** What an introduction and an outcome both carry: their date and note, recorded by the demo on that day. */
function recorded(v: Record<string, unknown>) {
  return { date: date(v.date, 'date'), note: text(v.note, 'note'), recordedBy: 'demo', recordedAt: `${String(v.date)}T09:00:00Z`, ...provenance(v) };
}
function provenance(v: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(PROVENANCE.filter((k) => v[k] !== undefined).map((k) => [k, v[k]]));
}

/**
 * Validates ledger lines against the dataset's nodes (`labels` of each node id); problems are reported as
 * `file:line: reason`. Returns the rows the named queries write.
 */
export function readLedger(lines: readonly Line[], labels: ReadonlyMap<string, readonly string[]>, problems: string[]): DemoLedger {
  const out: DemoLedger = { pools: [], introductions: [], projects: [] };
  const is = (id: unknown, label: NodeLabel | 'TechManager'): id is string => typeof id === 'string' && (labels.get(id) ?? []).includes(label);
  const intros = new Map<string, DemoLedger['introductions'][number]>();
  const outcomes: Array<{ where: string; introduction: string; row: DemoLedger['introductions'][number]['outcomes'][number] }> = [];
  const pools = new Map<string, DemoLedger['pools'][number]>();
  const ids = new Set<string>();
  const projects: Array<{ where: string; value: Record<string, unknown> }> = [];
  /** The record's own id, refused when an earlier line already used it. */
  const ownId = (value: Record<string, unknown>): string => {
    const id = String(value.id ?? '');
    if (ids.has(id)) throw new RecordError(`id ${id} appears twice`);
    ids.add(id);
    return id;
  };
  forEachRecord(lines, problems, (value, where) => {
    if (!isObject(value)) throw new RecordError('a ledger line is a JSON object with "record"');
    switch (value.record) {
      case 'riskPool': {
        const id = ownId(value);
        if (!isObject(value.props)) throw new RecordError('a riskPool has props');
        if (value.organisation !== undefined && !is(value.organisation, 'Organisation')) throw new RecordError(`organisation ${String(value.organisation)} is not an Organisation of the dataset`);
        const props = { ...value.props, capital: fen(value.props.capital, 'props.capital'), paidOut: 0 };
        const pool = { id, organisationId: typeof value.organisation === 'string' ? value.organisation : null, props };
        pools.set(id, pool);
        out.pools.push(pool);
        break;
      }
      case 'introduction': {
        const id = ownId(value);
        if (!is(value.from, 'Enterprise') && !is(value.from, 'Organisation')) throw new RecordError(`from ${String(value.from)} is not an Enterprise or Organisation of the dataset`);
        if (!is(value.to, 'Lab') && !is(value.to, 'Enterprise') && !is(value.to, 'Organisation')) throw new RecordError(`to ${String(value.to)} is not a Lab, Enterprise or Organisation of the dataset`);
        if (!is(value.broker, 'TechManager')) throw new RecordError(`broker ${String(value.broker)} is not a TechManager of the dataset`);
        const via = value.intermediaries ?? [];
        if (!Array.isArray(via) || !via.every((p) => is(p, 'Person'))) throw new RecordError('intermediaries must be people of the dataset');
        if (new Set(via).size !== via.length) throw new RecordError('intermediaries name a person twice');
        const row = {
          id,
          fromId: value.from as string,
          toId: value.to as string,
          brokerId: value.broker,
          intermediaryIds: via as string[],
          props: recorded(value),
          outcomes: [],
        };
        intros.set(id, row);
        out.introductions.push(row);
        break;
      }
      case 'outcome': {
        const id = ownId(value);
        if (typeof value.introduction !== 'string') throw new RecordError('an outcome names its introduction');
        if (!(OUTCOME_KINDS as readonly unknown[]).includes(value.kind)) throw new RecordError(`kind must be one of ${OUTCOME_KINDS.join(', ')}`);
        if (value.project !== undefined && !is(value.project, 'Project')) throw new RecordError(`project ${String(value.project)} is not a Project of the dataset`);
        if (value.kind === 'project' && value.project === undefined) throw new RecordError('an outcome of kind project names its project');
        outcomes.push({
          where,
          introduction: value.introduction,
          row: {
            id,
            seq: 0,
            projectId: typeof value.project === 'string' ? value.project : null,
            props: { kind: value.kind, ...recorded(value) },
          },
        });
        break;
      }
      case 'project':
        if (!is(value.project, 'Project')) throw new RecordError(`project ${String(value.project)} is not a Project of the dataset`);
        projects.push({ where, value });
        break;
      default:
        throw new RecordError('record must be riskPool, introduction, outcome or project');
    }
  });
  // Outcomes are numbered in the order they happened, and may not precede their introduction.
  for (const o of outcomes) {
    const intro = intros.get(o.introduction);
    if (!intro) {
      problems.push(`${o.where}: introduction ${o.introduction} is not in the ledger`);
      continue;
    }
    if (String(o.row.props.date) < String(intro.props.date)) problems.push(`${o.where}: the outcome is dated before its introduction`);
    intro.outcomes.push(o.row);
  }
  for (const intro of out.introductions) {
    intro.outcomes.sort((a, b) => String(a.props.date).localeCompare(String(b.props.date)));
    intro.outcomes.forEach((o, k) => (o.seq = k + 1));
    const kinds = intro.outcomes.map((o) => o.props.kind as string);
    const last = intro.outcomes.at(-1);
    Object.assign(intro.props, {
      outcomeCount: intro.outcomes.length,
      successful: kinds.some((k) => (SUCCESS_OUTCOMES as readonly string[]).includes(k)),
      becameProject: kinds.includes('project'),
      ...(last ? { lastOutcomeKind: last.props.kind, lastOutcomeDate: last.props.date } : {}),
    });
  }
  forEachRecord(projects, problems, (value) => {
    out.projects.push(projectRow(value, pools));
  });
  return out;
}

function projectRow(value: Record<string, unknown>, pools: Map<string, DemoLedger['pools'][number]>): DemoLedger['projects'][number] {
  const projectId = value.project as string;
  if (!Array.isArray(value.milestones) || value.milestones.length === 0) throw new RecordError('a project lists its milestones');
  let failed = false;
  let open = false;
  let changes = 0;
  const milestones = value.milestones.map((m: unknown, index: number) => {
    if (!isObject(m)) throw new RecordError(`milestone ${index} must be an object`);
    const state = (m.state ?? 'planned') as string;
    if (!(MILESTONE_STATES as readonly string[]).includes(state)) throw new RecordError(`milestone ${index}: state must be one of ${MILESTONE_STATES.join(', ')}`);
    // Milestones finish in order and nothing follows a failed one.
    if (state !== 'planned' && (open || failed)) throw new RecordError(`milestone ${index} is ${state} after an earlier one that is not done`);
    if (state === 'planned') open = true;
    if (state === 'failed') failed = true;
    if (state !== 'planned') changes++;
    return {
      id: `milestone:${projectId}:${index}`,
      projectId,
      index,
      title: text(m.title, `milestone ${index} title`) ?? '',
      due: date(m.due, `milestone ${index} due`),
      state,
      ...(state === 'planned' ? {} : { doneOn: date(m.doneOn, `milestone ${index} doneOn`), evidence: text(m.evidence, `milestone ${index} evidence`) }),
      ...provenance(value),
    };
  });
  let escrow: Record<string, unknown> | null = null;
  let riskPoolId: string | null = null;
  if (value.escrow !== undefined) {
    if (!isObject(value.escrow)) throw new RecordError('escrow must be an object');
    const e = value.escrow;
    const pool = pools.get(String(e.riskPool));
    if (!pool) throw new RecordError(`escrow.riskPool ${String(e.riskPool)} is not a risk pool of the ledger`);
    riskPoolId = pool.id;
    const state = String(e.state);
    if (!(ESCROW_ACCOUNT_STATES as readonly string[]).includes(state)) throw new RecordError(`escrow.state must be one of ${ESCROW_ACCOUNT_STATES.join(', ')}`);
    const feeTotal = fen(e.feeTotal, 'escrow.feeTotal');
    const escrowPercent = Number(e.escrowPercent ?? 10);
    const depositDue = escrowDeposit(feeTotal, escrowPercent);
    const deposited = state === 'proposed' ? 0 : depositDue;
    const first = milestones[0]!.state;
    if (state === 'released' && first !== 'done') throw new RecordError('a released escrow needs its first milestone done');
    if (state === 'refunded' && first !== 'failed') throw new RecordError('a refunded escrow needs its first milestone failed');
    if ((state === 'deposited' || state === 'proposed') && first !== 'planned') throw new RecordError(`a ${state} escrow needs its first milestone planned`);
    const platformCost = state === 'refunded' ? fen(e.platformCost ?? 0, 'escrow.platformCost') : 0;
    const available = Number(pool.props.capital) - Number(pool.props.paidOut);
    const covered = Math.min(platformCost, available);
    pool.props.paidOut = Number(pool.props.paidOut) + covered;
    escrow = {
      id: `escrow:${projectId}`,
      projectId,
      state,
      feeTotal,
      escrowPercent,
      depositDue,
      deposited,
      released: state === 'released' ? feeTotal : 0,
      balancePaid: state === 'released' ? feeTotal - deposited : 0,
      refunded: state === 'refunded' ? deposited : 0,
      coveredByPool: covered,
      platformCost,
      ...(deposited ? { depositedOn: date(e.depositedOn, 'escrow.depositedOn') } : {}),
      ...(state === 'released' ? { releasedOn: date(e.releasedOn, 'escrow.releasedOn') } : {}),
      ...(state === 'refunded' ? { refundedOn: date(e.refundedOn, 'escrow.refundedOn') } : {}),
      ...provenance(value),
    };
    if (deposited) changes++;
  }
  return { projectId, version: changes, milestones, escrow, riskPoolId };
}

/** Writes the ledger rows (merged on ids, so a second load changes nothing). */
export async function writeLedger(db: Db, ledger: DemoLedger): Promise<void> {
  const dates = (props: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(props).map(([k, v]) => [k, k === 'recordedAt' && typeof v === 'string' ? cypherDateTime(v) : typeof v === 'string' && DATE.test(v) && k !== 'note' ? cypherDate(v) : v]),
    );
  if (ledger.pools.length) await db.write('ledgerDemoPools', { rows: ledger.pools });
  if (ledger.introductions.length) {
    await db.write('ledgerDemoIntroductions', {
      rows: ledger.introductions.map((i) => ({ ...i, props: dates(i.props), outcomes: i.outcomes.map((o) => ({ ...o, props: dates(o.props) })) })),
    });
  }
  if (ledger.projects.length) {
    await db.write('ledgerDemoProjects', {
      rows: ledger.projects.map((p) => ({ ...p, milestones: p.milestones.map(dates), escrow: p.escrow ? dates(p.escrow) : null })),
    });
  }
}
