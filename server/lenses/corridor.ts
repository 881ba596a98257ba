// Reads the corridor of every path of at most L hops between two ends: a breadth-first search from both ends,
// one level at a time (cypher/lensCorridor.cypher), always from the side with the smaller frontier, for L levels
// in all. Why that is enough: take ra levels from `from` and rb from `to` with ra + rb = L. On a path of at most L
// hops, the node at position i is within i hops of `from` and within L - i of `to`; a tie (i, i+1) with i < ra is
// read when `from`'s level i is expanded, and one with i >= ra is read from `to`'s side, whose node i+1 lies within
// rb - 1 hops of `to`. So every such path is inside what was read, and the answers computed on it in memory
// (bounded-graph.ts) are exact. The last level only needs ties into the other side's ball, which it asks for.
// The same tie rules as Query.paths: relationship types, `asOf`, excluded nodes, no hub in the middle.
import { GraphQLError } from 'graphql';
import { cypherDate, type Db, type PlainNode, type PlainRelationship } from '../db.js';
import { HUB_DEGREE } from '../explore/paths.js';
import { toGqlPath, type GqlPath } from '../graph/shape.js';
import { BoundedGraph, type WalkedPath } from './bounded-graph.js';

/** Most ties one corridor may read; past it the question is refused (RESOURCE_LIMIT), never answered in part. */
export const MAX_CORRIDOR_TIES = 200_000;

export interface CorridorArgs {
  from: string;
  to: string;
  maxHops: number;
  relTypes: string[] | null;
  asOf: string | null;
  exclude: string[];
  directed: boolean;
}

interface LevelRow {
  f: string;
  m: string;
  rel: string;
  out: boolean;
  strength: unknown;
}

const strengthOf = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0.5);

export async function readCorridor(db: Db, args: CorridorArgs): Promise<BoundedGraph> {
  const graph = new BoundedGraph(args.from, args.to);
  const base = {
    relTypes: args.relTypes,
    asOf: args.asOf ? cypherDate(args.asOf) : null,
    exclude: args.exclude,
    ends: [args.from, args.to],
    hubDegree: HUB_DEGREE,
  };
  const sides = [
    { end: args.from, other: args.to, seen: new Set([args.from]), frontier: [args.from], forward: true },
    { end: args.to, other: args.from, seen: new Set([args.to]), frontier: [args.to], forward: false },
  ];
  let read = 0;
  for (let level = 0; level < args.maxHops; level++) {
    const open = sides.filter((s) => s.frontier.length);
    if (open.length < 2) break; // one end's whole reach is read: nothing else can lie on a path
    const side = open[0]!.frontier.length <= open[1]!.frontier.length ? open[0]! : open[1]!;
    const otherSide = side === sides[0] ? sides[1]! : sides[0]!;
    const last = level === args.maxHops - 1;
    const maxRows = MAX_CORRIDOR_TIES - read + 1;
    const rows = await db.read<LevelRow>('lensCorridor', {
      ...base,
      frontier: side.frontier.filter((id) => id !== side.other),
      targets: last ? [...otherSide.seen] : null,
      maxRows,
    });
    read += rows.length;
    if (read > MAX_CORRIDOR_TIES) {
      throw new GraphQLError(
        `More than ${MAX_CORRIDOR_TIES.toLocaleString('en-US')} ties lie within maxHops of these two nodes; ask with a smaller maxHops or fewer relTypes.`,
        { extensions: { code: 'RESOURCE_LIMIT', argument: 'maxHops' } },
      );
    }
    const next: string[] = [];
    for (const r of rows) {
      const s = strengthOf(r.strength);
      // A tie read from u to m: u → m when it points that way or the corridor is undirected; m → u likewise.
      if (!args.directed || r.out) graph.addStep(r.f, r.m, r.rel, s);
      if (!args.directed || !r.out) graph.addStep(r.m, r.f, r.rel, s);
      // The search from `from` walks forwards and the one from `to` backwards, so a directed tie the wrong way
      // does not extend a side's frontier.
      const walkable = !args.directed || r.out === side.forward;
      if (walkable && !side.seen.has(r.m)) {
        side.seen.add(r.m);
        next.push(r.m);
      }
    }
    side.frontier = next;
  }
  return prune(graph, args.maxHops);
}

/** Keeps only the nodes on some path of at most L hops (distance from `from` plus distance to `to` within L). */
function prune(graph: BoundedGraph, limit: number): BoundedGraph {
  const da = graph.distances(graph.from, false, limit, new Set(), graph.to);
  const db = graph.distances(graph.to, true, limit, new Set(), graph.from);
  const keep = (v: string) => (da.get(v) ?? Infinity) + (db.get(v) ?? Infinity) <= limit;
  const out = new BoundedGraph(graph.from, graph.to);
  for (const [u, steps] of graph.out) {
    if (!keep(u)) continue;
    for (const [v, e] of steps) if (keep(v)) out.addStep(u, v, e.rel, e.strength);
  }
  return out;
}

/** Turns walked paths (ids and relationship element ids) into whole GraphQL paths, in one read. */
export async function hydratePaths(db: Db, walked: readonly WalkedPath[]): Promise<GqlPath[]> {
  const relIds = [...new Set(walked.flatMap((p) => p.rels))];
  if (!relIds.length) return [];
  const rows = await db.read<{ rel: PlainRelationship; start: PlainNode; end: PlainNode }>('lensPathParts', { relIds });
  const rels = new Map<string, PlainRelationship>();
  const nodes = new Map<string, PlainNode>();
  for (const row of rows) {
    rels.set(row.rel.elementId, { ...row.rel, start: row.start.id, end: row.end.id });
    nodes.set(row.start.id, row.start);
    nodes.set(row.end.id, row.end);
  }
  return walked.map((p) =>
    toGqlPath({
      nodes: p.nodes.map((id) => nodes.get(id)!),
      relationships: p.rels.map((id) => rels.get(id)!),
    }),
  );
}
