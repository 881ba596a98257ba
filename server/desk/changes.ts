// The order desk's changes: propose, remove and reorder candidates, answer, record the firm's response, withdraw.
// Each one reads the demand, refuses what its state does not allow (BAD_USER_INPUT naming the state, nothing
// written), then writes through one named query that takes the demand's write lock before it reads the state again
// and writes only if the demand is still at the version read (cypher/desk*.cypher). Losing a race to another change
// is CONFLICT naming the state found. The audit plugin records every call (server/auth/audit.ts).
import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { badInput, notFound, quoteId } from '../explore/validate.js';
import type { QueryName } from '../query-names.js';
import { checkId, checkString } from '../mutations/input-checks.js';
import { allow } from '../mutations/roles.js';
import { nodesById } from '../recommend/graph-reads.js';
import { recommendTalents } from '../recommend/talents.js';
import { ALLOWED_FROM, allowed, normaliseStatus, type DeskAction } from './lifecycle.js';
import { deskDemand, deskShortlist, type CandidateValue, type DeskDemandValue } from './reads.js';

export const MAX_PROPOSED_AT_ONCE = 20;
export const MAX_NOTE = 2_000;
/** How deep the ranking is read for the candidates' snapshots. */
const SNAPSHOT_DEPTH = 100;

const VERBS: Record<DeskAction, string> = {
  propose: 'take candidates',
  remove: 'lose candidates',
  reorder: 'have its shortlist reordered',
  answer: 'be answered',
  respond: "take the firm's responses",
  withdraw: 'be withdrawn',
};

export function conflict(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', http: { status: 409 }, ...extra } });
}

function illegal(action: DeskAction, d: DeskDemandValue): GraphQLError {
  const states = ALLOWED_FROM[action].join(' or ');
  return new GraphQLError(
    `Invalid argument \`demandId\`: the demand ${quoteId(d.id)} is ${d.status}; only a demand that is ${states} can ${VERBS[action]}.`,
    { extensions: { code: 'BAD_USER_INPUT', argument: 'demandId', status: d.status } },
  );
}

function optionalText(argument: string, value: unknown, max = MAX_NOTE): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw badInput(argument, 'must be text');
  checkString(argument, value);
  if (value.length > max) throw badInput(argument, `must be at most ${max} characters`);
  return value.trim() === '' ? null : value;
}

function optionalVersion(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw badInput('expectedVersion', 'must be a whole number, 0 or more');
  return value;
}

interface LockedRow {
  status: string;
  version: number;
  legal: boolean;
}

/**
 * The common frame of every change: role, the demand as it stands, the caller's expected version, the state rule,
 * the action's own checks, the locked write, and the demand as it stands afterwards.
 */
async function change(
  ctx: Context,
  field: string,
  action: DeskAction,
  rawDemandId: unknown,
  rawExpected: unknown,
  check: (d: DeskDemandValue) => Promise<Record<string, unknown>>,
  query: QueryName,
): Promise<DeskDemandValue> {
  allow(ctx, 'desk', field);
  const demandId = checkId('demandId', rawDemandId);
  const expected = optionalVersion(rawExpected);
  const now = new Date();
  const d = await deskDemand(ctx.db, demandId, now, 'demandId');
  if (expected !== null && expected !== d.version) {
    throw conflict(`The demand ${quoteId(d.id)} changed since version ${expected}: it is now ${d.status} (version ${d.version}); reload it and try again.`, {
      status: d.status,
      version: d.version,
    });
  }
  if (!allowed(action, d.status)) {
    // A broker who finds the demand answered by someone else lost a race rather than made a mistake.
    const answeredBy = d.stored.answeredBy;
    if (action === 'answer' && d.answeredAt && typeof answeredBy === 'string' && answeredBy !== ctx.viewer.id) {
      throw conflict(`The demand ${quoteId(d.id)} is already ${d.status}: another broker answered it at ${d.answeredAt}.`, { status: d.status, version: d.version });
    }
    throw illegal(action, d);
  }
  const params = await check(d);
  const [row] = await ctx.db.write<LockedRow>(query, { id: d.id, version: d.version, actor: ctx.viewer.id, now: now.toISOString(), ...params });
  if (!row) throw notFound('demandId', demandId);
  if (!row.legal) {
    const found = normaliseStatus(row.status);
    throw conflict(`The demand ${quoteId(d.id)} was changed by someone else while this change was made: it is now ${found} (version ${row.version}); reload it and try again.`, {
      status: found,
      version: row.version,
    });
  }
  return deskDemand(ctx.db, d.id, new Date(), 'demandId');
}

function personList(argument: string, value: unknown, max: number): string[] {
  if (!Array.isArray(value) || value.length === 0) throw badInput(argument, 'must list at least one person id');
  if (value.length > max) throw badInput(argument, `must list at most ${max} people`);
  const ids = value.map((v, i) => checkId(`${argument}[${i}]`, v));
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup !== undefined) throw badInput(argument, `lists ${quoteId(dup)} twice`);
  return ids;
}

async function checkPeople(ctx: Context, argument: string, ids: readonly string[]): Promise<void> {
  const nodes = await nodesById(ctx.db, ids);
  ids.forEach((id, i) => {
    const n = nodes.get(id);
    if (!n) throw notFound(`${argument}[${i}]`, id);
    if (!n.labels.includes('Person')) throw badInput(`${argument}[${i}]`, `${quoteId(id)} is not a Person`);
  });
}

