// The neighbourhood between two ends, read only as far as a question needs. A search is a breadth-first search
// from both ends, one level at a time from the side that is cheaper to walk (the ends' numbers of ties are read
// first, with the ties themselves of an end that has few; any other node counts as TYPICAL_DEGREE), stopping at the first level where the two sides meet, when one
// side runs dry, or at the hop bound. A node's ties are read the first time a search expands it
// (cypher/lensExpand.cypher, one read for the whole frontier) and kept for the rest of the request, so the next
// search (without some nodes) mostly runs in memory. Whether the two frontiers are one hop apart is asked with
// cypher/lensProbe.cypher, which returns only the ties between them: at the last level, and before expanding a
// large frontier (or a large end), that spares reading every tie of the frontier when the sides meet.
// Why the answers are exact: after the sides reached radii ra and rb without meeting, any path of at most ra + rb
// hops would have a node within ra of one end and within rb of the other, so the shortest path is longer; the
// first meeting gives its length. Every tie of a shortest path is then known (each has one end that a side
// expanded, or joins the two frontiers and was probed), so the best shortest path and the numbers of shortest
// paths computed on the known ties (bounded-graph.ts), with nodes never checked left out, are those of the whole
// graph. The same tie rules as Query.paths: relationship types, `asOf`, excluded nodes, no hub in the middle.
import { GraphQLError } from 'graphql';
import { cypherDate, type Db, type PlainNode, type PlainRelationship } from '../db.js';
import { HUB_DEGREE } from '../explore/paths.js';
import { toGqlPath, type GqlPath } from '../graph/shape.js';
import { BoundedGraph, type Blocked, type WalkedPath } from './bounded-graph.js';

/** Most ties one request may read; past it the question is refused (RESOURCE_LIMIT), never answered in part. */
export const MAX_CORRIDOR_TIES = 200_000;
/** What a node other than an end is assumed to cost to expand, when choosing the side to walk. */
const TYPICAL_DEGREE = 20;
/** A frontier larger than this, or costing more ties, is first probed against the other side before it is read. */
const PROBE_FIRST = 200;
const PROBE_FIRST_TIES = 5_000;
/** The other side's frontier is read along with the expanded one when it costs at most this many ties. */
const PREFETCH = 1_500;

export interface CorridorArgs {
  from: string;
  to: string;
  relTypes: string[] | null;
  asOf: string | null;
  exclude: string[];
  directed: boolean;
}

export interface SearchOptions {
  limit: number;
  removed?: Blocked;
  /** Ignore a direct tie between the ends. */
  skipDirect?: boolean;
  /** Ties this search may read before it gives up (throws BudgetExceeded); none by default. */
  budget?: number;
}

/** A search stopped at its own budget of ties: its answer is unknown, not "no path". */
export class BudgetExceeded extends Error {}

/** [neighbour, tie element id, points away, strength, neighbour is a hub (asked only of the other side's frontier)]. */
type Tie = [string, string, boolean, unknown, boolean | null];

/** A row of cypher/lensExpand.cypher; ties is null when they were not read (an end past the cap on ties). */
interface ExpandRow {
  id: string;
  degree: number;
  hub: boolean;
  ties: Tie[] | null;
}

/** The tie rules every read of one corridor shares. */
const baseParams = (args: CorridorArgs) => ({
  relTypes: args.relTypes,
  asOf: args.asOf ? cypherDate(args.asOf) : null,
  exclude: args.exclude,
  ends: [args.from, args.to],
  hubDegree: HUB_DEGREE,
});

interface Side {
  end: string;
  dist: Map<string, number>;
  frontier: string[];
  r: number;
  forward: boolean;
}

const strengthOf = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0.5);

export class Corridor {
  /** Every tie read so far; complete around expanded nodes only. */
  readonly graph: BoundedGraph;
  private readonly expanded = new Set<string>();
  /** Nodes whose hub status is known (expanded, or met in a probe), and those that are hubs. */
  private readonly checked = new Set<string>();
  private readonly hubs = new Set<string>();
  private readonly degree: Map<string, number>;
  private readonly probes: Array<{ walk: Set<string>; targets: Set<string> }> = [];
  private read = 0;
  private budgetLeft = Infinity;
  private readonly base: Record<string, unknown>;

  private constructor(
    private readonly db: Db,
    readonly args: CorridorArgs,
    readonly ends: Map<string, PlainNode>,
    degree: Map<string, number>,
  ) {
    this.graph = new BoundedGraph(args.from, args.to);
    this.degree = degree;
    this.checked.add(args.from).add(args.to);
    this.base = { ...baseParams(args), tieCap: null, targets: null };
  }

