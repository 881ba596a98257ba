// Reads the recommendation answers share: nodes by id (with NOT_FOUND / wrong-type errors naming the argument),
// the taxonomy family of a set of tech areas, and the supporting paths along chosen node sequences; and the last
// step they share, turning the ranked items into Recommendations.
import type { Lang } from '../context.js';
import type { Db, PlainNode, PlainPath } from '../db.js';
import { badInput, notFound } from '../explore/validate.js';
import { nodeType, type Reason } from '../graph/shape.js';
import type { NodeLabel } from '../model/model.js';
import { assemblePath, hopKey, hopPairs, type HopRow } from './path-hops.js';
import { recommendation, type Recommendation } from './recommendation.js';
import type { ScorePart } from './score-parts.js';
import { AreaFamily, type FamilyRow } from './taxonomy.js';

export async function nodesById(db: Db, ids: Iterable<string>): Promise<Map<string, PlainNode>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.read<{ n: PlainNode }>('recommendNodes', { ids: unique });
  return new Map(rows.map((r) => [r.n.id, r.n]));
}

/** Throws NOT_FOUND when no node has the id, BAD_USER_INPUT when it is not of the expected type. */
export function checkNode(argument: string, id: string, node: PlainNode | undefined, expected: readonly NodeLabel[]): PlainNode {
  if (!node) throw notFound(argument, id);
  const type = nodeType(node.labels);
  if (!expected.includes(type)) {
    throw badInput(argument, `${JSON.stringify(id.slice(0, 200))} is a ${type}, not ${expected.length > 1 ? `one of ${expected.join(', ')}` : `a ${expected[0]}`}`);
  }
  return node;
}

/** After an anchored query found nothing: says whether the id is unknown or of another type. Always throws. */
export async function explainMissing(db: Db, argument: string, id: string, expected: readonly NodeLabel[]): Promise<never> {
  const nodes = await nodesById(db, [id]);
  checkNode(argument, id, nodes.get(id), expected);
  throw notFound(argument, id);
}

export async function areaFamily(db: Db, areaIds: readonly string[]): Promise<AreaFamily> {
  if (areaIds.length === 0) return new AreaFamily([]);
  return new AreaFamily(await db.read<FamilyRow>('recommendAreaFamily', { areaIds: [...new Set(areaIds)] }));
}

/** The supporting path along each sequence of ids (null where a hop is missing), in one round trip. */
export async function pathsAlong<K>(db: Db, sequences: ReadonlyMap<K, readonly string[]>): Promise<Map<K, PlainPath | null>> {
  const pairs = hopPairs([...sequences.values()]);
  const hops = new Map<string, HopRow>();
  if (pairs.length) {
    for (const row of await db.read<HopRow>('recommendPathHops', { pairs })) hops.set(hopKey(row.fromId, row.toId), row);
  }
  return new Map([...sequences].map(([k, ids]) => [k, assemblePath(ids, hops)]));
}

export const uniq = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

/** What an answer adds to a ranked item: its reasons and the ids of the nodes it names. */
export interface ItemDetail {
  reasons: Reason[];
  relatedIds: string[];
}

/**
 * One Recommendation per ranked item, in rank order, with the node, supporting path and related nodes read before;
 * an item whose node was not read (deleted meanwhile) is left out. `finish` may annotate an item (the track record).
 */
export function toRecommendations<S extends { score: number; parts: ScorePart[] }>(
  ranked: readonly S[],
  read: { idOf: (s: S) => string; nodes: ReadonlyMap<string, PlainNode>; paths: ReadonlyMap<string, PlainPath | null>; lang: Lang },
  detail: (s: S) => ItemDetail,
  finish?: (item: Recommendation, s: S) => void,
): Recommendation[] {
  return ranked.flatMap((s) => {
    const id = read.idOf(s);
    const node = read.nodes.get(id);
    if (!node) return [];
    const { reasons, relatedIds } = detail(s);
    const item = recommendation({
      node,
      score: s.score,
      reasons,
      parts: s.parts,
      path: read.paths.get(id) ?? null,
      related: relatedIds.map((r) => read.nodes.get(r)),
      lang: read.lang,
    });
    finish?.(item, s);
    return [item];
  });
}