function onShortlist(list: readonly CandidateValue[], personId: string, argument: string): CandidateValue {
  const c = list.find((x) => x.person.id === personId);
  if (!c) {
    throw new GraphQLError(`${quoteId(personId)} given as \`${argument}\` is not on this demand's shortlist.`, {
      extensions: { code: 'NOT_FOUND', argument },
    });
  }
  return c;
}

export interface ProposeArgs {
  demandId: unknown;
  personIds: unknown;
  note?: unknown;
  expectedVersion?: unknown;
}

export function proposeCandidates(ctx: Context, args: ProposeArgs): Promise<DeskDemandValue> {
  return change(ctx, 'proposeCandidates', 'propose', args.demandId, args.expectedVersion, async (d) => {
    const personIds = personList('personIds', args.personIds, MAX_PROPOSED_AT_ONCE);
    const note = optionalText('note', args.note);
    await checkPeople(ctx, 'personIds', personIds);
    const current = d.shortlistSize > 0 ? await deskShortlist(ctx.db, d.id) : [];
    personIds.forEach((id, i) => {
      if (current.some((c) => c.person.id === id)) throw badInput(`personIds[${i}]`, `${quoteId(id)} is already on the shortlist`);
    });
    // The snapshot: each person's place in the ranking as it stands now.
    const ranking = await recommendTalents(ctx.db, d.id, SNAPSHOT_DEPTH, ctx.lang, 'demandId');
    const byId = new Map(ranking.map((r) => [r.node.id, r]));
    const candidates = personIds.map((personId) => {
      const r = byId.get(personId);
      const reasons = r?.reasonDetails ?? [
        { code: 'OUTSIDE_RANKING', zh: `不在推荐排名前${SNAPSHOT_DEPTH}位内,由经纪人直接提名`, en: `not in the top ${SNAPSHOT_DEPTH} of the ranking; proposed by the broker` },
      ];
      return {
        personId,
        score: r?.score ?? 0,
        reasonCodes: reasons.map((x) => x.code),
        reasonsZh: reasons.map((x) => x.zh),
        reasonsEn: reasons.map((x) => x.en),
      };
    });
    return { candidates, note };
  }, 'deskPropose');
}

export function removeCandidate(ctx: Context, args: { demandId: unknown; personId: unknown; expectedVersion?: unknown }): Promise<DeskDemandValue> {
  return change(ctx, 'removeCandidate', 'remove', args.demandId, args.expectedVersion, async (d) => {
    const personId = checkId('personId', args.personId);
    onShortlist(await deskShortlist(ctx.db, d.id), personId, 'personId');
    return { personId };
  }, 'deskRemove');
}

export function reorderShortlist(ctx: Context, args: { demandId: unknown; personIds: unknown; expectedVersion?: unknown }): Promise<DeskDemandValue> {
  return change(ctx, 'reorderShortlist', 'reorder', args.demandId, args.expectedVersion, async (d) => {
    const personIds = personList('personIds', args.personIds, 1_000);
    const current = (await deskShortlist(ctx.db, d.id)).map((c) => c.person.id);
    const extra = personIds.filter((id) => !current.includes(id));
    const missing = current.filter((id) => !personIds.includes(id));
    if (extra.length) throw badInput('personIds', `${extra.map(quoteId).join(', ')} ${extra.length > 1 ? 'are' : 'is'} not on the shortlist`);
    if (missing.length) throw badInput('personIds', `must list everyone on the shortlist; missing ${missing.map(quoteId).join(', ')}`);
    return { personIds };
  }, 'deskReorder');
}

export function answerDemand(ctx: Context, args: { demandId: unknown; message?: unknown; expectedVersion?: unknown }): Promise<DeskDemandValue> {
  return change(ctx, 'answerDemand', 'answer', args.demandId, args.expectedVersion, async (d) => {
    const message = optionalText('message', args.message, 10_000);
    if (d.shortlistSize === 0) throw badInput('demandId', `the shortlist of ${quoteId(d.id)} is empty; propose candidates before answering`);
    return { message };
  }, 'deskAnswer');
}

export function recordFirmResponse(
  ctx: Context,
  args: { demandId: unknown; personId: unknown; accepted: unknown; note?: unknown; expectedVersion?: unknown },
): Promise<DeskDemandValue> {
  return change(ctx, 'recordFirmResponse', 'respond', args.demandId, args.expectedVersion, async (d) => {
    const personId = checkId('personId', args.personId);
    if (typeof args.accepted !== 'boolean') throw badInput('accepted', 'must be true or false');
    const note = optionalText('note', args.note);
    const c = onShortlist(await deskShortlist(ctx.db, d.id), personId, 'personId');
    if (c.response) throw badInput('personId', `the firm's response about ${quoteId(personId)} was already recorded (${c.response}, ${c.respondedAt ?? 'no date'})`);
    return { personId, accepted: args.accepted, note };
  }, 'deskRespond');
}

export function withdrawDemand(ctx: Context, args: { demandId: unknown; reason?: unknown; expectedVersion?: unknown }): Promise<DeskDemandValue> {
  return change(ctx, 'withdrawDemand', 'withdraw', args.demandId, args.expectedVersion, async () => ({ reason: optionalText('reason', args.reason) }), 'deskWithdraw');
}
