// The corridor's in-memory questions (server/lenses/bounded-graph.ts) and the firm–lab pairs of regionFragility,
// against brute force on small graphs: every simple path of at most L hops is listed here, and from that list the
// critical nodes, the shortest-path counts and the largest set of intermediate-disjoint paths are found by trying
// everything.
import { describe, expect, it } from 'vitest';
import { BoundedGraph, type WalkedPath } from '../../server/lenses/bounded-graph.js';
import { firmLabPairs, soleCarriers } from '../../server/lenses/region-fragility.js';
import { pick, seededRandom as rng } from '../support/random.js';

/** The names s, t and n others, n being `least` plus a draw below `spread` (one draw, as the rounds expect). */
function randomNames(random: () => number, least: number, spread: number): { n: number; names: string[] } {
  const n = least + Math.floor(random() * spread);
  return { n, names: ['s', 't', ...Array.from({ length: n }, (_, i) => `v${i}`)] };
}

/** `draws` ties between two names drawn at random, keeping those `keep` accepts (the draws happen either way). */
function drawEdges(random: () => number, names: string[], draws: number, keep: (a: string, b: string) => boolean): Array<[string, string]> {
  const edges: Array<[string, string]> = [];
  for (let i = 0; i < draws; i++) {
    const a = pick(random, names);
    const b = pick(random, names);
    if (keep(a, b)) edges.push([a, b]);
  }
  return edges;
}

function build(edges: Array<[string, string]>, from = 's', to = 't'): BoundedGraph {
  const g = new BoundedGraph(from, to);
  edges.forEach(([a, b], i) => {
    g.addStep(a, b, `r${i}`, 0.5);
    g.addStep(b, a, `r${i}`, 0.5);
  });
  return g;
}

/** Every simple path from s to t of at most L hops, as node lists. */
function allPaths(edges: Array<[string, string]>, L: number, s = 's', t = 't'): string[][] {
  const adj = new Map<string, Set<string>>();
  for (const [a, b] of edges) {
    (adj.get(a) ?? adj.set(a, new Set()).get(a)!).add(b);
    (adj.get(b) ?? adj.set(b, new Set()).get(b)!).add(a);
  }
  const out: string[][] = [];
  const walk = (path: string[]) => {
    const at = path.at(-1)!;
    if (at === t) return void out.push(path);
    if (path.length - 1 === L) return;
    for (const v of adj.get(at) ?? []) if (!path.includes(v)) walk([...path, v]);
  };
  walk([s]);
  return out;
}

/** The largest number of paths from the list pairwise disjoint in their intermediate nodes (brute force). */
function maxDisjoint(paths: string[][], cap: number): number {
  let best = 0;
  const go = (i: number, used: Set<string>, count: number) => {
    best = Math.max(best, count);
    if (best >= cap || i >= paths.length) return;
    const inner = paths[i]!.slice(1, -1);
    if (inner.every((v) => !used.has(v))) go(i + 1, new Set([...used, ...inner]), count + 1);
    go(i + 1, used, count);
  };
  go(0, new Set(), 0);
  return best;
}

function checkDisjoint(paths: WalkedPath[], edges: Array<[string, string]>, L: number) {
  const has = (a: string, b: string) => edges.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
  const used = new Set<string>();
  for (const p of paths) {
    expect(p.nodes[0]).toBe('s');
    expect(p.nodes.at(-1)).toBe('t');
    expect(new Set(p.nodes).size).toBe(p.nodes.length);
    expect(p.rels.length).toBe(p.nodes.length - 1);
    expect(p.rels.length).toBeLessThanOrEqual(L);
    for (let i = 0; i + 1 < p.nodes.length; i++) expect(has(p.nodes[i]!, p.nodes[i + 1]!)).toBe(true);
    for (const v of p.nodes.slice(1, -1)) {
      expect(used.has(v)).toBe(false);
      used.add(v);
    }
  }
  return used;
}

describe('disjoint paths', () => {
  // The shortest path s-a-b-t uses a and b, which each of the two disjoint paths needs one of.
  const trap: Array<[string, string]> = [
    ['s', 'a'], ['a', 'b'], ['b', 't'],
    ['s', 'c'], ['c', 'b'],
    ['a', 'e'], ['e', 'f'], ['f', 't'],
  ];

  it('finds two disjoint paths where taking the shortest one first would leave one', () => {
    const g = build(trap);
    const { paths } = g.disjointPaths(4, 3);
    expect(paths.length).toBe(2);
    checkDisjoint(paths, trap, 4);
  });

  it('returns one path within 3 hops there, and proves that no second one exists', () => {
    const g = build(trap);
    const { paths } = g.disjointPaths(3, 3);
    expect(paths.length).toBe(1);
    const used = checkDisjoint(paths, trap, 3);
    expect(g.connected(3, used)).toBe(false);
  });

  it('lists a direct tie once, first, and then the paths with intermediate nodes', () => {
    const edges: Array<[string, string]> = [['s', 't'], ['s', 'a'], ['a', 't']];
    const { paths } = build(edges).disjointPaths(2, 3);
    expect(paths.map((p) => p.nodes.join('-'))).toEqual(['s-t', 's-a-t']);
  });

  it('on random graphs: real, simple, disjoint, maximal, and as many as brute force finds when the bound proves it', () => {
    let belowBrute = 0;
    const random = rng(42);
    for (let round = 0; round < 150; round++) {
      const { n, names } = randomNames(random, 5, 6);
      const edges: Array<[string, string]> = [];
      const seen = new Set<string>();
      const m = n + Math.floor(random() * n * 1.5);
      for (let i = 0; i < m; i++) {
        const a = pick(random, names);
        const b = pick(random, names);
        const key = [a, b].sort().join('|');
        if (a === b || seen.has(key) || key === 's|t') continue;
        seen.add(key);
        edges.push([a, b]);
      }
      const L = 2 + Math.floor(random() * 4);
      const k = 1 + Math.floor(random() * 4);
      const g = build(edges);
      const { paths, upperBound } = g.disjointPaths(L, k);
      const used = checkDisjoint(paths, edges, L);
      const brute = maxDisjoint(allPaths(edges, L), k);
      expect(paths.length).toBeLessThanOrEqual(brute);
      if (paths.length < k) expect(g.connected(L, used), `round ${round}: not maximal`).toBe(false);
      if (upperBound !== null) expect(brute).toBeLessThanOrEqual(upperBound);
      if (paths.length < brute) belowBrute++;
    }
    // The problem is NP-hard in general; on these small graphs the flow-and-greedy answer is almost always the best.
    expect(belowBrute).toBeLessThan(8);
  });
});

