// The introductions ledger: recording introductions (a TechManager broker, a firm, a lab and the people between
// them, in order) and appending their outcomes, and reading them back, one by one or a cursor-paginated page.
import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import type { Db } from '../db.js';
import { cypherDate, cypherDateTime } from '../db.js';
import { badInput, dateArg, idArg, intArg, notFound, parseArgs, quoteId } from '../explore/validate.js';
import { nodeType } from '../graph/shape.js';
import { OUTCOME_KINDS, SUCCESS_OUTCOMES } from '../model/model.js';
import { checkNode, nodesById } from '../recommend/graph-reads.js';
import { checkString } from '../mutations/input-checks.js';
import { toIntroduction, type GqlIntroduction, type IntroductionRow } from './shape.js';

export const MAX_INTERMEDIARIES = 5;
export const MAX_NOTE = 2_000;

/** Reads introductions by id, in the order asked; unknown ids are left out. */
export async function introductionsById(db: Db, ids: readonly string[]): Promise<GqlIntroduction[]> {
  if (ids.length === 0) return [];
  const rows = await db.read<IntroductionRow>('ledgerIntroductions', { ids: [...ids] });
  return rows.map(toIntroduction);
}

const noteArg = z
  .string('must be text')
  .max(MAX_NOTE, `must be at most ${MAX_NOTE} characters`)
  .nullish()
  .transform((v) => (v === undefined || v === null || v.trim() === '' ? null : v));

const requiredDate = z.string('must be a date YYYY-MM-DD').regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

const RecordArgs = z.object({
  from: idArg,
  to: idArg,
  intermediaries: z
    .array(idArg, 'must be a list of person ids')
    .max(MAX_INTERMEDIARIES, `must list at most ${MAX_INTERMEDIARIES} people`)
    .refine((xs) => new Set(xs).size === xs.length, 'must not name a person twice'),
  brokerId: idArg,
  date: requiredDate,
  note: noteArg,
});

export interface Recorder {
  /** The caller's name (token name or jwt:<subject>), kept as recordedBy. */
  actor: string;
  now?: Date;
}

export async function recordIntroduction(db: Db, rawArgs: unknown, who: Recorder): Promise<GqlIntroduction> {
  const args = parseArgs(RecordArgs, rawArgs);
  if (args.from === args.to) throw badInput('to', 'must be another node than `from`');
  if (args.note) checkString('note', args.note, 'description');
  const nodes = await nodesById(db, [args.from, args.to, args.brokerId, ...args.intermediaries]);
  checkNode('from', args.from, nodes.get(args.from), ['Enterprise', 'Organisation']);
  checkNode('to', args.to, nodes.get(args.to), ['Lab', 'Enterprise', 'Organisation']);
  const broker = checkNode('brokerId', args.brokerId, nodes.get(args.brokerId), ['Person']);
  if (!broker.labels.includes('TechManager')) {
    throw badInput('brokerId', `${quoteId(args.brokerId)} is a person without the TechManager role; only technology managers record introductions`);
  }
  args.intermediaries.forEach((id, k) => checkNode(`intermediaries[${k}]`, id, nodes.get(id), ['Person']));
  if (args.date > today(who.now)) throw badInput('date', 'must not be in the future');

  const id = `introduction:${randomUUID()}`;
  const now = who.now ?? new Date();
  const [row] = await db.write<{ id: string }>('ledgerRecordIntroduction', {
    id,
    fromId: args.from,
    toId: args.to,
    brokerId: args.brokerId,
    intermediaryIds: args.intermediaries,
    props: {
      date: cypherDate(args.date),
      note: args.note,
      recordedBy: who.actor,
      recordedAt: cypherDateTime(now.toISOString()),
      illustrative: false,
    },
  });
  // Everything was checked just before; a node removed in between leaves nothing written.
  if (!row) throw notFound('from', args.from);
  const [intro] = await introductionsById(db, [id]);
  return intro!;
}

const OutcomeArgs = z.object({
  introductionId: idArg,
  kind: z.enum(OUTCOME_KINDS, `must be one of ${OUTCOME_KINDS.join(', ')}`),
  date: requiredDate,
  projectId: idArg.nullish().transform((v) => v ?? null),
  note: noteArg,
});

