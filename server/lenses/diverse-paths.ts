// Query.paths(diverse: true): up to k paths that share no intermediate node, each of at most maxHops, instead of
// near-duplicates that differ in one hop. Greedy over the lazily read neighbourhood of the ends (corridor.ts): the
// shortest path, then the shortest path avoiding every intermediate node used so far, until k or none is left.
// What is guaranteed: the paths are real and simple, pairwise disjoint in their intermediate nodes, the first is a
// shortest path, and the answer is maximal: when fewer than k come back, no other path of at most maxHops avoids
// all their intermediate nodes (the last search proved it; a direct tie between the ends is the one path with none,
// and is listed first when it exists). Finding the most such paths is NP-hard for a hop bound of 5 or more;
// `upperBound` is set when an end has fewer usable ties than k, which caps any answer. When the request's cap on
// ties read is reached after some paths were found, those are returned and the answer says the search stopped.
import { GraphQLError } from 'graphql';
import type { Db } from '../db.js';
import { comparePaths, type PathArgs } from '../explore/paths.js';
import { notFound } from '../explore/validate.js';
import { reason, type GqlPath, type Reason } from '../graph/shape.js';
import type { WalkedPath } from './bounded-graph.js';
import { Corridor, hydratePaths } from './corridor.js';

export interface PathDiversity {
  requested: number;
  found: number;
  complete: boolean;
  upperBound: number | null;
  reasons: string[];
  reasonDetails: Reason[];
}

export type DiversePath = GqlPath & { diversity: PathDiversity };

const isLimit = (e: unknown) => e instanceof GraphQLError && e.extensions.code === 'RESOURCE_LIMIT';

export async function findDiversePaths(db: Db, args: PathArgs, lang: 'zh' | 'en'): Promise<DiversePath[]> {
  const corridor = await Corridor.open(db, args);
  for (const end of ['from', 'to'] as const) if (!corridor.ends.has(args[end])) throw notFound(end, args[end]);
  const walked: WalkedPath[] = [];
  const used = new Set<string>();
  let capped = false;
  while (walked.length < args.k) {
    let p: WalkedPath | null;
    try {
      p = await corridor.shortestPath({ limit: args.maxHops, removed: used, skipDirect: walked.some((w) => w.rels.length === 1) });
    } catch (e) {
      // Past the cap with paths in hand: answer with them and say the search stopped; with none, refuse.
      if (!walked.length || !isLimit(e)) throw e;
      capped = true;
      break;
    }
    if (!p) break;
    walked.push(p);
    for (const v of p.nodes.slice(1, -1)) used.add(v);
  }
  if (!walked.length) return [];
  const paths = (await hydratePaths(db, walked)).sort(comparePaths);
  const upperBound = capped || paths.length >= args.k ? null : endBound(corridor, args.k);
  const details = diversityReasons({ k: args.k, found: paths.length, maxHops: args.maxHops, upperBound, capped });
  const diversity: PathDiversity = {
    requested: args.k,
    found: paths.length,
    complete: paths.length >= args.k,
    upperBound,
    reasons: details.map((r) => (lang === 'en' ? r.en : r.zh)),
    reasonDetails: details,
  };
  return paths.map((p) => ({ ...p, diversity }));
}

/**
 * Node-disjoint paths leave an end by different ties, so an end with fewer usable neighbours than k caps every
 * answer (the other end counts as one: the direct tie). Neighbours not yet checked count as usable. Null when
 * neither end's ties were all read, or the cap is at least k.
 */
function endBound(corridor: Corridor, k: number): number | null {
  const { from, to } = corridor.args;
  let bound: number | null = null;
  for (const [end, steps] of [
    [from, corridor.graph.out.get(from)!],
    [to, corridor.graph.in.get(to)!],
  ] as const) {
    if (!corridor.isExpanded(end)) continue;
    const n = [...steps.keys()].filter((v) => !corridor.isHub(v)).length;
    bound = bound === null ? n : Math.min(bound, n);
  }
  return bound !== null && bound < k ? bound : null;
}

function diversityReasons(f: { k: number; found: number; maxHops: number; upperBound: number | null; capped: boolean }): Reason[] {
  const { k, found, maxHops, upperBound } = f;
  const out = [reason('DISJOINT', `${found}条路径两两不共用中间节点`, `${found} path(s) that share no intermediate node`)];
  if (found >= k) return out;
  if (f.capped) {
    out.push(
      reason(
        'SEARCH_CAPPED',
        `少于所求的${k}条:读取的关系已达上限,搜索在此停止,可能还有其他路径`,
        `Fewer than the ${k} asked for: the search stopped at its cap on ties read, so more such paths may exist`,
      ),
    );
    return out;
  }
  out.push(
    reason(
      'FEWER_THAN_ASKED',
      `少于所求的${k}条:去掉这些路径的中间节点后,两端之间不再有${maxHops}步以内的其他路径`,
      `Fewer than the ${k} asked for: without these paths' intermediate nodes no other path of at most ${maxHops} hops joins the ends`,
    ),
  );
  if (upperBound !== null && upperBound <= found) {
    out.push(
      reason(
        'PROVEN_MAXIMUM',
        `不可能有更多:一端只有${upperBound}个可经过的邻居,两端之间最多只有${upperBound}条互不相交的路径`,
        `No more can exist: an end has only ${upperBound} neighbour(s) a path may pass, so at most ${upperBound} node-disjoint paths join the ends`,
      ),
    );
  }
  return out;
}