describe('critical nodes and shortest-path counts', () => {
  it('agree with brute force on random graphs', () => {
    const random = rng(7);
    for (let round = 0; round < 150; round++) {
      const { n, names } = randomNames(random, 4, 7);
      const edges = drawEdges(random, names, n * 2, (a, b) => a !== b && !(a === 's' && b === 't') && !(a === 't' && b === 's'));
      const L = 2 + Math.floor(random() * 4);
      const g = build(edges);
      const paths = allPaths(edges, L);
      const inner = new Set(paths.flatMap((p) => p.slice(1, -1)));
      for (const v of inner) {
        const cut = paths.every((p) => p.includes(v));
        expect(g.connected(L, new Set([v])), `round ${round}, ${v}`).toBe(!cut);
      }
      expect(g.connected(L)).toBe(paths.length > 0);
      const counts = g.shortestCounts(L);
      if (!paths.length) {
        expect(counts.length).toBeNull();
        continue;
      }
      const d = Math.min(...paths.map((p) => p.length - 1));
      const shortest = paths.filter((p) => p.length - 1 === d);
      expect(counts.length).toBe(d);
      expect(counts.total).toBe(shortest.length);
      for (const v of inner) expect(counts.through.get(v) ?? 0, `round ${round}, ${v}`).toBe(shortest.filter((p) => p.includes(v)).length);
      const sp = g.shortestPath(L)!;
      expect(sp.nodes.length - 1).toBe(d);
    }
  });
});

describe('best shortest paths', () => {
  it('lists the k shortest paths of highest weight, as sorting every shortest path by weight and ids does', () => {
    const random = rng(11);
    let compared = 0;
    for (let round = 0; round < 150; round++) {
      const { n, names } = randomNames(random, 4, 8);
      const edges = drawEdges(random, names, n * 2.5, (a, b) => a !== b);
      // Strengths on a coarse grid, so that equal weights (and the id order among them) occur.
      const strength = new Map<string, number>();
      const g = new BoundedGraph('s', 't');
      edges.forEach(([a, b], i) => {
        const w = Math.floor(random() * 3) / 2;
        g.addStep(a, b, `r${i}`, w);
        g.addStep(b, a, `r${i}`, w);
      });
      for (const [a, b] of edges) strength.set(`${a}|${b}`, g.out.get(a)!.get(b)!.strength).set(`${b}|${a}`, g.out.get(b)!.get(a)!.strength);
      const paths = allPaths(edges, 5);
      if (!paths.length) continue;
      const d = Math.min(...paths.map((p) => p.length - 1));
      const weight = (p: string[]) => p.slice(1).reduce((sum, v, i) => sum + strength.get(`${p[i]}|${v}`)!, 0);
      const expected = paths
        .filter((p) => p.length - 1 === d)
        .sort((x, y) => weight(y) - weight(x) || (x.join('\u0000') < y.join('\u0000') ? -1 : 1))
        .slice(0, 3);
      const got = g.bestShortestPaths(d, 3);
      expect(got.map((p) => p.nodes), `round ${round}`).toEqual(expected);
      for (const p of got) expect(p.weight).toBeCloseTo(weight(p.nodes), 9);
      compared++;
    }
    expect(compared).toBeGreaterThan(50);
  });
});

describe('firm–lab pairs of regionFragility', () => {
  it('finds the people in every connection of a pair, over one-person ties and two-person chains', () => {
    const people = [
      { personId: 'p1', firmIds: ['F'], labIds: ['L'] },
      { personId: 'p2', firmIds: ['F'], labIds: [] },
      { personId: 'p3', firmIds: [], labIds: ['L', 'M'] },
      { personId: 'p4', firmIds: ['G'], labIds: [] },
    ];
    const links = [
      { a: 'p2', b: 'p3' },
      { a: 'p3', b: 'p4' },
    ];
    const pairs = firmLabPairs(people, links);
    const get = (f: string, l: string) => [...pairs.values()].find((p) => p.firmId === f && p.labId === l)!;
    // F–L: p1 alone, and p2–p3: nobody is in every connection.
    expect(get('F', 'L').connections.length).toBe(2);
    expect(soleCarriers(get('F', 'L'))).toEqual([]);
    // F–M only through p2–p3: both carry it.
    expect(soleCarriers(get('F', 'M'))).toEqual(['p2', 'p3']);
    // G–L and G–M only through p4–p3.
    expect(soleCarriers(get('G', 'L'))).toEqual(['p3', 'p4']);
    expect(pairs.size).toBe(4);
  });
});
