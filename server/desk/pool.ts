// Pool admission and the classified index (Lishui's shared-talent pool): admitting a person on the pool's own
// dimensions with 0..100 scores and index tags, leaving a pool, and listing a pool's members (sub-pools included)
// by tag, per-dimension minimum and expertise, cursor-paginated. Scores and who admitted are masked for viewers in
// the PoolMember field resolvers.
import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import type { Db, PlainNode } from '../db.js';
import { badInput, notFound, quoteId } from '../explore/validate.js';
import { toGqlNode, type GqlNode } from '../graph/shape.js';
import { requireRole } from '../auth/guard.js';
import { checkId, checkString } from '../mutations/input-checks.js';
import { allow } from '../mutations/roles.js';
import { checkNode, nodesById } from '../recommend/graph-reads.js';
import { conflict } from './changes.js';

export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 50;

export interface PoolMemberValue {
  person: GqlNode;
  pool: GqlNode;
  dimensions: string[];
  rawScores: Array<{ dimension: string; score: number }>;
  tags: string[];
  admittedOn: string | null;
  rawAdmittedBy: string | null;
  leftOn: string | null;
  illustrative: boolean;
}

export function toPoolMember(person: PlainNode, pool: PlainNode, tie: Record<string, unknown>): PoolMemberValue {
  const dimensions = Array.isArray(tie.dimensions) ? (tie.dimensions as string[]) : [];
  const scores = Array.isArray(tie.scores) ? (tie.scores as number[]) : [];
  return {
    person: toGqlNode(person),
    pool: toGqlNode(pool),
    dimensions,
    rawScores: scores.length === dimensions.length ? dimensions.map((dimension, i) => ({ dimension, score: scores[i]! })) : [],
    tags: Array.isArray(tie.tags) ? (tie.tags as string[]) : [],
    admittedOn: typeof tie.admittedOn === 'string' ? tie.admittedOn.slice(0, 10) : null,
    rawAdmittedBy: typeof tie.admittedBy === 'string' ? tie.admittedBy : null,
    leftOn: typeof tie.end === 'string' ? tie.end.slice(0, 10) : null,
    illustrative: tie.illustrative === true,
  };
}

const today = () => new Date().toISOString().slice(0, 10);

function optionalDate(argument: string, v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw badInput(argument, 'must be a date YYYY-MM-DD');
  return v;
}

export function checkTags(argument: string, value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw badInput(argument, 'must be a list of tags');
  if (value.length > MAX_TAGS) throw badInput(argument, `must list at most ${MAX_TAGS} tags`);
  const tags = value.map((t, i) => {
    if (typeof t !== 'string' || t.trim() === '') throw badInput(`${argument}[${i}]`, 'must be a non-empty tag');
    checkString(`${argument}[${i}]`, t);
    if (t.length > MAX_TAG_LENGTH) throw badInput(`${argument}[${i}]`, `must be at most ${MAX_TAG_LENGTH} characters`);
    return t.trim();
  });
  return [...new Set(tags)];
}

/** `scores` as {dimension, score}: each dimension a string, each score a whole number 0..100, no dimension twice. */
export function checkScoreList(argument: string, value: unknown): Array<{ dimension: string; score: number }> {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw badInput(argument, 'must be a list of {dimension, score}');
  const seen = new Set<string>();
  return value.map((s: unknown, i) => {
    const item = s as { dimension?: unknown; score?: unknown } | null;
    const dimension = item?.dimension;
    const score = item?.score;
    if (typeof dimension !== 'string' || dimension.trim() === '') throw badInput(`${argument}[${i}].dimension`, 'must name a dimension');
    if (seen.has(dimension)) throw badInput(`${argument}[${i}].dimension`, `names the dimension ${JSON.stringify(dimension)} twice`);
    seen.add(dimension);
    if (typeof score !== 'number' || !Number.isInteger(score) || score < 0 || score > 100) {
      throw badInput(`${argument}[${i}].score`, `must be a whole number from 0 to 100 (dimension ${JSON.stringify(dimension)})`);
    }
    return { dimension, score };
  });
}

