// The hop-bounded corridor between two nodes, held in memory, and the exact questions the lenses ask of it: the
// shortest path avoiding some nodes, whether any path of at most L hops survives a removal, how many shortest paths
// pass through a node, and node-disjoint paths by augmenting flow. Pure: corridor.ts reads the graph, this decides.
// Every path of at most L hops between the ends lies inside the corridor (see corridor.ts), so an answer about
// such paths here is the answer about them in the whole graph.

/** One tie of the corridor, walked from `from` to `to` (a tie read both ways appears once in each direction). */
export interface CorridorEdge {
  to: string;
  rel: string;
  strength: number;
}

/** Nodes a walk may not pass (a Set will do). */
export interface Blocked {
  has(id: string): boolean;
}

export interface WalkedPath {
  /** Node ids from the first end to the other. */
  nodes: string[];
  /** Relationship element ids, one per hop. */
  rels: string[];
  weight: number;
}

export class BoundedGraph {
  /** Outgoing steps per node: for an undirected corridor both directions of every tie. */
  readonly out = new Map<string, Map<string, CorridorEdge>>();
  /** Incoming steps per node (the reverse of `out`). */
  readonly in = new Map<string, Map<string, CorridorEdge>>();

  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    this.addNode(from);
    this.addNode(to);
  }

  addNode(id: string): void {
    if (!this.out.has(id)) this.out.set(id, new Map());
    if (!this.in.has(id)) this.in.set(id, new Map());
  }

  /** Adds a step u → v; of several ties between the same two nodes the strongest is kept. */
  addStep(u: string, v: string, rel: string, strength: number): void {
    if (u === v) return;
    this.addNode(u);
    this.addNode(v);
    const old = this.out.get(u)!.get(v);
    if (old && (old.strength > strength || (old.strength === strength && old.rel <= rel))) return;
    this.out.get(u)!.set(v, { to: v, rel, strength });
    this.in.get(v)!.set(u, { to: u, rel, strength });
  }

  get size(): number {
    return this.out.size;
  }

  /**
   * Hop distances from `start` along `out` (or along `in` when reverse), never passing through `blocked` nodes or
   * the `removed` set, up to `limit` hops. `blocked` nodes get a distance but are not expanded.
   */
  distances(start: string, reverse: boolean, limit: number, removed: Blocked = new Set(), blocked?: string): Map<string, number> {
    const dist = new Map([[start, 0]]);
    let frontier = [start];
    for (let d = 1; d <= limit && frontier.length; d++) {
      const next: string[] = [];
      for (const u of frontier) {
        if (u === blocked && u !== start) continue;
        for (const v of (reverse ? this.in : this.out).get(u)?.keys() ?? []) {
          if (dist.has(v) || removed.has(v)) continue;
          dist.set(v, d);
          next.push(v);
        }
      }
      frontier = next;
    }
    return dist;
  }

  /** True when some path of at most `limit` hops joins the ends without touching `removed`. */
  connected(limit: number, removed: Blocked = new Set()): boolean {
    return this.distances(this.from, false, limit, removed, this.to).has(this.to);
  }

  /**
   * The shortest path of at most `limit` hops between the ends avoiding `removed`; among equally short ones the
   * one with the highest weight (sum of tie strengths), then the smallest ids. `skipDirect` ignores a direct tie.
   */
  shortestPath(limit: number, removed: Blocked = new Set(), skipDirect = false): WalkedPath | null {
    const { from, to } = this;
    const dist = new Map([[from, 0]]);
    let frontier = [from];
    let found = false;
    for (let d = 1; d <= limit && frontier.length && !found; d++) {
      const next: string[] = [];
      for (const u of frontier) {
        if (u === to) continue;
        for (const v of this.out.get(u)!.keys()) {
          if (dist.has(v) || removed.has(v)) continue;
          if (skipDirect && u === from && v === to) continue;
          dist.set(v, d);
          next.push(v);
          if (v === to) found = true;
        }
      }
      frontier = next;
    }
    if (!found) return null;
    // Best weight back from `to` over the layered graph of shortest paths.
    const best = new Map<string, { weight: number; next: string | null }>([[to, { weight: 0, next: null }]]);
    const length = dist.get(to)!;
    const layers: string[][] = Array.from({ length: length + 1 }, () => []);
    for (const [id, d] of dist) if (d <= length) layers[d]!.push(id);
    for (let d = length - 1; d >= 0; d--) {
      for (const u of layers[d]!.sort()) {
        if (u === to) continue;
        let pick: { weight: number; next: string | null } | null = null;
        for (const [v, e] of this.out.get(u)!) {
          if (dist.get(v) !== d + 1 || !best.has(v)) continue;
          if (skipDirect && u === from && v === to) continue;
          const w = e.strength + best.get(v)!.weight;
          if (!pick || w > pick.weight + 1e-12 || (Math.abs(w - pick.weight) <= 1e-12 && v < pick.next!)) pick = { weight: w, next: v };
        }
        if (pick) best.set(u, pick);
      }
    }
    const nodes = [from];
    const rels: string[] = [];
    let at = from;
    while (at !== to) {
      const step = best.get(at)!.next!;
      rels.push(this.out.get(at)!.get(step)!.rel);
      nodes.push(step);
      at = step;
    }
    return { nodes, rels, weight: best.get(from)!.weight };
  }

  /**
   * The `k` shortest paths of exactly `length` hops with the highest weights (then the smallest ids), never through
   * `blocked` nodes: a k-best walk back over the layered graph of shortest paths.
   */
  bestShortestPaths(length: number, k: number, blocked: Blocked = new Set()): WalkedPath[] {
    const da = this.distances(this.from, false, length, blocked, this.to);
    const db = this.distances(this.to, true, length, blocked, this.from);
    if (da.get(this.to) !== length) return [];
    type Suffix = { weight: number; nodes: string[]; rels: string[] };
    const best = new Map<string, Suffix[]>([[this.to, [{ weight: 0, nodes: [this.to], rels: [] }]]]);
    const layers: string[][] = Array.from({ length }, () => []);
    for (const [v, d] of da) if (d < length && v !== this.to && d + (db.get(v) ?? Infinity) === length) layers[d]!.push(v);
    const key = (x: Suffix) => x.nodes.join('\u0000');
    const order = (x: Suffix, y: Suffix) => (Math.abs(x.weight - y.weight) > 1e-12 ? y.weight - x.weight : key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0);
    for (let d = length - 1; d >= 0; d--) {
      for (const u of layers[d]!) {
        const options: Suffix[] = [];
        for (const [v, e] of this.out.get(u)!) {
          if (da.get(v) !== d + 1 || !best.has(v)) continue;
          for (const tail of best.get(v)!) options.push({ weight: e.strength + tail.weight, nodes: [u, ...tail.nodes], rels: [e.rel, ...tail.rels] });
        }
        options.sort(order);
        if (options.length) best.set(u, options.slice(0, k));
      }
    }
    return (best.get(this.from) ?? []).map((p) => ({ nodes: p.nodes, rels: p.rels, weight: p.weight }));
  }

  /**
   * Number of shortest paths from the ends to each node (as doubles: they can be astronomically many), never
   * passing through `blocked` nodes.
   */
  shortestCounts(limit: number, blocked: Blocked = new Set()): { length: number | null; through: Map<string, number>; total: number } {
    const fromSide = this.countsFrom(this.from, false, limit, blocked);
    const toSide = this.countsFrom(this.to, true, limit, blocked);
    const length = fromSide.dist.get(this.to);
    const through = new Map<string, number>();
    if (length === undefined) return { length: null, through, total: 0 };
    for (const [v, d] of fromSide.dist) {
      const e = toSide.dist.get(v);
      if (e !== undefined && d + e === length) through.set(v, fromSide.sigma.get(v)! * toSide.sigma.get(v)!);
    }
    return { length, through, total: fromSide.sigma.get(this.to) ?? 0 };
  }

  private countsFrom(start: string, reverse: boolean, limit: number, blocked: Blocked): { dist: Map<string, number>; sigma: Map<string, number> } {
    const other = reverse ? this.from : this.to;
    const dist = new Map([[start, 0]]);
    const sigma = new Map([[start, 1]]);
    let frontier = [start];
    for (let d = 1; d <= limit && frontier.length; d++) {
      const next: string[] = [];
      for (const u of frontier) {
        if (u === other) continue;
        for (const v of (reverse ? this.in : this.out).get(u)!.keys()) {
          if (blocked.has(v)) continue;
          if (!dist.has(v)) {
            dist.set(v, d);
            sigma.set(v, 0);
            next.push(v);
          }
          if (dist.get(v) === d) sigma.set(v, sigma.get(v)! + sigma.get(u)!);
        }
      }
      frontier = next;
    }
    return { dist, sigma };
  }

  /**
   * Up to `k` paths between the ends, pairwise disjoint in their intermediate nodes, each of at most `limit` hops.
   * Three candidates are built and the one with more paths (then the smaller total length) is kept:
   * - min-cost augmenting flow over the node-split corridor (successive shortest augmenting paths, each node of
   *   capacity one): for each flow value f the f paths of least total length, kept while all are within `limit`;
   * - greedy: the shortest path, its intermediate nodes removed, repeated;
   * and each is then extended greedily, so the result is maximal: when fewer than k come back, no further path of
   * at most `limit` hops avoids all their intermediate nodes. `upperBound`, when fewer than k such paths exist in
   * the corridor at any length (max flow below k), is that number: no answer within the limit can hold more.
   */
  disjointPaths(limit: number, k: number): { paths: WalkedPath[]; upperBound: number | null } {
    const direct = this.out.get(this.from)!.get(this.to);
    const directPath: WalkedPath[] = direct && limit >= 1 ? [{ nodes: [this.from, this.to], rels: [direct.rel], weight: direct.strength }] : [];
    const want = k - directPath.length;
    if (want <= 0) return { paths: directPath.slice(0, k), upperBound: null };
    const flow = this.flowPaths(limit, want);
    const candidates = [this.extend(flow.paths, limit, want), this.extend([], limit, want)];
    const score = (ps: WalkedPath[]) => ps.length * 1e6 - ps.reduce((s, p) => s + p.nodes.length - 1, 0);
    candidates.sort((a, b) => score(b) - score(a));
    const paths = [...directPath, ...candidates[0]!];
    return { paths, upperBound: flow.maxFlow === null ? null : directPath.length + flow.maxFlow };
  }

  /** Adds shortest paths avoiding every intermediate node used so far, until `want` or none is left. */
  private extend(start: WalkedPath[], limit: number, want: number): WalkedPath[] {
    const paths = [...start];
    const used = new Set(paths.flatMap((p) => p.nodes.slice(1, -1)));
    while (paths.length < want) {
      const p = this.shortestPath(limit, used, true);
      if (!p) break;
      paths.push(p);
      for (const v of p.nodes.slice(1, -1)) used.add(v);
    }
    return paths;
  }

  /**
   * Successive shortest augmenting paths (Bellman-Ford on the residual graph, unit costs) over the node-split
   * corridor without the direct tie. Returns the largest flow's decomposition whose paths all fit in `limit`, and
   * the maximum flow when it is below `want` (null when `want` units were found).
   */
  private flowPaths(limit: number, want: number): { paths: WalkedPath[]; maxFlow: number | null } {
    const ids = [...this.out.keys()];
    const index = new Map(ids.map((id, i) => [id, i]));
    const n = ids.length;
    // Node i: in = 2i, out = 2i + 1. The ends are not split (their in-out arc has room for every path).
    const head: number[] = [];
    const cap: number[] = [];
    const cost: number[] = [];
    const adj: number[][] = Array.from({ length: 2 * n }, () => []);
    const arc = (u: number, v: number, c: number, w: number) => {
      adj[u]!.push(head.length);
      head.push(v);
      cap.push(c);
      cost.push(w);
      adj[v]!.push(head.length);
      head.push(u);
      cap.push(0);
      cost.push(-w);
    };
    const s = index.get(this.from)!;
    const t = index.get(this.to)!;
    for (let i = 0; i < n; i++) arc(2 * i, 2 * i + 1, i === s || i === t ? n : 1, 0);
    const relOf = new Map<number, { rel: string; strength: number }>();
    for (const [u, steps] of this.out) {
      for (const [v, e] of steps) {
        if (u === this.to || v === this.from) continue;
        if (u === this.from && v === this.to) continue;
        relOf.set(head.length, { rel: e.rel, strength: e.strength });
        arc(2 * index.get(u)! + 1, 2 * index.get(v)!, 1, 1);
      }
    }
    const source = 2 * s + 1;
    const sink = 2 * t;
    let best: WalkedPath[] = [];
    let flow = 0;
    while (flow < want) {
      const dist = new Array<number>(2 * n).fill(Infinity);
      const via = new Array<number>(2 * n).fill(-1);
      dist[source] = 0;
      // Bellman-Ford with a queue (SPFA): residual costs can be negative.
      // A growing array read from a moving head: shift() would make each pop cost the queue's length.
      const queue = [source];
      const inQueue = new Uint8Array(2 * n);
      inQueue[source] = 1;
      for (let head0 = 0; head0 < queue.length; head0++) {
        const u = queue[head0]!;
        inQueue[u] = 0;
        for (const a of adj[u]!) {
          if (cap[a]! <= 0) continue;
          const v = head[a]!;
          if (dist[u]! + cost[a]! < dist[v]!) {
            dist[v] = dist[u]! + cost[a]!;
            via[v] = a;
            if (!inQueue[v]) {
              inQueue[v] = 1;
              queue.push(v);
            }
          }
        }
      }
      if (dist[sink] === Infinity) break;
      for (let v = sink; v !== source; v = head[via[v]! ^ 1]!) {
        cap[via[v]!]! -= 1;
        cap[via[v]! ^ 1]! += 1;
      }
      flow++;
      const paths = this.decompose(adj, head, cap, relOf, source, sink, ids);
      if (paths.every((p) => p.rels.length <= limit)) best = paths;
    }
    return { paths: best, maxFlow: flow < want ? flow : null };
  }

  /** Follows the arcs that carry flow from the source to the sink, one unit at a time. */
  private decompose(
    adj: number[][],
    head: number[],
    cap: number[],
    relOf: Map<number, { rel: string; strength: number }>,
    source: number,
    sink: number,
    ids: string[],
  ): WalkedPath[] {
    const usedArc = new Set<number>();
    const paths: WalkedPath[] = [];
    for (;;) {
      const nodes = [ids[source >> 1]!];
      const rels: string[] = [];
      let weight = 0;
      let at = source;
      let moved = true;
      while (at !== sink && moved) {
        moved = false;
        for (const a of adj[at]!) {
          // A forward arc carries flow when its residual twin has capacity; only arcs between nodes carry rels.
          if (!relOf.has(a) || usedArc.has(a) || cap[a ^ 1]! <= 0) continue;
          usedArc.add(a);
          const r = relOf.get(a)!;
          rels.push(r.rel);
          weight += r.strength;
          const v = head[a]!;
          nodes.push(ids[v >> 1]!);
          at = v === sink ? sink : v + 1; // through the node's in-out arc
          moved = true;
          break;
        }
      }
      if (at !== sink) break;
      paths.push({ nodes, rels, weight });
    }
    return paths;
  }
}
