// Query.neighbourhood against a real Neo4j: a seeded random graph with a hub lab. Without caps the answer must equal
// a breadth-first search written here; with caps, each type keeps its strongest ties and the counts say exactly
// what was left out.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CYPHER_DIR } from '../../server/db.js';
import { REL_TYPES } from '../../server/model/model.js';
import { createApp, type App } from '../../server/yoga.js';
import { nodeRow, relRow, writeBatch, type NodeRecord, type RelRecord } from '../../seed/import/writer.js';
import { resetGraph, testConfig, testDb } from '../support/db.js';
import { gqlClient } from '../support/gql.js';
import { seededRandom as rng } from '../support/random.js';

const db = testDb();
let app: App;
const gql = gqlClient(() => app);

const random = rng(42);
const nodes: NodeRecord[] = [];
const rels: RelRecord[] = [];
const HUB = 'g:lab:hub';
const HUB_PEOPLE = 120;
nodes.push({ id: HUB, labels: ['Lab'], props: { name: 'Hub Lab' } });
nodes.push({ id: 'g:region:r', labels: ['Region'], props: { name: 'Region R' } });
rels.push({ type: 'LOCATED_IN', start: HUB, end: 'g:region:r', props: {} });
for (let i = 0; i < 5; i++) {
  nodes.push({ id: `g:project:${i}`, labels: ['Project'], props: { name: `Project ${i}` } });
  rels.push({ type: 'PARTICIPATES_IN', start: HUB, end: `g:project:${i}`, props: { strength: 0.2 + i / 10 } });
}
for (let i = 0; i < 4; i++) nodes.push({ id: `g:ent:${i}`, labels: ['Enterprise'], props: { name: `Firm ${i}` } });
for (let i = 0; i < HUB_PEOPLE; i++) {
  const id = `g:person:${String(i).padStart(3, '0')}`;
  nodes.push({ id, labels: ['Person'], props: { name: `Person ${i}`, consent: true } });
  // Distinct strengths so the strongest are well defined; every seventh has none (counts as 0.5).
  rels.push({ type: 'WORKS_AT', start: id, end: HUB, props: i % 7 === 0 ? {} : { strength: Math.round(random() * 1000) / 1000 } });
  if (i % 3 === 0) rels.push({ type: 'WORKS_AT', start: id, end: `g:ent:${i % 4}`, props: {} });
}
for (let k = 0; k < 200; k++) {
  const a = Math.floor(random() * HUB_PEOPLE);
  const b = Math.floor(random() * HUB_PEOPLE);
  if (a === b) continue;
  const [s, e] = [`g:person:${String(a).padStart(3, '0')}`, `g:person:${String(b).padStart(3, '0')}`];
  if (rels.some((r) => r.type === 'KNOWS' && ((r.start === s && r.end === e) || (r.start === e && r.end === s)))) continue;
  rels.push({ type: 'KNOWS', start: s, end: e, props: {} });
}
// A bigger hub than a level reads whole (2,000 ties of one type): 2,100 people, three projects, a region.
const BIG = 'g:lab:big';
const BIG_PEOPLE = 2100;
const bigNodes: NodeRecord[] = [{ id: BIG, labels: ['Lab'], props: { name: 'Big Lab' } }];
const bigRels: RelRecord[] = [{ type: 'LOCATED_IN', start: BIG, end: 'g:region:r', props: {} }];
for (let i = 0; i < 3; i++) bigRels.push({ type: 'PARTICIPATES_IN', start: BIG, end: `g:project:${i}`, props: {} });
for (let i = 0; i < BIG_PEOPLE; i++) {
  bigNodes.push({ id: `g:big:${i}`, labels: ['Person'], props: { name: `Big ${i}`, consent: true } });
  bigRels.push({ type: 'WORKS_AT', start: `g:big:${i}`, end: BIG, props: {} });
}
const typeOf = new Map(nodes.map((n) => [n.id, n.labels[0]!]));

