// Query.paths against a real Neo4j, on a seeded random graph. The expected answer is worked out here by listing
// every simple path with a depth-first search over the fixture records; the API must return the k shortest of
// them (same lengths), each a real simple path with its weight, ordered by length and then weight, under every
// filter (relationship types, as-of date, excluded nodes, direction). Bad arguments get the right code.
import { describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/yoga.js';
import { nodeRow, relRow, writeBatch, type NodeRecord, type RelRecord } from '../../seed/import/writer.js';
import { testConfig, testDb, withGraph } from '../support/db.js';
import { gqlClient } from '../support/gql.js';
import { seededRandom as rng } from '../support/random.js';

const db = testDb();
let app: App;
const gql = gqlClient(() => app);

const random = rng(7);
const PEOPLE = 36;
const nodes: NodeRecord[] = [];
const rels: RelRecord[] = [];
const pid = (i: number) => `x:p${String(i).padStart(2, '0')}`;
for (let i = 0; i < PEOPLE; i++) nodes.push({ id: pid(i), labels: ['Person'], props: { name: `P${i}`, consent: true } });
for (let i = 0; i < 3; i++) nodes.push({ id: `x:org${i}`, labels: ['Enterprise'], props: { name: `Org${i}` } });
nodes.push({ id: 'x:alone', labels: ['Person'], props: { name: 'Alone', consent: true } });
const pairKeys = new Set<string>();
for (let n = 0; n < 70; n++) {
  const a = Math.floor(random() * PEOPLE);
  const b = Math.floor(random() * PEOPLE);
  if (a === b) continue;
  const type = random() < 0.7 ? 'KNOWS' : 'COLLABORATED_WITH';
  const key = [type, ...[a, b].sort()].join(':');
  if (pairKeys.has(key)) continue;
  pairKeys.add(key);
  const props: Record<string, unknown> = { strength: Math.round(random() * 100) / 100 };
  if (random() < 0.3) props.start = `20${10 + Math.floor(random() * 10)}-01-01`;
  if (random() < 0.2) props.end = `20${15 + Math.floor(random() * 8)}-06-30`;
  if (props.start && props.end && String(props.start) > String(props.end)) delete props.end;
  rels.push({ type, start: pid(a), end: pid(b), props });
}
for (let i = 0; i < PEOPLE; i += 4) rels.push({ type: 'WORKS_AT', start: pid(i), end: `x:org${(i / 4) % 3}`, props: {} });

interface Filter {
  relTypes?: string[];
  asOf?: string;
  exclude?: string[];
  directed?: boolean;
}

interface Expected {
  key: string;
  length: number;
  weight: number;
}

function usable(r: RelRecord, f: Filter): boolean {
  if (f.relTypes && !f.relTypes.includes(r.type)) return false;
  if (f.asOf) {
    const start = r.props.start as string | undefined;
    const end = r.props.end as string | undefined;
    if ((start && start > f.asOf) || (end && end < f.asOf)) return false;
  }
  return true;
}

/** Every simple path from `from` to `to` of at most maxHops relationships, by depth-first search. */
function allSimplePaths(from: string, to: string, maxHops: number, f: Filter): Expected[] {
  const out: Expected[] = [];
  const steps = rels.filter((r) => usable(r, f));
  const walk = (at: string, seen: string[], types: string[], weight: number) => {
    if (at === to) {
      out.push({ key: `${seen.join(',')}|${types.join(',')}`, length: types.length, weight });
      return;
    }
    if (types.length === maxHops) return;
    for (const r of steps) {
      const nexts = r.start === at ? [r.end] : !f.directed && r.end === at ? [r.start] : [];
      for (const next of nexts) {
        if (seen.includes(next) || f.exclude?.includes(next)) continue;
        const s = typeof r.props.strength === 'number' ? r.props.strength : 0.5;
        walk(next, [...seen, next], [...types, r.type], weight + s);
      }
    }
  };
  walk(from, [from], [], 0);
  return out.sort((a, b) => a.length - b.length);
}

const Q = `query($from: ID!, $to: ID!, $k: Int, $maxHops: Int, $relTypes: [String!], $asOf: Date, $exclude: [ID!], $directed: Boolean) {
  paths(from: $from, to: $to, k: $k, maxHops: $maxHops, relTypes: $relTypes, asOf: $asOf, exclude: $exclude, directed: $directed) {
    length weight nodes { id } relationships { type from to direction }
  }
}`;

interface PathOut {
  length: number;
  weight: number;
  nodes: Array<{ id: string }>;
  relationships: Array<{ type: string; from: string; to: string; direction: string }>;
}

async function paths(vars: Record<string, unknown>): Promise<PathOut[]> {
  const { data, errors } = await gql(Q, vars);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data.paths;
}

function check(got: PathOut[], expected: Expected[], k: number, label: string) {
  expect(got.map((p) => p.length), label).toEqual(expected.slice(0, k).map((e) => e.length));
  const byKey = new Map(expected.map((e) => [e.key, e]));
  const keys = new Set<string>();
  got.forEach((p, i) => {
    const key = `${p.nodes.map((n) => n.id).join(',')}|${p.relationships.map((r) => r.type).join(',')}`;
    const e = byKey.get(key);
    expect(e, `${label}: ${key} is not a simple path of the fixture`).toBeDefined();
    expect(p.weight).toBeCloseTo(e!.weight, 6);
    expect(keys.has(key), `${label}: ${key} twice`).toBe(false);
    keys.add(key);
    p.relationships.forEach((r, j) => {
      const [x, y] = [p.nodes[j]!.id, p.nodes[j + 1]!.id];
      expect(r.direction === 'FORWARD' ? [r.from, r.to] : [r.to, r.from]).toEqual([x, y]);
    });
    if (i > 0) {
      const prev = got[i - 1]!;
      expect(prev.length < p.length || (prev.length === p.length && prev.weight >= p.weight - 1e-9), label).toBe(true);
    }
  });
}

withGraph(db, async () => {
  await writeBatch(db, nodes.map(nodeRow), rels.map(relRow));
  app = await createApp({ config: testConfig(), db });
});

describe('paths', () => {
  const pairs = Array.from({ length: 12 }, () => [Math.floor(random() * PEOPLE), Math.floor(random() * PEOPLE)] as const).filter(([a, b]) => a !== b);

  it('returns the k shortest simple paths, as a depth-first search lists them', async () => {
    let nonEmpty = 0;
    for (const [a, b] of pairs) {
      for (const [k, maxHops] of [[1, 6], [3, 4], [10, 5]] as const) {
        const expected = allSimplePaths(pid(a), pid(b), maxHops, {});
        if (expected.length) nonEmpty++;
        check(await paths({ from: pid(a), to: pid(b), k, maxHops }), expected, k, `${pid(a)}→${pid(b)} k=${k} maxHops=${maxHops}`);
      }
    }
    expect(nonEmpty).toBeGreaterThan(10);
  });

  it('filters by relationship type, as-of date, excluded nodes and direction', async () => {
    const filters: Filter[] = [
      { relTypes: ['KNOWS'] },
      { relTypes: ['KNOWS', 'WORKS_AT'] },
      { asOf: '2016-01-01' },
      { asOf: '2012-06-01', relTypes: ['COLLABORATED_WITH', 'KNOWS'] },
      { directed: true },
    ];
    for (const [a, b] of pairs.slice(0, 6)) {
      for (const f of filters) {
        const expected = allSimplePaths(pid(a), pid(b), 5, f);
        check(await paths({ from: pid(a), to: pid(b), k: 5, maxHops: 5, ...f }), expected, 5, `${pid(a)}→${pid(b)} ${JSON.stringify(f)}`);
      }
      // Exclude the inner nodes of the shortest path: the next answer must avoid them.
      const first = allSimplePaths(pid(a), pid(b), 5, {})[0];
      if (first) {
        const exclude = first.key.split('|')[0]!.split(',').slice(1, -1);
        const expected = allSimplePaths(pid(a), pid(b), 5, { exclude });
        check(await paths({ from: pid(a), to: pid(b), k: 3, maxHops: 5, exclude }), expected, 3, `exclude ${exclude.join(',')}`);
      }
    }
  });

  it('answers an empty list when no path exists', async () => {
    expect(await paths({ from: pid(0), to: 'x:alone' })).toEqual([]);
    expect(await paths({ from: pid(0), to: pid(1), maxHops: 1, relTypes: ['FOUNDED'] })).toEqual([]);
  });

  it('rejects bad arguments with the right code, naming the argument', async () => {
    for (const [vars, code, argument] of [
      [{ from: pid(0), to: pid(1), k: 0 }, 'BAD_USER_INPUT', 'k'],
      [{ from: pid(0), to: pid(1), k: 11 }, 'BAD_USER_INPUT', 'k'],
      [{ from: pid(0), to: pid(1), maxHops: 0 }, 'BAD_USER_INPUT', 'maxHops'],
      [{ from: pid(0), to: pid(1), maxHops: 9 }, 'BAD_USER_INPUT', 'maxHops'],
      [{ from: pid(0), to: pid(1), relTypes: ['KNOWS', 'LIKES'] }, 'BAD_USER_INPUT', 'relTypes'],
      [{ from: pid(0), to: pid(1), exclude: [pid(1)] }, 'BAD_USER_INPUT', 'exclude'],
      [{ from: pid(0), to: pid(0) }, 'BAD_USER_INPUT', 'to'],
      [{ from: 'x:none', to: pid(1) }, 'NOT_FOUND', 'from'],
      [{ from: pid(0), to: 'x:none' }, 'NOT_FOUND', 'to'],
    ] as const) {
      const { errors } = await gql(Q, vars);
      expect(errors?.[0]?.extensions, JSON.stringify(vars)).toMatchObject({ code, argument });
    }
    const { errors } = await gql(Q, { from: pid(0), to: pid(1), k: 2.5 });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