  /**
   * Reads the ends (those that exist, in `ends`) and their numbers of ties, and in the same round trip the ties of
   * an end with at most PREFETCH of them: the search's first level would read those anyway.
   */
  static async open(db: Db, args: CorridorArgs): Promise<Corridor> {
    const ids = [args.from, args.to];
    const rows = await db.read<ExpandRow & { node: PlainNode }>('lensExpand', { ...baseParams(args), ids, tieCap: PREFETCH, targets: null });
    const corridor = new Corridor(
      db,
      args,
      new Map(rows.map((r) => [r.node.id, r.node])),
      new Map(rows.map((r) => [r.node.id, r.degree])),
    );
    for (const row of rows) if (row.ties) corridor.absorb(row);
    return corridor;
  }

  /** Nodes read so far (the ends included). */
  get size(): number {
    return this.graph.size;
  }

  /** An end, or a node known not to be a hub: it may be an intermediate node of a path. */
  usable(id: string): boolean {
    return id === this.args.from || id === this.args.to || (this.checked.has(id) && !this.hubs.has(id));
  }

  /** Whether every tie of the node has been read. */
  isExpanded(id: string): boolean {
    return this.expanded.has(id);
  }

  isHub(id: string): boolean {
    return this.hubs.has(id);
  }

  /** Nodes that may not be passed: the removed ones and those never checked or found to be hubs. */
  blocked(removed: Blocked = new Set()): Blocked {
    return { has: (id: string) => removed.has(id) || !this.usable(id) };
  }

  /** The shortest path of at most `limit` hops avoiding `removed` (best weight, then smallest ids), or null. */
  async shortestPath(opts: SearchOptions): Promise<WalkedPath | null> {
    const length = await this.distance(opts);
    return length === null ? null : this.graph.shortestPath(length, this.blocked(opts.removed), opts.skipDirect ?? false);
  }

  /** The length of the shortest path of at most `limit` hops avoiding `removed`, or null when there is none. */
  async distance(opts: SearchOptions): Promise<number | null> {
    const removed = opts.removed ?? new Set<string>();
    this.budgetLeft = opts.budget ?? Infinity;
    try {
      return await this.search(opts.limit, removed, opts.skipDirect ?? false);
    } finally {
      this.budgetLeft = Infinity;
    }
  }

  private async search(limit: number, removed: Blocked, skipDirect: boolean): Promise<number | null> {
    const a: Side = { end: this.args.from, dist: new Map([[this.args.from, 0]]), frontier: [this.args.from], r: 0, forward: true };
    const b: Side = { end: this.args.to, dist: new Map([[this.args.to, 0]]), frontier: [this.args.to], r: 0, forward: false };
    while (a.r + b.r < limit) {
      if (!a.frontier.length || !b.frontier.length) return null;
      const [x, y] = this.cost(a.frontier) <= this.cost(b.frontier) ? [a, b] : [b, a];
      const last = a.r + b.r + 1 === limit;
      if (last || x.frontier.length > PROBE_FIRST || this.cost(x.frontier) > PROBE_FIRST_TIES) {
        if (await this.frontiersMeet(a, b, skipDirect)) return a.r + b.r + 1;
        if (last) return null;
      }
      // A small other side is read in the same round trip: the next level will most likely expand it. So is the
      // small level beyond a side whose frontier was read already (the ends, or a prefetched side): both sides'
      // first levels come in one round trip, and meeting nodes come with their hub status.
      const reads = [...x.frontier];
      if (a.r + b.r + 2 < limit) {
        if (this.cost(y.frontier) <= PREFETCH) reads.push(...y.frontier);
        for (const [s, t] of [[x, y], [y, x]] as const) {
          const ahead = this.cost(s.frontier) === 0 ? this.beyond(s, t, removed, skipDirect) : [];
          if (ahead.length && this.cost(ahead) <= PREFETCH) reads.push(...ahead);
        }
      }
      await this.expand(reads, y.frontier);
      const next = this.beyond(x, y, removed, skipDirect);
      for (const v of next) x.dist.set(v, x.r + 1);
      const met = next.some((v) => y.dist.has(v));
      x.frontier = next;
      x.r++;
      if (met) {
        const meet = next.filter((v) => y.dist.has(v));
        await this.check(meet);
        if (meet.some((v) => this.usable(v))) return a.r + b.r;
      }
    }
    return null;
  }

  /** The nodes one level beyond a side's frontier (whose ties were read), in the order the search meets them. */
  private beyond(x: Side, y: Side, removed: Blocked, skipDirect: boolean): string[] {
    const seen = new Set<string>();
    for (const u of x.frontier) {
      if (!this.usable(u)) continue;
      for (const v of (x.forward ? this.graph.out : this.graph.in).get(u)!.keys()) {
        if (x.dist.has(v) || seen.has(v) || removed.has(v)) continue;
        if (skipDirect && u === x.end && v === y.end) continue;
        seen.add(v);
      }
    }
    return [...seen];
  }

  /** Estimated ties to read to expand a frontier: nodes already read cost nothing. */
  private cost(frontier: readonly string[]): number {
    let sum = 0;
    for (const v of frontier) if (!this.expanded.has(v)) sum += this.degree.get(v) ?? TYPICAL_DEGREE;
    return sum;
  }

