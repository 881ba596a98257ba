// Query.paths: the k shortest simple paths between two nodes. The Cypher (cypher/paths.cypher) finds the shortest
// walks with `SHORTEST n`; n and the hop bound are filled in as validated whole numbers (db.readWithInts), never
// from the request text. Here walks that visit a node twice are dropped and the rest ordered by length, then by
// weight (sum of tie strengths, stronger first). n starts at k; only when walks had to be dropped and too few
// simple paths remain does it ask again for more. Interior nodes with more than HUB_DEGREE ties are not passed
// through (see cypher/paths.cypher).
import { cypherDate, type Db, type PlainNode, type PlainPath, type RunOptions } from '../db.js';
import { toGqlPath, type GqlPath } from '../graph/shape.js';
import { badInput, notFound } from './validate.js';
import type { Lang } from '../context.js';
import { findDiversePaths } from '../lenses/diverse-paths.js';

/** Nodes with more ties than this are not passed through (they may be ends). */
export const HUB_DEGREE = 1000;

export interface PathArgs {
  from: string;
  to: string;
  k: number;
  maxHops: number;
  relTypes: string[] | null;
  asOf: string | null;
  exclude: string[];
  directed: boolean;
  /** Paths pairwise disjoint in their intermediate nodes instead (server/lenses/diverse-paths.ts). */
  diverse?: boolean;
}

/** Orders paths by length, then by weight (higher first); equal ones keep the database's order. */
export function comparePaths(a: GqlPath, b: GqlPath): number {
  return a.length - b.length || b.weight - a.weight;
}

export async function findPaths(db: Db, args: PathArgs, lang: Lang = 'zh', opts: RunOptions = {}): Promise<GqlPath[]> {
  if (args.from === args.to) throw badInput('to', 'must differ from `from`');
  for (const end of ['from', 'to'] as const) {
    if (args.exclude.includes(args[end])) throw badInput('exclude', `must not list \`${end}\` (${args[end]})`);
  }
  if (args.diverse) return findDiversePaths(db, args, lang);
  const params = {
    from: args.from,
    to: args.to,
    relTypes: args.relTypes,
    asOf: args.asOf ? cypherDate(args.asOf) : null,
    exclude: args.exclude,
    directed: args.directed,
    hubDegree: HUB_DEGREE,
  };
  let simple: GqlPath[] = [];
  for (const fetch of fetchSizes(args.k)) {
    const rows = await db.readWithInts<{ p: PlainPath }>('paths', { k: fetch, maxHops: args.maxHops }, params, opts);
    if (!rows.length) {
      // No path, or no such node: only the second deserves an error.
      const found = new Set((await db.read<{ node: PlainNode }>('node', { ids: [args.from, args.to] })).map((r) => r.node.id));
      for (const end of ['from', 'to'] as const) if (!found.has(args[end])) throw notFound(end, args[end]);
      return [];
    }
    simple = rows.map((r) => r.p).filter(isSimple).map(toGqlPath);
    // Fewer walks than asked for means there are no more; enough simple ones means the k shortest are in hand.
    if (rows.length < fetch || simple.length >= args.k) break;
  }
  return simple.sort(comparePaths).slice(0, args.k);
}

/** How many walks to ask for, in turn: k, then 5k + 5, then 250. */
export function fetchSizes(k: number): number[] {
  return [k, Math.min(250, 5 * k + 5), 250].filter((n, i, all) => i === 0 || n > all[i - 1]!);
}

/** A path that visits no node twice. */
export function isSimple(p: PlainPath): boolean {
  return new Set(p.nodes.map((n) => n.id)).size === p.nodes.length;
}
