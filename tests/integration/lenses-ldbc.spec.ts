// Fragility and diverse paths on real data: the LDBC SNB SF0.1 person/organisation subgraph, imported from the
// shared data with the shipped mapping, checked against breadth-first searches written here over the CSV files.
// fragility: for seeded person pairs, every node the API calls critical really leaves no path of at most maxHops
// when removed, every inner node of today's paths it does not call critical leaves one, and the critical set equals
// the one found here by trying each inner node of a shortest path. paths(diverse: true): every path is real (each
// hop a tie in the CSV files), simple, within maxHops and pairwise disjoint in its intermediate nodes, and when
// fewer than k come back, removing all their intermediate nodes leaves no path of at most maxHops.
import { describe, expect, it } from 'vitest';
import type { App } from '../../server/yoga.js';
import { testDb } from '../support/db.js';
import { gqlClient } from '../support/gql.js';
import { ldbcFiles, LDBC_MAPPING, withImportedApp } from '../support/imported.js';
import { seededRandom as rng } from '../support/random.js';
import { sharedDataset } from '../support/shared-data.js';

const dir = sharedDataset('ldbc-snb-sf0.1');
const db = testDb();
let app: App;

const { read, col, personId, orgId } = ldbcFiles(dir);
const gql = gqlClient(() => app).data;

/** An undirected graph of node ids with a hop-bounded BFS that can leave nodes out. */
class Graph {
  readonly adj = new Map<string, Set<string>>();
  add(a: string, b: string) {
    (this.adj.get(a) ?? this.adj.set(a, new Set()).get(a)!).add(b);
    (this.adj.get(b) ?? this.adj.set(b, new Set()).get(b)!).add(a);
  }
  has(a: string, b: string) {
    return this.adj.get(a)?.has(b) ?? false;
  }
  /** Distance from a to b of at most limit hops avoiding `removed` (and, with noDirect, the tie a–b), or null. */
  distance(a: string, b: string, limit: number, removed: ReadonlySet<string> = new Set(), noDirect = false): number | null {
    const dist = new Map([[a, 0]]);
    let frontier = [a];
    for (let d = 1; d <= limit && frontier.length; d++) {
      const next: string[] = [];
      for (const u of frontier) {
        for (const v of this.adj.get(u) ?? []) {
          if (dist.has(v) || removed.has(v)) continue;
          if (noDirect && u === a && v === b) continue;
          if (v === b) return d;
          dist.set(v, d);
          next.push(v);
        }
      }
      frontier = next;
    }
    return null;
  }
  /** One shortest path from a to b (node ids), or null. */
  shortestPath(a: string, b: string, limit: number): string[] | null {
    const prev = new Map<string, string | null>([[a, null]]);
    let frontier = [a];
    for (let d = 1; d <= limit && frontier.length; d++) {
      const next: string[] = [];
      for (const u of frontier) {
        for (const v of this.adj.get(u) ?? []) {
          if (prev.has(v)) continue;
          prev.set(v, u);
          if (v === b) {
            const path = [b];
            for (let x = prev.get(b)!; x !== null; x = prev.get(x)!) path.unshift(x);
            return path;
          }
          next.push(v);
        }
      }
      frontier = next;
    }
    return null;
  }
}

