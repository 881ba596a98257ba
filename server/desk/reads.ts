// Reading the order desk: the scope of a queue (a region or a pool, with their sub-regions), the queue itself with
// cursor pagination, one demand as the desk shows it, and the 48-hour statistics. Masking for viewers happens in
// the DeskDemand field resolvers (server/resolvers/DeskDemand/), so every root that returns a DeskDemand is covered.
import type { Db, PlainNode } from '../db.js';
import { badInput, notFound } from '../explore/validate.js';
import { toGqlNode, type GqlNode, type Reason } from '../graph/shape.js';
import { nodesById } from '../recommend/graph-reads.js';
import { nodeType } from '../graph/shape.js';
import { deskClock, normaliseStatus, type DeskClock, type DemandStatus } from './lifecycle.js';

/** A demand as the desk shows it; the unmasked values, which the DeskDemand field resolvers mask for viewers. */
export interface DeskDemandValue extends DeskClock {
  id: string;
  node: GqlNode;
  name: string;
  status: DemandStatus;
  postedAt: string;
  responseDue: string;
  answeredAt: string | null;
  closedAt: string | null;
  firm: GqlNode | null;
  region: GqlNode | null;
  pool: GqlNode | null;
  techAreas: GqlNode[];
  shortlistSize: number;
  acceptedCount: number;
  version: number;
  /** Raw stored values the field resolvers mask. */
  stored: Record<string, unknown>;
  asOf: string;
}

export interface CandidateValue {
  person: GqlNode;
  rank: number;
  score: number;
  reasonDetails: Reason[];
  proposedBy: string;
  proposedAt: string;
  note: string | null;
  response: 'accepted' | 'declined' | null;
  responseNote: string | null;
  respondedAt: string | null;
}

interface CardRow {
  demand: PlainNode;
  firms: PlainNode[];
  regions: PlainNode[];
  pools: PlainNode[];
  techAreas: PlainNode[];
  shortlistSize: number;
  acceptedCount: number;
}

