// postDemand: an enterprise posts what it needs. The Demand, its POSTED and NEEDS ties are written in one statement
// (cypher/postDemand.cypher), then the first matches come from the recommendTalents ranking. The response is due
// 48 hours after posting (Lishui's order).
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Lang } from '../context.js';
import type { Db, PlainNode } from '../db.js';
import { badInput, notFound } from '../explore/validate.js';
import { toGqlNode, type GqlNode } from '../graph/shape.js';
import { invalidateBrokers } from '../recommend/brokers.js';
import { checkNode, nodesById } from '../recommend/graph-reads.js';
import type { Recommendation } from '../recommend/recommendation.js';
import { recommendTalents } from '../recommend/talents.js';
import { nodeRow } from '../model/records.js';
import { checkId, checkString } from './input-checks.js';

export const RESPONSE_HOURS = 48;
export const MAX_TECH_AREAS = 20;

export interface PostDemandArgs {
  enterpriseId: unknown;
  techAreas: unknown;
  regionId: unknown;
  description: unknown;
  name?: unknown;
  limit?: unknown;
}

export interface DemandResult {
  demand: GqlNode;
  matches: Recommendation[];
  postedAt: string;
  responseDue: string;
}

/** postedAt + 48 hours, as ISO instants. */
export function responseWindow(now: Date): { postedAt: string; responseDue: string } {
  return { postedAt: now.toISOString(), responseDue: new Date(now.getTime() + RESPONSE_HOURS * 3_600_000).toISOString() };
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '')?.trim() ?? text.trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

export async function postDemand(db: Db, args: PostDemandArgs, lang: Lang, now = new Date()): Promise<DemandResult> {
  const enterpriseId = checkId('enterpriseId', args.enterpriseId);
  const regionId = checkId('regionId', args.regionId);
  if (!Array.isArray(args.techAreas) || args.techAreas.length === 0) throw badInput('techAreas', 'must list at least one tech area id');
  if (args.techAreas.length > MAX_TECH_AREAS) throw badInput('techAreas', `must list at most ${MAX_TECH_AREAS} tech areas`);
  const techAreas = [...new Set(args.techAreas.map((t, i) => checkId(`techAreas[${i}]`, t)))];
  if (typeof args.description !== 'string' || args.description.trim() === '') throw badInput('description', 'must say what the firm needs');
  checkString('description', args.description);
  const name = args.name === undefined || args.name === null ? firstLine(args.description) : args.name;
  if (typeof name !== 'string' || name.trim() === '') throw badInput('name', 'must not be empty');
  checkString('name', name);
  const limit = args.limit === undefined || args.limit === null ? 10 : args.limit;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 100) throw badInput('limit', 'must be a whole number from 1 to 100');

  const nodes = await nodesById(db, [enterpriseId, regionId, ...techAreas]);
  checkNode('enterpriseId', enterpriseId, nodes.get(enterpriseId), ['Enterprise']);
  checkNode('regionId', regionId, nodes.get(regionId), ['Region']);
  (args.techAreas as string[]).forEach((t, i) => checkNode(`techAreas[${i}]`, t, nodes.get(t), ['TechArea']));

  const id = `demand:${randomUUID()}`;
  const { postedAt, responseDue } = responseWindow(now);
  const row = nodeRow({
    id,
    labels: ['Demand'],
    props: { name, description: args.description, status: 'open', postedAt, responseDue, techAreaIds: techAreas, regionId },
  });
  const [written] = await db.write<{ demand: PlainNode }>('postDemand', { id, enterpriseId, regionId, techAreaIds: techAreas, props: row.props });
  // Everything was checked just before; a node removed in between leaves nothing written.
  if (!written) throw notFound('enterpriseId', enterpriseId);
  invalidateBrokers();

  let matches: Recommendation[];
  try {
    matches = await recommendTalents(db, id, limit, lang, 'demandId');
  } catch (e) {
    const code = e instanceof GraphQLError ? (e.extensions.code as string | undefined) : undefined;
    throw new GraphQLError(`The demand ${id} was posted, but finding its first matches failed; ask recommendTalents(demandId: "${id}") again.`, {
      extensions: { code: code ?? 'UNAVAILABLE', demandId: id },
      originalError: e instanceof Error ? e : undefined,
    });
  }
  return { demand: toGqlNode(written.demand), matches, postedAt, responseDue };
}
