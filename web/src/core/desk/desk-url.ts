// The demand desk's part of the shareable URL: which section (queue, stats, pool), the scope (a region or a pool),
// the status filter, the opened demand, the stats period, and the pool page's pool, tag and minimum-score filters.
// Decoding never throws: a damaged value falls back to its default, one by one.
import { boundedText, isoDate, putParam } from '../url/url-codec.js';
import type { DemandStatus } from './status.js';

export const DESK_SECTIONS = ['queue', 'stats', 'pool'] as const;
export type DeskSection = (typeof DESK_SECTIONS)[number];

/** The queue's filters: one state, or the overdue orders (open past their due time). */
export const QUEUE_FILTERS = ['open', 'overdue', 'answered', 'accepted', 'declined', 'withdrawn'] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];

export function isQueueFilter(v: unknown): v is QueueFilter {
  return typeof v === 'string' && (QUEUE_FILTERS as readonly string[]).includes(v);
}

/** The demandDesk arguments for a filter at an instant (overdue = open and due before now). */
export function queueArgs(filter: QueueFilter | null, now: Date): { status: DemandStatus[] | null; dueBefore: string | null } {
  if (filter === null) return { status: null, dueBefore: null };
  if (filter === 'overdue') return { status: ['open'], dueBefore: now.toISOString() };
  return { status: [filter], dueBefore: null };
}

export interface MinScore {
  dimension: string;
  score: number;
}

export interface DeskState {
  section: DeskSection;
  /** A Region or TalentPool id; null for every demand. */
  scope: string | null;
  status: QueueFilter | null;
  /** The opened demand. */
  demand: string | null;
  /** Stats period, ISO dates, both ends included; null for open-ended. */
  from: string | null;
  to: string | null;
  pool: string | null;
  tags: string[];
  minScores: MinScore[];
}

export function defaultDeskState(): DeskState {
  return { section: 'queue', scope: null, status: null, demand: null, from: null, to: null, pool: null, tags: [], minScores: [] };
}

const MAX_TEXT = 200;
const MAX_LIST = 20;

function text(v: string | null): string | null {
  return boundedText(v, MAX_TEXT);
}

/** Several values under one key (`tag=a&tag=b`), so values may hold any character. */
function list(q: URLSearchParams, key: string): string[] {
  return [...new Set(q.getAll(key).map(text).filter((s): s is string => s !== null))].slice(0, MAX_LIST);
}

function minScores(q: URLSearchParams): MinScore[] {
  const out: MinScore[] = [];
  for (const entry of list(q, 'min')) {
    const cut = entry.lastIndexOf(':');
    if (cut <= 0) continue;
    const dimension = entry.slice(0, cut).trim();
    const raw = entry.slice(cut + 1).trim();
    const score = Number(raw);
    if (!dimension || !/^\d+(\.\d+)?$/.test(raw) || score > 100 || out.some((m) => m.dimension === dimension)) continue;
    out.push({ dimension, score });
  }
  return out;
}

export function decodeDesk(q: URLSearchParams): DeskState {
  const section = q.get('sec');
  const status = q.get('status');
  const from = isoDate(q.get('from'));
  const to = isoDate(q.get('to'));
  return {
    section: (DESK_SECTIONS as readonly string[]).includes(section ?? '') ? (section as DeskSection) : 'queue',
    scope: text(q.get('scope')),
    status: isQueueFilter(status) ? status : null,
    demand: text(q.get('dem')),
    from,
    // A period that ends before it starts is read as open-ended at the end.
    to: from && to && to < from ? null : to,
    pool: text(q.get('pool')),
    tags: list(q, 'tag'),
    minScores: minScores(q),
  };
}

/** Writes the desk's values that differ from the defaults into `q`. */
export function encodeDesk(d: DeskState, q: URLSearchParams): void {
  putParam(q, 'sec', d.section, 'queue');
  for (const [key, value] of [['scope', d.scope], ['status', d.status], ['dem', d.demand], ['from', d.from], ['to', d.to], ['pool', d.pool]] as const) {
    putParam(q, key, value);
  }
  for (const tag of d.tags) q.append('tag', tag);
  for (const m of d.minScores) q.append('min', `${m.dimension}:${m.score}`);
}