/** An ISO instant in UTC, or null. Stored date-times may carry an offset (+08:00); answers are always UTC. */
export function utc(v: unknown): string | null {
  if (typeof v !== 'string' || v === '') return null;
  const t = Date.parse(v.replace(/\[.*\]$/, ''));
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function shapeCard(row: CardRow, asOf: Date): DeskDemandValue {
  const p = row.demand.properties;
  const status = normaliseStatus(p.status);
  const postedAt = utc(p.postedAt) ?? new Date(0).toISOString();
  const responseDue = utc(p.responseDue) ?? postedAt;
  const answeredAt = utc(p.answeredAt);
  const closedAt = utc(p.closedAt);
  const node = toGqlNode(row.demand);
  return {
    id: row.demand.id,
    node,
    name: node.name,
    status,
    postedAt,
    responseDue,
    answeredAt,
    closedAt,
    ...deskClock({ status, postedAt, responseDue, answeredAt, closedAt }, asOf),
    firm: row.firms[0] ? toGqlNode(row.firms[0]) : null,
    region: row.regions[0] ? toGqlNode(row.regions[0]) : null,
    pool: row.pools[0] ? toGqlNode(row.pools[0]) : null,
    techAreas: row.techAreas.map(toGqlNode),
    shortlistSize: row.shortlistSize,
    acceptedCount: row.acceptedCount,
    version: typeof p.version === 'number' ? p.version : 0,
    stored: p,
    asOf: asOf.toISOString(),
  };
}

export async function deskCards(db: Db, ids: readonly string[], asOf: Date): Promise<DeskDemandValue[]> {
  if (ids.length === 0) return [];
  const rows = await db.read<CardRow>('deskCards', { ids: [...ids] });
  const byId = new Map(rows.map((r) => [r.demand.id, shapeCard(r, asOf)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** One demand, or NOT_FOUND naming the argument (BAD_USER_INPUT when the id is another kind of node). */
export async function deskDemand(db: Db, id: string, asOf: Date, argument = 'id'): Promise<DeskDemandValue> {
  const [card] = await deskCards(db, [id], asOf);
  if (card) return card;
  const node = (await nodesById(db, [id])).get(id);
  if (node) throw badInput(argument, `${JSON.stringify(id.slice(0, 200))} is a ${nodeType(node.labels)}, not a Demand`);
  throw notFound(argument, id);
}

export interface Scope {
  node: GqlNode | null;
  /** Region ids the scope covers; null for no scope (every demand). */
  regionIds: string[] | null;
}

export async function deskScope(db: Db, scopeId: string | null, argument = 'scopeId'): Promise<Scope> {
  if (scopeId === null) return { node: null, regionIds: null };
  const [row] = await db.read<{ scope: PlainNode; regionIds: string[] }>('deskScope', { scopeId });
  if (!row) {
    const node = (await nodesById(db, [scopeId])).get(scopeId);
    if (node) throw badInput(argument, `${JSON.stringify(scopeId.slice(0, 200))} is a ${nodeType(node.labels)}, not a Region or a TalentPool`);
    throw notFound(argument, scopeId);
  }
  return { node: toGqlNode(row.scope), regionIds: row.regionIds };
}

export async function deskShortlist(db: Db, id: string): Promise<CandidateValue[]> {
  const rows = await db.read<{ person: PlainNode; tie: Record<string, unknown> }>('deskShortlist', { id });
  return rows.map(({ person, tie }) => {
    const codes = Array.isArray(tie.reasonCodes) ? (tie.reasonCodes as string[]) : [];
    const zh = Array.isArray(tie.reasonsZh) ? (tie.reasonsZh as string[]) : [];
    const en = Array.isArray(tie.reasonsEn) ? (tie.reasonsEn as string[]) : [];
    const n = Math.max(codes.length, zh.length, en.length);
    const reasonDetails: Reason[] = Array.from({ length: n }, (_, i) => ({
      code: codes[i] ?? 'PROPOSED',
      zh: zh[i] ?? en[i] ?? '',
      en: en[i] ?? zh[i] ?? '',
    }));
    const response = tie.response === 'accepted' || tie.response === 'declined' ? tie.response : null;
    return {
      person: toGqlNode(person),
      rank: typeof tie.rank === 'number' ? tie.rank : 0,
      score: typeof tie.score === 'number' ? tie.score : 0,
      reasonDetails,
      proposedBy: typeof tie.proposedBy === 'string' ? tie.proposedBy : '',
      proposedAt: utc(tie.proposedAt) ?? utc(tie.start) ?? new Date(0).toISOString(),
      note: typeof tie.note === 'string' ? tie.note : null,
      response,
      responseNote: typeof tie.responseNote === 'string' ? tie.responseNote : null,
      respondedAt: utc(tie.respondedAt),
    };
  });
}

export interface DemandEventValue {
  at: string;
  actor: string;
  operation: string;
  fields: string[];
  status: string;
  errorCodes: string[];
  variables: string | null;
}

export async function deskHistory(db: Db, d: Pick<DeskDemandValue, 'id' | 'postedAt'>): Promise<DemandEventValue[]> {
  // Audit records carry the server's clock; a demand posted through the API has its audit event a moment before
  // its postedAt, so read from an hour earlier.
  const since = new Date(new Date(d.postedAt).getTime() - 3_600_000).toISOString();
  const rows = await db.read<{ event: Record<string, unknown> }>('deskHistory', { id: d.id, since, limit: 500 });
  return rows.map(({ event: e }) => ({
    at: utc(e.at) ?? String(e.at),
    actor: String(e.actor ?? ''),
    operation: String(e.operation ?? ''),
    fields: Array.isArray(e.fields) ? (e.fields as string[]) : [],
    status: String(e.status ?? ''),
    errorCodes: Array.isArray(e.errorCodes) ? (e.errorCodes as string[]) : [],
    variables: typeof e.variables === 'string' ? e.variables : null,
  }));
}

export interface MilestoneValue {
  at: string;
  kind: string;
  actor: string | null;
  personId: string | null;
}

/** What happened when, from the demand's stored times and its shortlist's. */
export function timeline(d: DeskDemandValue, shortlist: readonly CandidateValue[]): MilestoneValue[] {
  const s = d.stored;
  const out: MilestoneValue[] = [{ at: d.postedAt, kind: 'posted', actor: null, personId: null }];
  for (const c of shortlist) {
    out.push({ at: c.proposedAt, kind: 'proposed', actor: c.proposedBy || null, personId: c.person.id });
    if (c.response && c.respondedAt) out.push({ at: c.respondedAt, kind: c.response, actor: null, personId: c.person.id });
  }
  if (d.answeredAt) out.push({ at: d.answeredAt, kind: 'answered', actor: typeof s.answeredBy === 'string' ? s.answeredBy : null, personId: null });
  if (d.closedAt) {
    const kind = d.status === 'accepted' ? 'closed_accepted' : d.status === 'declined' ? 'closed_declined' : d.status === 'withdrawn' ? 'withdrawn' : 'closed';
    out.push({ at: d.closedAt, kind, actor: typeof s.closedBy === 'string' ? s.closedBy : null, personId: null });
  }
  const order = ['posted', 'proposed', 'answered', 'accepted', 'declined', 'closed_accepted', 'closed_declined', 'withdrawn', 'closed'];
  return out.sort((a, b) => a.at.localeCompare(b.at) || order.indexOf(a.kind) - order.indexOf(b.kind));
}

// ---------------------------------------------------------------------------------------------------------------
// The queue's cursor: the last item's (responseDue, id), opaque to clients.

export function encodeCursor(responseDue: string, id: string): string {
  return Buffer.from(JSON.stringify([responseDue, id]), 'utf8').toString('base64url');
}

export function decodeCursor(after: string | null, argument = 'after'): { afterDue: string | null; afterId: string | null } {
  if (after === null) return { afterDue: null, afterId: null };
  try {
    const v = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string' && !Number.isNaN(Date.parse(v[0]))) {
      return { afterDue: v[0], afterId: v[1] };
    }
  } catch {
    // fall through
  }
  throw badInput(argument, 'is not a cursor this field returned (pass the previous page\'s nextCursor)');
}

