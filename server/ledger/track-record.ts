// Track records: what came of the introductions a person made (as broker or intermediary) or an organisation was a
// side of, and the `trackRecord` score part the rankings add (docs/scoring.md, "Track record"). Pure apart from
// `readTrackRecords`, which reads the facts for many subjects in one round trip (cypher/ledgerTrackRecords.cypher).
//
// The part is a Beta-smoothed success rate with age decay. Each introduction is a trial (a success when it had a
// project, contract or hire outcome); each finished milestone of a project it led to is half a trial (a success
// when done on time). A trial's weight halves every HALF_LIFE_YEARS of age (introductions by their date, milestones
// by the day they finished). value = (PRIOR_SUCCESSES + Σ w·success) / (PRIOR_TRIALS + Σ w), so a newcomer's value
// is the prior mean, 0.5, and the part is centred: it adds weight × (value − 0.5) to the score. A newcomer is thus
// neither punished nor rewarded, and a ranking of people without history is exactly the ranking without the part.
import type { Db } from '../db.js';
import { cypherDate } from '../db.js';
import type { Reason } from '../graph/shape.js';
import { SUCCESS_OUTCOMES, type OutcomeKind } from '../model/model.js';

export const HALF_LIFE_YEARS = 3;
/** Beta(1, 1) prior: one success and one failure before any evidence, so the prior mean is 0.5. */
export const PRIOR_SUCCESSES = 1;
export const PRIOR_TRIALS = 2;
export const NEUTRAL = PRIOR_SUCCESSES / PRIOR_TRIALS;
/** A finished milestone counts as half an introduction. */
export const MILESTONE_TRIAL = 0.5;

/** Weight of the part in each ranking (docs/scoring.md). */
export const TRACK_RECORD_WEIGHTS = { bridges: 0.2, talents: 0.1, labs: 0.1 } as const;

export interface IntroductionFact {
  id: string;
  date: string;
  /** The subject's ties to the introduction: INTRODUCED_BY, INTRODUCED_VIA, INTRODUCED_FROM, INTRODUCED_TO. */
  roles: string[];
  /** Oldest first. */
  outcomes: Array<{ kind: string; date: string }>;
  milestones: Array<{ state: string; due: string; doneOn: string }>;
  /** released, refunded or open, per escrow account of the projects it led to. */
  escrow: string[];
}

export interface TrackRecordSummary {
  introductions: number;
  asBroker: number;
  asIntermediary: number;
  successful: number;
  becameProjects: number;
  /** Introductions by the kind of their latest outcome. */
  latestOutcomes: Record<string, number>;
  milestonesDone: number;
  milestonesOnTime: number;
  milestonesFailed: number;
  escrowReleased: number;
  escrowRefunded: number;
  /** In [0,1]; NEUTRAL with no history. */
  score: number;
  /** Σ of the decayed trial weights. */
  evidence: number;
}

const DAY_MS = 86_400_000;
const YEAR_DAYS = 365.25;