/** Orders the scores by the pool's dimensions; a missing or unknown dimension is BAD_USER_INPUT naming it. */
export function scoresForPool(dimensions: readonly string[], scores: ReadonlyArray<{ dimension: string; score: number }>): number[] {
  for (const s of scores) {
    if (!dimensions.includes(s.dimension)) {
      throw badInput('scores', `unknown dimension ${JSON.stringify(s.dimension)}; this pool admits on ${dimensions.map((d) => JSON.stringify(d)).join(', ')}`);
    }
  }
  return dimensions.map((d) => {
    const s = scores.find((x) => x.dimension === d);
    if (!s) throw badInput('scores', `misses the dimension ${JSON.stringify(d)}; this pool admits on ${dimensions.map((x) => JSON.stringify(x)).join(', ')}`);
    return s.score;
  });
}

export async function admitToPool(
  ctx: Context,
  args: { personId: unknown; poolId: unknown; scores: unknown; tags?: unknown; admittedOn?: unknown },
): Promise<PoolMemberValue> {
  allow(ctx, 'desk', 'admitToPool');
  const personId = checkId('personId', args.personId);
  const poolId = checkId('poolId', args.poolId);
  const scores = checkScoreList('scores', args.scores);
  const tags = checkTags('tags', args.tags);
  const admittedOn = optionalDate('admittedOn', args.admittedOn) ?? today();
  const nodes = await nodesById(ctx.db, [personId, poolId]);
  checkNode('personId', personId, nodes.get(personId), ['Person']);
  const pool = checkNode('poolId', poolId, nodes.get(poolId), ['TalentPool']);
  const dimensions = Array.isArray(pool.properties.dimensions) ? (pool.properties.dimensions as string[]) : [];
  if (dimensions.length === 0) throw badInput('poolId', `the pool ${quoteId(poolId)} has no admission dimensions; set its dimensions first`);
  const ordered = scoresForPool(dimensions, scores);
  const refuse = (current: string[]) =>
    conflict(`${quoteId(personId)} is already a current member of ${current.map(quoteId).join(', ')}, in the family of ${quoteId(poolId)}; leavePool first to admit again.`, {
      pools: current,
    });
  const [facts] = await ctx.db.read<{ current: string[] }>('poolFacts', { poolId, personId });
  if (facts && facts.current.length) throw refuse(facts.current);
  const [row] = await ctx.db.write<{ current: string[]; admitted: boolean }>('poolAdmit', {
    personId,
    poolId,
    dimensions,
    scores: ordered,
    tags,
    admittedOn,
    actor: ctx.viewer.id,
  });
  if (!row) throw notFound('personId', personId);
  if (!row.admitted) throw refuse(row.current);
  return poolMember(ctx.db, personId, poolId);
}

export async function poolMember(db: Db, personId: string, poolId: string): Promise<PoolMemberValue> {
  const [row] = await db.read<{ person: PlainNode; pool: PlainNode; tie: Record<string, unknown> }>('poolMember', { personId, poolId });
  if (!row) throw notFound('personId', personId);
  return toPoolMember(row.person, row.pool, row.tie);
}