function introductionNotFound(id: string) {
  const e = notFound('introductionId', id);
  e.message = `No introduction has the id ${quoteId(id)} given as \`introductionId\`.`;
  return e;
}

export async function recordOutcome(db: Db, rawArgs: unknown, who: Recorder): Promise<GqlIntroduction> {
  const args = parseArgs(OutcomeArgs, rawArgs);
  if (args.note) checkString('note', args.note, 'description');
  if (args.kind === 'project' && !args.projectId) throw badInput('projectId', 'is required for an outcome of kind project: name the project it led to');
  const [intro] = await introductionsById(db, [args.introductionId]);
  if (!intro) throw introductionNotFound(args.introductionId);
  if (args.date < intro.date) throw badInput('date', `must not be before the introduction's date ${intro.date}`);
  if (args.date > today(who.now)) throw badInput('date', 'must not be in the future');
  if (args.projectId) {
    const nodes = await nodesById(db, [args.projectId]);
    checkNode('projectId', args.projectId, nodes.get(args.projectId), ['Project']);
  }
  await appendOutcome(db, args.introductionId, { kind: args.kind, date: args.date, projectId: args.projectId, note: args.note }, who);
  const [after] = await introductionsById(db, [args.introductionId]);
  return after!;
}

export interface OutcomeInput {
  kind: (typeof OUTCOME_KINDS)[number];
  date: string;
  projectId: string | null;
  note: string | null;
}

/** The parameters of ledgerRecordOutcome, for a write on its own or inside a larger transaction. */
export function outcomeParams(introductionId: string, o: OutcomeInput, who: Recorder, illustrative = false): Record<string, unknown> {
  return {
    introductionId,
    projectId: o.projectId,
    id: `outcome:${randomUUID()}`,
    successKinds: [...SUCCESS_OUTCOMES],
    props: {
      kind: o.kind,
      date: cypherDate(o.date),
      note: o.note,
      recordedBy: who.actor,
      recordedAt: cypherDateTime((who.now ?? new Date()).toISOString()),
      illustrative,
    },
  };
}

async function appendOutcome(db: Db, introductionId: string, o: OutcomeInput, who: Recorder): Promise<void> {
  const [row] = await db.write<{ id: string }>('ledgerRecordOutcome', outcomeParams(introductionId, o, who));
  if (!row) throw introductionNotFound(introductionId);
}

function today(now = new Date()): string {
  // A day of slack: a broker east of UTC records "today" before UTC has reached it.
  return new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
}

// --- pages ---------------------------------------------------------------------------------------------------

const ListArgs = z.object({
  brokerId: idArg.nullish().transform((v) => v ?? null),
  firmId: idArg.nullish().transform((v) => v ?? null),
  labId: idArg.nullish().transform((v) => v ?? null),
  personId: idArg.nullish().transform((v) => v ?? null),
  from: dateArg,
  to: dateArg,
  limit: intArg(1, 100, 20),
  after: z.string('must be a cursor from nextCursor').max(2_000, 'is not a cursor from nextCursor').nullish().transform((v) => v ?? null),
});
export type ListFilters = Omit<z.output<typeof ListArgs>, 'limit' | 'after'>;

export interface IntroductionPage {
  items: GqlIntroduction[];
  nextCursor: string | null;
  hasMore: boolean;
  /** For IntroductionPage.totalCount, counted only when asked for. */
  filters: ListFilters;
}

/** A cursor says where the page ended and which filters it belongs to, so it cannot be reused with others. */
function encodeCursor(date: string, id: string, filters: ListFilters): string {
  return Buffer.from(JSON.stringify({ d: date, i: id, f: filterKey(filters) }), 'utf8').toString('base64url');
}

function filterKey(f: ListFilters): string {
  return JSON.stringify([f.brokerId, f.firmId, f.labId, f.personId, f.from, f.to]);
}