/** Age decay: 1 today, 0.5 after HALF_LIFE_YEARS. A date after asOf counts as today. */
export function decay(date: string, asOf: string): number {
  const days = (Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${date.slice(0, 10)}T00:00:00Z`)) / DAY_MS;
  if (!Number.isFinite(days) || days <= 0) return 1;
  return Math.pow(0.5, days / YEAR_DAYS / HALF_LIFE_YEARS);
}

export function summarise(facts: readonly IntroductionFact[], asOf: string): TrackRecordSummary {
  const success = new Set<string>(SUCCESS_OUTCOMES);
  let s = 0;
  let n = 0;
  const out: TrackRecordSummary = {
    introductions: facts.length,
    asBroker: 0,
    asIntermediary: 0,
    successful: 0,
    becameProjects: 0,
    latestOutcomes: {},
    milestonesDone: 0,
    milestonesOnTime: 0,
    milestonesFailed: 0,
    escrowReleased: 0,
    escrowRefunded: 0,
    score: NEUTRAL,
    evidence: 0,
  };
  const seenMilestones = new Set<string>();
  for (const f of facts) {
    if (f.roles.includes('INTRODUCED_BY')) out.asBroker++;
    if (f.roles.includes('INTRODUCED_VIA')) out.asIntermediary++;
    const ok = f.outcomes.some((o) => success.has(o.kind));
    if (ok) out.successful++;
    if (f.outcomes.some((o) => o.kind === 'project')) out.becameProjects++;
    const latest = f.outcomes.at(-1);
    if (latest) out.latestOutcomes[latest.kind] = (out.latestOutcomes[latest.kind] ?? 0) + 1;
    const w = decay(f.date, asOf);
    n += w;
    if (ok) s += w;
    for (const m of f.milestones) {
      // Two introductions can lead to one project: its milestones count once.
      const key = `${m.due}|${m.doneOn}|${m.state}|${f.outcomes.find((o) => o.kind === 'project')?.date ?? ''}`;
      if (seenMilestones.has(key)) continue;
      seenMilestones.add(key);
      const onTime = m.state === 'done' && m.doneOn.slice(0, 10) <= m.due.slice(0, 10);
      if (m.state === 'done') out.milestonesDone++;
      if (m.state === 'failed') out.milestonesFailed++;
      if (onTime) out.milestonesOnTime++;
      const mw = MILESTONE_TRIAL * decay(m.doneOn, asOf);
      n += mw;
      if (onTime) s += mw;
    }
    for (const e of f.escrow) {
      if (e === 'released') out.escrowReleased++;
      if (e === 'refunded') out.escrowRefunded++;
    }
  }
  out.evidence = n;
  out.score = (PRIOR_SUCCESSES + s) / (PRIOR_TRIALS + n);
  return out;
}

/** What the part adds to a score: weight × (value − NEUTRAL); 0 with no history. */
export function trackRecordContribution(summary: TrackRecordSummary, weight: number): number {
  return summary.evidence > 0 ? weight * (summary.score - NEUTRAL) : 0;
}

export interface NameLike {
  name: string;
  nameZh?: string | null;
  nameEn?: string | null;
}

/**
 * "3 of 5 introductions by 沈知远 became projects (2 milestones on time)". For an organisation: introductions to
 * or from it. Null with no history.
 */
export function trackRecordReason(subject: NameLike, summary: TrackRecordSummary, person: boolean): Reason | null {
  if (summary.introductions === 0) return null;
  const zhName = subject.nameZh ?? subject.name;
  const enName = subject.nameEn ?? subject.name;
  const n = summary.introductions;
  const k = summary.becameProjects;
  const m = summary.milestonesOnTime;
  const zhMs = m > 0 || summary.milestonesFailed > 0 ? `(${m}个里程碑按时完成${summary.milestonesFailed ? `,${summary.milestonesFailed}个未完成` : ''})` : '';
  const enMs =
    m > 0 || summary.milestonesFailed > 0
      ? ` (${m} milestone${m === 1 ? '' : 's'} on time${summary.milestonesFailed ? `, ${summary.milestonesFailed} failed` : ''})`
      : '';
  const zh = person ? `${zhName}经手的${n}次引荐中有${k}次促成了项目${zhMs}` : `涉及${zhName}的${n}次引荐中有${k}次促成了项目${zhMs}`;
  const en = person
    ? `${k} of ${n} introduction${n === 1 ? '' : 's'} by ${enName} became projects${enMs}`
    : `${k} of ${n} introduction${n === 1 ? '' : 's'} involving ${enName} became projects${enMs}`;
  return { code: 'TRACK_RECORD', zh, en };
}

/** The facts for many subjects in one read. Subjects without history map to an empty list. */
export async function readTrackRecords(db: Db, ids: readonly string[], asOf: string): Promise<Map<string, IntroductionFact[]>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, IntroductionFact[]>(unique.map((id) => [id, []]));
  if (unique.length === 0) return out;
  const rows = await db.read<{ id: string; intros: IntroductionFact[] }>('ledgerTrackRecords', { ids: unique, asOf: cypherDate(asOf) });
  for (const r of rows) out.set(r.id, r.intros);
  return out;
}

/** Summaries for many subjects, for a ranking. */
export async function trackRecordSummaries(db: Db, ids: readonly string[], asOf: string): Promise<Map<string, TrackRecordSummary>> {
  const facts = await readTrackRecords(db, ids, asOf);
  return new Map([...facts].map(([id, f]) => [id, summarise(f, asOf)]));
}

export interface QuarterRow {
  quarter: string;
  introductions: number;
  meetings: number;
  projects: number;
  contracts: number;
  hires: number;
  noFit: number;
}

const quarterOf = (date: string) => `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;

/** Introductions and outcomes per quarter, from the first to the last with activity, empty quarters included. */
export function byQuarter(facts: readonly IntroductionFact[]): QuarterRow[] {
  const rows = new Map<string, QuarterRow>();
  const row = (q: string) => {
    let r = rows.get(q);
    if (!r) rows.set(q, (r = { quarter: q, introductions: 0, meetings: 0, projects: 0, contracts: 0, hires: 0, noFit: 0 }));
    return r;
  };
  const field: Record<OutcomeKind, keyof Omit<QuarterRow, 'quarter' | 'introductions'>> = {
    meeting: 'meetings',
    project: 'projects',
    contract: 'contracts',
    hire: 'hires',
    no_fit: 'noFit',
  };
  for (const f of facts) {
    row(quarterOf(f.date)).introductions++;
    for (const o of f.outcomes) {
      const k = field[o.kind as OutcomeKind];
      if (k) row(quarterOf(o.date))[k]++;
    }
  }
  if (rows.size === 0) return [];
  const keys = [...rows.keys()].sort();
  const [fy, fq] = keys[0]!.split('-Q').map(Number) as [number, number];
  const [ly, lq] = keys.at(-1)!.split('-Q').map(Number) as [number, number];
  const out: QuarterRow[] = [];
  for (let y = fy, q = fq; y < ly || (y === ly && q <= lq); q === 4 ? ((q = 1), y++) : q++) out.push(row(`${y}-Q${q}`));
  return out;
}
