// Query.paths(diverse: true): up to k paths that share no intermediate node, each of at most maxHops, instead of
// near-duplicates that differ in one hop. Read from the hop-bounded corridor (corridor.ts) and chosen there by
// augmenting flow and greedy extension (bounded-graph.ts disjointPaths). What is guaranteed: the paths are real
// and simple, pairwise disjoint in their intermediate nodes, and maximal: when fewer than k come back, no other path
// of at most maxHops avoids all their intermediate nodes (a direct tie between the ends is the one path with none,
// and is listed first when it exists). Finding the most such paths is NP-hard for a hop bound of 5 or more, so
// `upperBound` says when the corridor cannot hold k at any length, which proves fewer exist.
import type { Db, PlainNode } from '../db.js';
import { comparePaths, type PathArgs } from '../explore/paths.js';
import { notFound } from '../explore/validate.js';
import { reason, type GqlPath, type Reason } from '../graph/shape.js';
import { hydratePaths, readCorridor } from './corridor.js';

export interface PathDiversity {
  requested: number;
  found: number;
  complete: boolean;
  upperBound: number | null;
  reasons: string[];
  reasonDetails: Reason[];
}

export type DiversePath = GqlPath & { diversity: PathDiversity };

export async function findDiversePaths(db: Db, args: PathArgs, lang: 'zh' | 'en'): Promise<DiversePath[]> {
  const graph = await readCorridor(db, args);
  const { paths: walked, upperBound } = graph.disjointPaths(args.maxHops, args.k);
  if (!walked.length) {
    const found = new Set((await db.read<{ node: PlainNode }>('node', { ids: [args.from, args.to] })).map((r) => r.node.id));
    for (const end of ['from', 'to'] as const) if (!found.has(args[end])) throw notFound(end, args[end]);
    return [];
  }
  const paths = (await hydratePaths(db, walked)).sort(comparePaths);
  const details = diversityReasons(args.k, paths.length, args.maxHops, upperBound);
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

function diversityReasons(k: number, found: number, maxHops: number, upperBound: number | null): Reason[] {
  const out = [reason('DISJOINT', `${found}条路径两两不共用中间节点`, `${found} path(s) that share no intermediate node`)];
  if (found >= k) return out;
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
        `不可能有更多:${maxHops}步以内的路径经过的节点之间,最多只有${upperBound}条互不相交的路径`,
        `No more can exist: through the nodes that paths of at most ${maxHops} hops use, at most ${upperBound} node-disjoint paths join the ends`,
      ),
    );
  }
  return out;
}