/** Distances from `root` by breadth-first search over the fixture, undirected, optionally only some types. */
function bfs(root: string, depth: number, types?: string[]): Map<string, number> {
  const dist = new Map([[root, 0]]);
  let frontier = [root];
  for (let d = 1; d <= depth; d++) {
    const next: string[] = [];
    for (const r of rels) {
      if (types && !types.includes(r.type)) continue;
      for (const [u, v] of [[r.start, r.end], [r.end, r.start]] as const) {
        if (frontier.includes(u) && !dist.has(v)) {
          dist.set(v, d);
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return dist;
}

const Q = `query($id: ID!, $depth: Int, $relTypes: [String!], $limitPerType: Int) {
  neighbourhood(id: $id, depth: $depth, relTypes: $relTypes, limitPerType: $limitPerType) {
    root { id } nodes { id type } edges { id type from to } distances { id depth }
    totals { kind type count } truncated { kind type count } nodeCount edgeCount totalNeighbours
  }
}`;

const countsOf = (list: Array<{ kind: string; type: string; count: number }>, kind: string) =>
  Object.fromEntries(list.filter((c) => c.kind === kind).map((c) => [c.type, c.count]));

beforeAll(async () => {
  await resetGraph(db);
  await writeBatch(db, nodes.map(nodeRow), rels.map(relRow));
  await writeBatch(db, bigNodes.map(nodeRow), bigRels.map(relRow));
  // Answers at the argument maxima (depth 3, 500 per type) are this file's subject; the cost budget that refuses
  // them for viewers is tests/integration/hostile-cost.spec.ts's.
  app = await createApp({ config: testConfig({ TB_COST_BUDGET: '1000000' }), db });
});
afterAll(() => db.close());

describe('neighbourhood', () => {
  it('equals a breadth-first search when the caps do not bite (depth 1, 2 and 3)', async () => {
    for (const [root, depth] of [['g:person:003', 1], ['g:person:003', 2], ['g:ent:1', 3]] as const) {
      const { data, errors } = await gql(Q, { id: root, depth, limitPerType: 500 });
      expect(errors).toBeUndefined();
      const sub = data.neighbourhood;
      const expected = bfs(root, depth);
      expect(sub.root.id).toBe(root);
      expect(Object.fromEntries(sub.distances.map((d: { id: string; depth: number }) => [d.id, d.depth]))).toEqual(Object.fromEntries(expected));
      expect(sub.nodes.map((n: { id: string }) => n.id).sort()).toEqual([...expected.keys()].sort());
      // Every edge seen from a node closer than `depth`: that is what a level-by-level expansion walks.
      const expectedEdges = rels.filter((r) => Math.min(expected.get(r.start) ?? 99, expected.get(r.end) ?? 99) < depth);
      expect(sub.edgeCount).toBe(expectedEdges.length);
      expect(sub.edges.map((e: { from: string; to: string; type: string }) => `${e.from}-${e.type}-${e.to}`).sort()).toEqual(
        expectedEdges.map((r) => `${r.start}-${r.type}-${r.end}`).sort(),
      );
      expect(sub.truncated).toEqual([]);
      expect(sub.totalNeighbours).toBe(expected.size - 1);
      for (const n of sub.nodes) expect(n.type).toBe(typeOf.get(n.id));
    }
  });

  it('keeps the strongest ties of each type at a hub and counts what the cap left out', async () => {
    const limit = 10;
    const { data, errors } = await gql(Q, { id: HUB, depth: 1, limitPerType: limit });
    expect(errors).toBeUndefined();
    const sub = data.neighbourhood;
    const hubRels = rels.filter((r) => r.start === HUB || r.end === HUB);
    const other = (r: RelRecord) => (r.start === HUB ? r.end : r.start);
    const strength = (r: RelRecord) => (typeof r.props.strength === 'number' ? r.props.strength : 0.5);
    const people = hubRels.filter((r) => typeOf.get(other(r)) === 'Person');
    const strongest = [...people]
      .sort((a, b) => strength(b) - strength(a) || other(a).localeCompare(other(b)))
      .slice(0, limit)
      .map(other);
    const keptPeople = sub.nodes.filter((n: { type: string }) => n.type === 'Person').map((n: { id: string }) => n.id);
    expect(keptPeople.sort()).toEqual(strongest.sort());
    expect(countsOf(sub.totals, 'NODE_TYPE')).toEqual({ Person: HUB_PEOPLE, Project: 5, Region: 1 });
    expect(countsOf(sub.truncated, 'NODE_TYPE')).toEqual({ Person: HUB_PEOPLE - limit });
    expect(countsOf(sub.truncated, 'REL_TYPE')).toEqual({ WORKS_AT: HUB_PEOPLE - limit });
    expect(countsOf(sub.totals, 'REL_TYPE')).toEqual({ WORKS_AT: HUB_PEOPLE, PARTICIPATES_IN: 5, LOCATED_IN: 1 });
    expect(sub.nodeCount).toBe(1 + limit + 5 + 1);
    const ids = new Set(sub.nodes.map((n: { id: string }) => n.id));
    for (const e of sub.edges) expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
  });

  it('caps every level, so depth 3 around the hub stays small', async () => {
    const limit = 3;
    const { data, errors } = await gql(Q, { id: HUB, depth: 3, limitPerType: limit });
    expect(errors).toBeUndefined();
    const sub = data.neighbourhood;
    for (const level of [1, 2, 3]) {
      const atLevel = sub.distances.filter((d: { depth: number }) => d.depth === level).map((d: { id: string }) => typeOf.get(d.id));
      for (const type of new Set(atLevel)) expect(atLevel.filter((t: string | undefined) => t === type).length).toBeLessThanOrEqual(limit);
    }
    const ids = new Set(sub.nodes.map((n: { id: string }) => n.id));
    for (const e of sub.edges) expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
    expect(countsOf(sub.truncated, 'NODE_TYPE').Person).toBeGreaterThan(0);
  });

  it('reads a bounded share of a big hub, keeps every type in view and counts the unread ties exactly per type', async () => {
    const limit = 10;
    const { data, errors } = await gql(Q.replace('totalNeighbours', 'totalNeighbours estimated'), { id: BIG, depth: 1, limitPerType: limit });
    expect(errors).toBeUndefined();
    const sub = data.neighbourhood;
    expect(sub.estimated).toBe(true);
    const types = (t: string) => sub.nodes.filter((n: { type: string }) => n.type === t).length;
    expect([types('Person'), types('Project'), types('Region')]).toEqual([limit, 3, 1]);
    expect(countsOf(sub.totals, 'REL_TYPE')).toEqual({ WORKS_AT: BIG_PEOPLE, PARTICIPATES_IN: 3, LOCATED_IN: 1 });
    expect(countsOf(sub.truncated, 'REL_TYPE')).toEqual({ WORKS_AT: BIG_PEOPLE - limit });
    // Every tie of the unread share leads to a person, so the estimate per node type is exact here.
    expect(countsOf(sub.totals, 'NODE_TYPE')).toEqual({ Person: BIG_PEOPLE, Project: 3, Region: 1 });
    expect(countsOf(sub.truncated, 'NODE_TYPE')).toEqual({ Person: BIG_PEOPLE - limit });
    const small = await gql(Q.replace('totalNeighbours', 'totalNeighbours estimated'), { id: HUB, depth: 1 });
    expect(small.data.neighbourhood.estimated).toBe(false);
  });

  it('has a bounded-read branch in its query for every relationship type of the model', () => {
    const text = fs.readFileSync(path.join(CYPHER_DIR, 'neighbourhood.cypher'), 'utf8');
    for (const t of REL_TYPES) expect(text, t).toContain(`'${t}' IN $relTypes) MATCH (f)-[r:${t}]-(m) RETURN r, m LIMIT $scan`);
  });

  it('follows only the relationship types asked for', async () => {
    const { data, errors } = await gql(Q, { id: 'g:person:003', depth: 2, relTypes: ['KNOWS'], limitPerType: 500 });
    expect(errors).toBeUndefined();
    const expected = bfs('g:person:003', 2, ['KNOWS']);
    expect(data.neighbourhood.nodes.map((n: { id: string }) => n.id).sort()).toEqual([...expected.keys()].sort());
    expect(new Set(data.neighbourhood.edges.map((e: { type: string }) => e.type))).toEqual(new Set(['KNOWS']));
  });

  it('rejects bad arguments with BAD_USER_INPUT naming them, and unknown ids with NOT_FOUND', async () => {
    for (const [vars, code, argument] of [
      [{ id: HUB, depth: 0 }, 'BAD_USER_INPUT', 'depth'],
      [{ id: HUB, depth: 4 }, 'BAD_USER_INPUT', 'depth'],
      [{ id: HUB, limitPerType: 0 }, 'BAD_USER_INPUT', 'limitPerType'],
      [{ id: HUB, limitPerType: 501 }, 'BAD_USER_INPUT', 'limitPerType'],
      [{ id: HUB, relTypes: ['KNOWS', 'KNOWS]-() DETACH DELETE n //'] }, 'BAD_USER_INPUT', 'relTypes'],
      [{ id: HUB, relTypes: ['knows'] }, 'BAD_USER_INPUT', 'relTypes'],
      [{ id: 'g:none' }, 'NOT_FOUND', 'id'],
    ] as const) {
      const { errors } = await gql(Q, vars);
      expect(errors?.[0]?.extensions, JSON.stringify(vars)).toMatchObject({ code, argument });
    }
    const { errors } = await gql(Q, { id: HUB, relTypes: ['FOO'] });
    expect(errors?.[0]?.message).toContain('"FOO"');
  });
});