  /** Whether a usable tie joins a's frontier to b's (read from the cheaper side when not known already). */
  private async frontiersMeet(a: Side, b: Side, skipDirect: boolean): Promise<boolean> {
    const fresh = (f: readonly string[]) => f.filter((v) => !this.expanded.has(v) && !this.hubs.has(v));
    const ua = fresh(a.frontier);
    const ub = fresh(b.frontier);
    if (ua.length && ub.length && !this.probed(ua, ub)) {
      const [walk, targets] = this.cost(ua) <= this.cost(ub) ? [ua, ub] : [ub, ua];
      await this.probe(walk, targets);
    }
    const inB = new Set(b.frontier);
    const pairs: string[][] = [];
    for (const u of a.frontier) {
      if (this.hubs.has(u)) continue;
      for (const v of this.graph.out.get(u)!.keys()) {
        if (!inB.has(v) || this.hubs.has(v) || (skipDirect && u === a.end && v === b.end)) continue;
        pairs.push([u, v]);
      }
    }
    if (!pairs.length) return false;
    await this.check(pairs.flat());
    return pairs.some(([u, v]) => this.usable(u!) && this.usable(v!));
  }

  /** True when an earlier probe already read every tie between these two sets. */
  private probed(xs: readonly string[], ys: readonly string[]): boolean {
    const within = (ids: readonly string[], set: ReadonlySet<string>) => ids.every((v) => set.has(v));
    return this.probes.some((p) => (within(xs, p.walk) && within(ys, p.targets)) || (within(xs, p.targets) && within(ys, p.walk)));
  }

  private count(rows: number): void {
    this.read += rows;
    this.budgetLeft -= rows;
    if (this.read > MAX_CORRIDOR_TIES) {
      throw new GraphQLError(
        `More than ${MAX_CORRIDOR_TIES.toLocaleString('en-US')} ties lie around these two nodes; ask with a smaller maxHops or fewer relTypes.`,
        { extensions: { code: 'RESOURCE_LIMIT', argument: 'maxHops' } },
      );
    }
    if (this.budgetLeft < 0) throw new BudgetExceeded();
  }

  private addTie(f: string, [m, rel, out, strength]: Tie): void {
    const s = strengthOf(strength);
    // A tie read from f to m: f → m when it points that way or the corridor is undirected; m → f likewise.
    if (!this.args.directed || out) this.graph.addStep(f, m, rel, s);
    if (!this.args.directed || !out) this.graph.addStep(m, f, rel, s);
  }

  /**
   * Reads every tie of the nodes not read yet (hubs: only that they are hubs), and whether the neighbours among
   * `targets` not checked yet are hubs.
   */
  private async expand(ids: readonly string[], targets: readonly string[] = []): Promise<void> {
    const todo = ids.filter((v) => !this.expanded.has(v) && !this.hubs.has(v));
    if (!todo.length) return;
    const unknown = targets.filter((v) => !this.checked.has(v));
    const rows = await this.db.read<ExpandRow>('lensExpand', { ...this.base, ids: todo, targets: unknown.length ? unknown : null });
    for (const row of rows) this.absorb(row);
    // Ids without a row do not exist (or were excluded): nothing passes through them.
    for (const id of todo) {
      if (this.expanded.has(id)) continue;
      this.expanded.add(id);
      this.checked.add(id);
      this.hubs.add(id);
    }
  }

  /** Takes in one node's row of lensExpand: all its ties, or that it is a hub. */
  private absorb(row: ExpandRow): void {
    this.count((row.ties?.length ?? 0) + 1);
    this.expanded.add(row.id);
    this.checked.add(row.id);
    if (row.hub) this.hubs.add(row.id);
    for (const tie of row.ties ?? []) {
      this.addTie(row.id, tie);
      if (typeof tie[4] !== 'boolean') continue;
      this.checked.add(tie[0]);
      if (tie[4]) this.hubs.add(tie[0]);
    }
  }

  /** Learns whether these nodes are hubs (by reading them, which every later search can use). */
  private async check(ids: readonly string[]): Promise<void> {
    await this.expand(ids.filter((v) => !this.checked.has(v)));
  }

  private async probe(walk: readonly string[], targets: readonly string[]): Promise<void> {
    const rows = await this.db.read<{ f: string; m: string; rel: string; out: boolean; strength: unknown; hub: boolean }>('lensProbe', {
      ...this.base,
      ids: walk,
      targets,
    });
    this.probes.push({ walk: new Set(walk), targets: new Set(targets) });
    this.count(walk.length + rows.length);
    for (const row of rows) {
      // Only walked nodes that are not hubs have rows; a walked node without one stays unchecked.
      this.checked.add(row.f).add(row.m);
      if (row.hub) this.hubs.add(row.m);
      this.addTie(row.f, [row.m, row.rel, row.out, row.strength, row.hub]);
    }
  }
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
