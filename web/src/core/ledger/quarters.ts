// A broker's track record by calendar quarter, for the chart and its table: introductions made and the outcomes
// recorded in each quarter. Quarters without activity between the first and the last are kept (as zeros), so the
// chart's axis is time and a quiet half-year shows as one.
import { translator } from '../i18n/translate.js';
import { OUTCOME_KINDS, outcomeKind, type OutcomeKind } from './timeline.js';

export interface QuarterRow {
  /** "2025-Q1" */
  quarter: string;
  introductions: number;
  meeting: number;
  project: number;
  contract: number;
  hire: number;
  no_fit: number;
}

/** "2025-02-14" → "2025-Q1"; null for anything that is not an ISO date. */
export function quarterOf(date: string): string | null {
  const m = /^(\d{4})-(\d{2})-\d{2}/.exec(date);
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return `${m[1]}-Q${Math.floor((month - 1) / 3) + 1}`;
}

function nextQuarter(q: string): string {
  const [y, n] = [Number(q.slice(0, 4)), Number(q.slice(6))];
  return n === 4 ? `${y + 1}-Q1` : `${y}-Q${n + 1}`;
}

function emptyRow(quarter: string): QuarterRow {
  return { quarter, introductions: 0, meeting: 0, project: 0, contract: 0, hire: 0, no_fit: 0 };
}

export interface IntroductionDates {
  date: string;
  outcomes: readonly { kind: string; date: string }[];
}

/** At most this many quarters are drawn: the most recent ones (ten years of history is a table, not a chart). */
export const MAX_QUARTERS = 40;

/** Counts per quarter, oldest first, with every quarter between the first and the last present. */
export function quarterRows(intros: readonly IntroductionDates[]): QuarterRow[] {
  const rows = new Map<string, QuarterRow>();
  const at = (date: string): QuarterRow | null => {
    const q = quarterOf(date);
    if (!q) return null;
    let row = rows.get(q);
    if (!row) rows.set(q, (row = emptyRow(q)));
    return row;
  };
  for (const intro of intros) {
    const row = at(intro.date);
    if (row) row.introductions++;
    for (const o of intro.outcomes) {
      const kind = outcomeKind(o.kind);
      const r = kind ? at(o.date) : null;
      if (r && kind) r[kind]++;
    }
  }
  if (!rows.size) return [];
  const keys = [...rows.keys()].sort();
  const out: QuarterRow[] = [];
  for (let q = keys[0]!; q <= keys.at(-1)!; q = nextQuarter(q)) out.push(rows.get(q) ?? emptyRow(q));
  return out.slice(-MAX_QUARTERS);
}

/** Totals over all rows, for the table's last line and the summary. */
export function totals(rows: readonly QuarterRow[]): Omit<QuarterRow, 'quarter'> {
  const sum = { introductions: 0, meeting: 0, project: 0, contract: 0, hire: 0, no_fit: 0 };
  for (const r of rows) {
    sum.introductions += r.introductions;
    for (const k of OUTCOME_KINDS) sum[k] += r[k];
  }
  return sum;
}

/** "2025-Q1" as a reader sees it: "2025年第1季度" or "Q1 2025". */
export function quarterLabel(quarter: string, lang: 'zh' | 'en'): string {
  const [y, q] = [quarter.slice(0, 4), quarter.slice(6)];
  return translator(lang)('ledger.quarter', { q, year: y });
}

export type { OutcomeKind };

/** The API's quarter counts (trackRecord.byQuarter) in the shape of the chart's rows. */
export function fromQuarterCounts(
  counts: readonly { quarter: string; introductions: number; meetings: number; projects: number; contracts: number; hires: number; noFit: number }[],
): QuarterRow[] {
  return counts
    .map((c) => ({ quarter: c.quarter, introductions: c.introductions, meeting: c.meetings, project: c.projects, contract: c.contracts, hire: c.hires, no_fit: c.noFit }))
    .slice(-MAX_QUARTERS);
}
