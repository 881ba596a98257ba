// Query.paths: the k shortest simple paths between two nodes. The Cypher (cypher/paths.cypher) finds them with
// `SHORTEST k`; k and the hop bound are filled in as validated whole numbers (db.readWithInts), never from the
// request text. Here they are ordered by length, then by weight (sum of tie strengths, stronger first).
import { cypherDate, type Db, type PlainNode, type PlainPath } from '../db.js';
import { toGqlPath, type GqlPath } from '../graph/shape.js';
import { badInput, notFound } from './validate.js';

export interface PathArgs {
  from: string;
  to: string;
  k: number;
  maxHops: number;
  relTypes: string[] | null;
  asOf: string | null;
  exclude: string[];
  directed: boolean;
}

/** Orders paths by length, then by weight (higher first); equal ones keep the database's order. */
export function comparePaths(a: GqlPath, b: GqlPath): number {
  return a.length - b.length || b.weight - a.weight;
}

export async function findPaths(db: Db, args: PathArgs): Promise<GqlPath[]> {
  if (args.from === args.to) throw badInput('to', 'must differ from `from`');
  for (const end of ['from', 'to'] as const) {
    if (args.exclude.includes(args[end])) throw badInput('exclude', `must not list \`${end}\` (${args[end]})`);
  }
  const rows = await db.readWithInts<{ p: PlainPath }>(
    'paths',
    { k: args.k, maxHops: args.maxHops },
    {
      from: args.from,
      to: args.to,
      relTypes: args.relTypes,
      asOf: args.asOf ? cypherDate(args.asOf) : null,
      exclude: args.exclude,
      directed: args.directed,
    },
  );
  if (!rows.length) {
    // No path, or no such node: only the second deserves an error.
    const found = new Set((await db.read<{ node: PlainNode }>('node', { ids: [args.from, args.to] })).map((r) => r.node.id));
    for (const end of ['from', 'to'] as const) if (!found.has(args[end])) throw notFound(end, args[end]);
    return [];
  }
  return rows.map((r) => toGqlPath(r.p)).sort(comparePaths).slice(0, args.k);
}