function decodeCursor(cursor: string, filters: ListFilters): { date: string; id: string } {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { d?: unknown; i?: unknown; f?: unknown };
    if (typeof v.d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.d) && typeof v.i === 'string' && typeof v.f === 'string') {
      if (v.f !== filterKey(filters)) throw badInput('after', 'belongs to a page with other filters; start again without `after`');
      return { date: v.d, id: v.i };
    }
  } catch (e) {
    if (e instanceof Error && 'extensions' in e) throw e;
  }
  throw badInput('after', 'is not a cursor from nextCursor');
}

/** Anchor filters in the order they narrow best: a broker's or person's introductions are few, a lab's many. */
const ANCHORS = [
  ['brokerId', ['INTRODUCED_BY']],
  ['personId', ['INTRODUCED_BY', 'INTRODUCED_VIA']],
  ['firmId', ['INTRODUCED_FROM']],
  ['labId', ['INTRODUCED_TO']],
] as const;

function pageQuery(filters: ListFilters, count: boolean, cursor: { date: string; id: string } | null, limit: number) {
  const date = (v: string | null) => (v ? cypherDate(v) : null);
  const anchor = ANCHORS.find(([k]) => filters[k] !== null);
  if (anchor) {
    const params: Record<string, unknown> = {
      anchorId: filters[anchor[0]],
      anchorTypes: [...anchor[1]],
      brokerId: filters.brokerId,
      firmId: filters.firmId,
      labId: filters.labId,
      personId: filters.personId,
      from: date(filters.from),
      to: date(filters.to),
    };
    if (count) return { name: 'ledgerIntroductionsAnchoredCount' as const, params };
    return {
      name: 'ledgerIntroductionsAnchored' as const,
      params: { ...params, afterDate: date(cursor?.date ?? null), afterId: cursor?.id ?? null, limit },
    };
  }
  const params = { lo: cypherDate(filters.from ?? '0001-01-01'), hi: cypherDate(filters.to ?? '9999-12-31') };
  if (count) return { name: 'ledgerIntroductionsAllCount' as const, params };
  return { name: 'ledgerIntroductionsAll' as const, params: { ...params, afterDate: date(cursor?.date ?? null), afterId: cursor?.id ?? null, limit } };
}

export async function listIntroductions(db: Db, rawArgs: unknown): Promise<IntroductionPage> {
  const { limit, after, ...filters } = parseArgs(ListArgs, rawArgs);
  if (filters.from && filters.to && filters.from > filters.to) throw badInput('to', 'must not be before `from`');
  const cursor = after ? decodeCursor(after, filters) : null;
  // An id that names no node, or a node of the wrong kind, is the caller's mistake, not an empty ledger.
  const named = ANCHORS.map(([k]) => [k, filters[k]] as const).filter((x): x is readonly [(typeof ANCHORS)[number][0], string] => x[1] !== null);
  if (named.length) {
    const nodes = await nodesById(db, named.map(([, id]) => id));
    for (const [k, id] of named) {
      const n = nodes.get(id);
      if (!n) throw notFound(k, id);
      const t = nodeType(n.labels);
      if ((k === 'brokerId' || k === 'personId') && t !== 'Person') throw badInput(k, `${quoteId(id)} is a ${t}, not a Person`);
      if ((k === 'firmId' || k === 'labId') && !['Enterprise', 'Lab', 'Organisation'].includes(t)) {
        throw badInput(k, `${quoteId(id)} is a ${t}, not an Enterprise, Lab or Organisation`);
      }
    }
  }
  const q = pageQuery(filters, false, cursor, limit + 1);
  const rows = await db.read<{ id: string; date: string }>(q.name, q.params);
  const page = rows.slice(0, limit);
  const items = await introductionsById(db, page.map((r) => r.id));
  const last = page.at(-1);
  const hasMore = rows.length > limit;
  return { items, hasMore, nextCursor: hasMore && last ? encodeCursor(last.date, last.id, filters) : null, filters };
}

export async function countIntroductions(db: Db, filters: ListFilters): Promise<number> {
  const q = pageQuery(filters, true, null, 0);
  const [row] = await db.read<{ total: number }>(q.name, q.params);
  return Number(row?.total ?? 0);
}