export async function leavePool(ctx: Context, args: { personId: unknown; poolId: unknown; reason?: unknown; leftOn?: unknown }): Promise<PoolMemberValue> {
  allow(ctx, 'desk', 'leavePool');
  const personId = checkId('personId', args.personId);
  const poolId = checkId('poolId', args.poolId);
  const leftOn = optionalDate('leftOn', args.leftOn) ?? today();
  let reason: string | null = null;
  if (args.reason !== null && args.reason !== undefined) {
    if (typeof args.reason !== 'string') throw badInput('reason', 'must be text');
    checkString('reason', args.reason);
    reason = args.reason;
  }
  const [row] = await ctx.db.write<{ person: PlainNode; pool: PlainNode; tie: Record<string, unknown> }>('poolLeave', { personId, poolId, leftOn, reason });
  if (!row) {
    const nodes = await nodesById(ctx.db, [personId, poolId]);
    checkNode('personId', personId, nodes.get(personId), ['Person']);
    checkNode('poolId', poolId, nodes.get(poolId), ['TalentPool']);
    throw new GraphQLError(`${quoteId(personId)} given as \`personId\` is not a current member of the pool ${quoteId(poolId)} (a member of one of its sub-pools leaves that sub-pool).`, {
      extensions: { code: 'NOT_FOUND', argument: 'personId' },
    });
  }
  return toPoolMember(row.person, row.pool, row.tie);
}

// ---------------------------------------------------------------------------------------------------------------

export interface PoolMembersArgs {
  poolId: unknown;
  tags?: unknown;
  minScores?: unknown;
  techArea?: unknown;
  limit?: unknown;
  after?: unknown;
}

export interface PoolMemberPage {
  items: PoolMemberValue[];
  nextCursor: string | null;
  total: number;
}

function decodeMemberCursor(after: unknown): { afterKey: number | null; afterId: string | null } {
  if (after === null || after === undefined) return { afterKey: null, afterId: null };
  if (typeof after === 'string' && after.length < 2_000) {
    try {
      const v = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as unknown;
      if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'string') return { afterKey: v[0], afterId: v[1] };
    } catch {
      // fall through
    }
  }
  throw badInput('after', "is not a cursor this field returned (pass the previous page's nextCursor)");
}

export async function poolMembers(ctx: Context, args: PoolMembersArgs): Promise<PoolMemberPage> {
  const poolId = checkId('poolId', args.poolId);
  const tags = checkTags('tags', args.tags);
  const minScores = checkScoreList('minScores', args.minScores);
  if (minScores.length) requireRole(ctx, 'broker', 'poolMembers(minScores)');
  const limit = args.limit === undefined || args.limit === null ? 50 : args.limit;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 200) throw badInput('limit', 'must be a whole number from 1 to 200');
  const cursor = decodeMemberCursor(args.after);
  const ids = [poolId];
  const techArea = args.techArea === null || args.techArea === undefined ? null : checkId('techArea', args.techArea);
  if (techArea) ids.push(techArea);
  const nodes = await nodesById(ctx.db, ids);
  const pool = checkNode('poolId', poolId, nodes.get(poolId), ['TalentPool']);
  const dimensions = Array.isArray(pool.properties.dimensions) ? (pool.properties.dimensions as string[]) : [];
  minScores.forEach((s, i) => {
    if (!dimensions.includes(s.dimension)) throw badInput(`minScores[${i}].dimension`, `unknown dimension ${JSON.stringify(s.dimension)}; this pool admits on ${dimensions.map((d) => JSON.stringify(d)).join(', ')}`);
  });
  let techAreaIds: string[] | null = null;
  if (techArea) {
    checkNode('techArea', techArea, nodes.get(techArea), ['TechArea']);
    const [row] = await ctx.db.read<{ ids: string[] }>('poolTechAreas', { techArea });
    techAreaIds = row?.ids ?? [techArea];
  }
  const filters = { poolId, tags, minScores, techAreaIds };
  const [rows, [count]] = await Promise.all([
    ctx.db.read<{ person: PlainNode; pool: PlainNode; tie: Record<string, unknown>; sortKey: number }>('poolMembers', { ...filters, ...cursor, limit: limit + 1 }),
    ctx.db.read<{ total: number }>('poolMembersCount', filters),
  ]);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toPoolMember(r.person, r.pool, r.tie)),
    nextCursor: rows.length > limit && last ? Buffer.from(JSON.stringify([last.sortKey, last.person.id]), 'utf8').toString('base64url') : null,
    total: count?.total ?? 0,
  };
}
