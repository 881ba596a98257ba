// Answers on real data: the LDBC SNB SF0.1 person/organisation subgraph, imported from the shared data with the
// shipped mapping. `paths` over KNOWS must match a breadth-first search computed here from the knows CSV files
// (30 pairs from a fixed seed, unreachable ones included), and `bridges` from a company to a university must
// return every person who works at the one and studied at the other, read from the workAt and studyAt files.
import { describe, expect, it } from 'vitest';
import type { App } from '../../server/yoga.js';
import { testDb } from '../support/db.js';
import { sharedDataset } from '../support/shared-data.js';
import { gqlClient } from '../support/gql.js';
import { ldbcFiles, LDBC_MAPPING, withImportedApp } from '../support/imported.js';
import { seededRandom as rng } from '../support/random.js';

const dir = sharedDataset('ldbc-snb-sf0.1');
const db = testDb();
let app: App;
const gql = gqlClient(() => app).data;

const { read, col, personId, orgId } = ldbcFiles(dir);

describe.skipIf(!dir)('answers on LDBC SNB SF0.1', () => {
  const persons = dir ? read('Person.csv').map((r) => col(r, 0)) : [];
  const knows = dir ? [...read('Person_knows_Person.csv'), ...read('Person_knows_Person_1.csv')].map((r) => [col(r, 0), col(r, 1)] as const) : [];
  const workAt = dir ? read('Person_workAt_Organisation.csv').map((r) => [col(r, 0), col(r, 1)] as const) : [];
  const studyAt = dir ? read('Person_studyAt_Organisation.csv').map((r) => [col(r, 0), col(r, 1)] as const) : [];

  const adjacency = new Map<string, Set<string>>(persons.map((p) => [p, new Set()]));
  for (const [a, b] of knows) {
    adjacency.get(a)!.add(b);
    adjacency.get(b)!.add(a);
  }

  /** Hop distance over KNOWS (undirected), or null when unreachable. */
  function bfs(from: string, to: string): number | null {
    const dist = new Map([[from, 0]]);
    let frontier = [from];
    while (frontier.length) {
      const next: string[] = [];
      for (const u of frontier) {
        for (const v of adjacency.get(u)!) {
          if (dist.has(v)) continue;
          dist.set(v, dist.get(u)! + 1);
          if (v === to) return dist.get(v)!;
          next.push(v);
        }
      }
      frontier = next;
    }
    return null;
  }

  withImportedApp(db, dir, LDBC_MAPPING, (a) => (app = a), 600_000);

  it('has paths over KNOWS whose lengths equal a breadth-first search of the CSV files', async () => {
    const random = rng(20240601);
    const pick = (list: string[]) => list[Math.floor(random() * list.length)]!;
    const isolated = persons.filter((p) => adjacency.get(p)!.size === 0);
    const connected = persons.filter((p) => adjacency.get(p)!.size > 0);
    const pairs: Array<[string, string]> = [];
    while (pairs.length < 24) {
      const [a, b] = [pick(connected), pick(connected)];
      if (a !== b) pairs.push([a, b]);
    }
    for (let i = 0; i < 6; i++) pairs.push(i % 2 ? [pick(isolated), pick(connected)] : [pick(connected), pick(isolated)]);
    // Paths avoid nodes with over 1,000 ties; no person here comes close, so the BFS needs no such rule.
    const degree = new Map<string, number>();
    for (const [p] of [...knows, ...workAt, ...studyAt]) degree.set(p, (degree.get(p) ?? 0) + 1);
    for (const [, q] of knows) degree.set(q, (degree.get(q) ?? 0) + 1);
    expect(Math.max(...degree.values()) + 2).toBeLessThan(1000);

    const Q = 'query($from: ID!, $to: ID!) { paths(from: $from, to: $to, k: 3, maxHops: 8, relTypes: ["KNOWS"]) { length nodes { id } } }';
    let unreachable = 0;
    const lengths: number[] = [];
    for (const [a, b] of pairs) {
      const expected = bfs(a, b);
      const { paths } = await gql(Q, { from: personId(a), to: personId(b) });
      if (expected === null || expected > 8) {
        expect(paths, `${a}→${b}`).toEqual([]);
        unreachable++;
        continue;
      }
      lengths.push(expected);
      expect(paths.length, `${a}→${b}`).toBeGreaterThan(0);
      expect(paths[0].length, `${a}→${b}`).toBe(expected);
      for (const p of paths as Array<{ length: number; nodes: Array<{ id: string }> }>) {
        expect(p.length).toBeGreaterThanOrEqual(expected);
        const ids = p.nodes.map((n) => n.id);
        expect(new Set(ids).size).toBe(ids.length);
        // Every step is a friendship in the CSV files.
        for (let i = 0; i + 1 < ids.length; i++) {
          const [u, v] = [ids[i]!.split(':').pop()!, ids[i + 1]!.split(':').pop()!];
          expect(adjacency.get(u)?.has(v), `${u}-${v}`).toBe(true);
        }
      }
    }
    expect(unreachable).toBeGreaterThanOrEqual(6);
    expect(new Set(lengths).size).toBeGreaterThan(1);
  });

  it('has bridges from a company to a university that are exactly the people who work at one and studied at the other', async () => {
    const workers = new Map<string, Set<string>>();
    for (const [p, c] of workAt) (workers.get(c) ?? workers.set(c, new Set()).get(c)!).add(p);
    const alumni = new Map<string, Set<string>>();
    for (const [p, u] of studyAt) (alumni.get(u) ?? alumni.set(u, new Set()).get(u)!).add(p);
    const candidates: Array<{ company: string; university: string; people: string[] }> = [];
    for (const [company, ws] of workers) {
      for (const [university, as] of alumni) {
        const people = [...ws].filter((p) => as.has(p));
        if (people.length) candidates.push({ company, university, people: people.sort() });
      }
    }
    candidates.sort((x, y) => y.people.length - x.people.length || x.company.localeCompare(y.company) || x.university.localeCompare(y.university));
    const random = rng(7);
    const chosen = [...candidates.slice(0, 4)];
    while (chosen.length < 14) {
      const c = candidates[Math.floor(random() * candidates.length)]!;
      if (!chosen.includes(c)) chosen.push(c);
    }
    expect(chosen.some((c) => c.people.length > 1)).toBe(true);

    const Q = `query($from: ID!, $to: ID!, $max: Int) { bridges(from: $from, to: $to, maxIntermediaries: $max, limit: 100) {
      kind intermediaries { id } score reasons path { nodes { id } } } }`;
    for (const { company, university, people } of chosen) {
      const expected = people.map(personId).sort();
      for (const max of [1, 2]) {
        const { bridges } = await gql(Q, { from: orgId(company), to: orgId(university), max });
        const ones = bridges.filter((b: { kind: string }) => b.kind === 'ONE_PERSON');
        const found = ones.map((b: { intermediaries: Array<{ id: string }> }) => b.intermediaries[0]!.id).sort();
        // With chains allowed, a full list of 100 could in principle push a one-person bridge out.
        if (max === 1 || bridges.length < 100) expect(found, `${company}→${university} (max ${max})`).toEqual(expected);
        for (const b of ones) {
          expect(b.path.nodes.map((n: { id: string }) => n.id)).toEqual([orgId(company), b.intermediaries[0].id, orgId(university)]);
          expect(b.reasons.length).toBeGreaterThanOrEqual(2);
        }
      }
    }
  });
});