describe.skipIf(!dir)('lenses on LDBC SNB SF0.1', () => {
  const persons = dir ? read('Person.csv').map((r) => col(r, 0)) : [];
  const knows = dir ? [...read('Person_knows_Person.csv'), ...read('Person_knows_Person_1.csv')].map((r) => [personId(col(r, 0)), personId(col(r, 1))] as const) : [];
  const workAt = dir ? read('Person_workAt_Organisation.csv').map((r) => [personId(col(r, 0)), orgId(col(r, 1))] as const) : [];
  const studyAt = dir ? read('Person_studyAt_Organisation.csv').map((r) => [personId(col(r, 0)), orgId(col(r, 1))] as const) : [];

  const byKnows = new Graph();
  for (const [a, b] of knows) byKnows.add(a, b);
  const withOrgs = new Graph();
  for (const [a, b] of [...knows, ...workAt, ...studyAt]) withOrgs.add(a, b);

  withImportedApp(db, dir, LDBC_MAPPING, (a) => (app = a), 900_000);

  it('has no node past the hub bound among the ties walked, so the BFS here needs no hub rule', () => {
    // Paths avoid nodes with over 1,000 ties; an organisation's ties also include its LOCATED_IN, a person's LIVES_IN.
    const most = Math.max(...[...withOrgs.adj.values()].map((s) => s.size));
    expect(most + 2).toBeLessThan(1000);
  });

  /** Seeded pairs of persons joined within maxHops but not directly, low-degree people over-represented. */
  function pairs(graph: Graph, seed: number, count: number, maxHops: number): Array<[string, string]> {
    const random = rng(seed);
    const people = persons.map(personId).filter((p) => (graph.adj.get(p)?.size ?? 0) > 0);
    const sparse = people.filter((p) => graph.adj.get(p)!.size <= 3);
    const out: Array<[string, string]> = [];
    for (let tries = 0; out.length < count && tries < 20_000; tries++) {
      const pool = out.length % 2 ? sparse : people;
      const a = pool[Math.floor(random() * pool.length)]!;
      const b = people[Math.floor(random() * people.length)]!;
      const d = a === b ? null : graph.distance(a, b, maxHops);
      if (d !== null && d >= 2) out.push([a, b]);
    }
    return out;
  }

  /** The exact critical set: the inner nodes of one shortest path whose removal leaves no path within the bound. */
  function criticalOf(graph: Graph, a: string, b: string, maxHops: number): string[] {
    const sp = graph.shortestPath(a, b, maxHops);
    if (!sp) return [];
    return sp.slice(1, -1).filter((v) => graph.distance(a, b, maxHops, new Set([v])) === null).sort();
  }

  const FQ = `query($from: ID!, $to: ID!, $maxHops: Int, $relTypes: [String!]) {
    fragility(from: $from, to: $to, maxHops: $maxHops, relTypes: $relTypes) {
      connected shortestLength singlePointOfFailure
      paths { nodes { id } }
      critical { node { id } cutsAllPaths singlePointOfFailure remainingPath { length nodes { id } } }
    } }`;

  for (const mode of [
    { name: 'KNOWS', relTypes: ['KNOWS'], graph: byKnows, maxHops: 4, seed: 16 },
    { name: 'KNOWS, WORKS_AT and STUDIED_AT', relTypes: ['KNOWS', 'WORKS_AT', 'STUDIED_AT'], graph: withOrgs, maxHops: 3, seed: 61 },
  ]) {
    it(`calls critical exactly the nodes that cut every path of at most ${mode.maxHops} hops (${mode.name})`, async () => {
      const chosen = pairs(mode.graph, mode.seed, 16, mode.maxHops);
      expect(chosen.length).toBe(16);
      let withCritical = 0;
      let without = 0;
      for (const [a, b] of chosen) {
        const { fragility } = await gql(FQ, { from: a, to: b, maxHops: mode.maxHops, relTypes: mode.relTypes });
        const label = `${a}→${b}`;
        expect(fragility.connected, label).toBe(true);
        expect(fragility.shortestLength, label).toBe(mode.graph.distance(a, b, mode.maxHops));
        const critical = fragility.critical.filter((c: any) => c.cutsAllPaths).map((c: any) => c.node.id as string).sort();
        // Each one called critical really cuts every bounded path.
        for (const id of critical) expect(mode.graph.distance(a, b, mode.maxHops, new Set([id])), `${label}: ${id} called critical`).toBeNull();
        // Each inner node of today's paths not called critical leaves a path.
        const inner = new Set<string>(fragility.paths.flatMap((p: any) => p.nodes.slice(1, -1).map((n: any) => n.id)));
        for (const id of inner) {
          if (!critical.includes(id)) expect(mode.graph.distance(a, b, mode.maxHops, new Set([id])), `${label}: ${id} not called critical`).not.toBeNull();
        }
        expect(critical, label).toEqual(criticalOf(mode.graph, a, b, mode.maxHops));
        for (const c of fragility.critical) {
          if (c.remainingPath) {
            const ids = c.remainingPath.nodes.map((n: any) => n.id);
            expect(ids, label).not.toContain(c.node.id);
            if (c.cutsAllPaths) expect(c.remainingPath.length, label).toBeGreaterThan(mode.maxHops);
          }
        }
        if (critical.length) withCritical++;
        else without++;
      }
      // The pairs must exercise both answers, or the test proves little.
      expect(withCritical).toBeGreaterThan(0);
      expect(without).toBeGreaterThan(0);
    }, 900_000);
  }

  const DQ = `query($from: ID!, $to: ID!, $k: Int, $maxHops: Int, $relTypes: [String!]) {
    paths(from: $from, to: $to, k: $k, maxHops: $maxHops, relTypes: $relTypes, diverse: true) {
      length nodes { id } relationships { type }
      diversity { requested found complete upperBound reasons }
    } }`;

  for (const mode of [
    { name: 'KNOWS', relTypes: ['KNOWS'], graph: byKnows, maxHops: 4, k: 3, seed: 23 },
    { name: 'KNOWS, k = 5', relTypes: ['KNOWS'], graph: byKnows, maxHops: 3, k: 5, seed: 29 },
    { name: 'KNOWS, WORKS_AT and STUDIED_AT', relTypes: ['KNOWS', 'WORKS_AT', 'STUDIED_AT'], graph: withOrgs, maxHops: 4, k: 3, seed: 31 },
  ]) {
    it(`finds real, simple, intermediate-disjoint paths that cannot be extended (${mode.name}, maxHops ${mode.maxHops})`, async () => {
      const chosen = pairs(mode.graph, mode.seed, 16, mode.maxHops);
      let fewer = 0;
      let full = 0;
      for (const [a, b] of chosen) {
        const label = `${a}→${b}`;
        const { paths } = await gql(DQ, { from: a, to: b, k: mode.k, maxHops: mode.maxHops, relTypes: mode.relTypes });
        expect(paths.length, label).toBeGreaterThan(0);
        expect(paths.length, label).toBeLessThanOrEqual(mode.k);
        const used = new Set<string>();
        for (const p of paths) {
          const ids: string[] = p.nodes.map((n: any) => n.id);
          expect(ids[0], label).toBe(a);
          expect(ids.at(-1), label).toBe(b);
          expect(new Set(ids).size, `${label}: simple`).toBe(ids.length);
          expect(p.length, label).toBeLessThanOrEqual(mode.maxHops);
          expect(p.length, label).toBe(ids.length - 1);
          for (let i = 0; i + 1 < ids.length; i++) expect(mode.graph.has(ids[i]!, ids[i + 1]!), `${label}: ${ids[i]}-${ids[i + 1]}`).toBe(true);
          for (const id of ids.slice(1, -1)) {
            expect(used.has(id), `${label}: ${id} on two paths`).toBe(false);
            used.add(id);
          }
          expect(p.diversity).toMatchObject({ requested: mode.k, found: paths.length, complete: paths.length === mode.k });
        }
        // The first is a shortest path.
        expect(Math.min(...paths.map((p: any) => p.length)), label).toBe(mode.graph.distance(a, b, mode.maxHops));
        if (paths.length < mode.k) {
          fewer++;
          expect(mode.graph.distance(a, b, mode.maxHops, used), `${label}: a path survives without their intermediate nodes`).toBeNull();
          expect(paths[0].diversity.reasons.length).toBeGreaterThanOrEqual(2);
          if (paths[0].diversity.upperBound !== null) expect(paths[0].diversity.upperBound).toBeGreaterThanOrEqual(paths.length);
        } else full++;
      }
      expect(fewer, 'some pairs should have fewer than k disjoint paths').toBeGreaterThan(0);
      expect(full, 'some pairs should have k disjoint paths').toBeGreaterThan(0);
    }, 900_000);
  }

  it('leaves the plain paths answer as it was', async () => {
    const [a, b] = pairs(byKnows, 5, 1, 4)[0]!;
    const Q = 'query($from: ID!, $to: ID!) { paths(from: $from, to: $to, k: 3, maxHops: 4, relTypes: ["KNOWS"]) { length diversity { found } } }';
    const { paths } = await gql(Q, { from: a, to: b });
    expect(paths[0].length).toBe(byKnows.distance(a, b, 4));
    for (const p of paths) expect(p.diversity).toBeNull();
  });
});
