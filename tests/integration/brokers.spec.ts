// Query.brokers against a real Neo4j with GDS. Two cliques joined only through one person: that person must have
// the top betweenness and the cliques must fall into different Louvain communities. Betweenness values are checked
// against Brandes' algorithm run here on the fixture's edge list (undirected, each pair once). Scopes (region, tech
// area, pool), the types filter, errors, and that every projected graph is dropped afterwards.
import { describe, expect, it } from 'vitest';
import type { App } from '../../server/yoga.js';
import { testDb } from '../support/db.js';
import { code, Fixture, gql, withFixture } from './recommend-support.js';

const db = testDb();
let app: App;
const fx = new Fixture();

fx.node('r:town', ['Region'], { level: 'county' });
fx.node('r:village', ['Region'], { level: 'county' });
fx.rel('PART_OF', 'r:village', 'r:town');
fx.node('r:elsewhere', ['Region'], { level: 'county' });
fx.node('t:area', ['TechArea']);
fx.node('t:sub', ['TechArea']);
fx.rel('PART_OF', 't:sub', 't:area');
fx.node('pool:p', ['TalentPool']);

const A = ['a1', 'a2', 'a3', 'a4', 'a5'].map((x) => fx.node(`p:${x}`, ['Person']));
// Equal cliques: with sizes n and m the bridge beats its neighbours only when |n - m| < 1.
const B = ['b1', 'b2', 'b3', 'b4', 'b5'].map((x) => fx.node(`p:${x}`, ['Person']));
const X = fx.node('p:x', ['Person'], { nameEn: 'The Bridge' });
for (const clique of [A, B]) for (let i = 0; i < clique.length; i++) for (let j = i + 1; j < clique.length; j++) fx.rel('KNOWS', clique[i]!, clique[j]!);
fx.rel('KNOWS', X, 'p:a1');
fx.rel('COLLABORATED_WITH', 'p:b1', X);
// A second tie between the same pair must not count twice.
fx.rel('COLLABORATED_WITH', X, 'p:a1');
// Everyone in the scopes: living in the town or its village, expert in the area or its sub-area, members of the pool.
for (const p of [...A, ...B, X]) {
  fx.rel('LIVES_IN', p, p.startsWith('p:b') ? 'r:village' : 'r:town');
  fx.rel('EXPERT_IN', p, p.startsWith('p:b') ? 't:sub' : 't:area');
  fx.rel('MEMBER_OF', p, 'pool:p');
}
// Outside every scope: a second bridge y between the cliques, who lives elsewhere and has no expertise.
const Y = fx.node('p:y', ['Person']);
fx.rel('LIVES_IN', Y, 'r:elsewhere');
fx.rel('KNOWS', Y, 'p:a5');
fx.rel('KNOWS', Y, 'p:b5');
fx.node('l:lab', ['Lab']);

/** Betweenness (Brandes) on an undirected simple graph, counting each unordered pair once as GDS does. */
function betweenness(nodes: string[], edges: Array<[string, string]>): Map<string, number> {
  const adj = new Map(nodes.map((n) => [n, new Set<string>()]));
  for (const [a, b] of edges) {
    if (adj.has(a) && adj.has(b) && a !== b) {
      adj.get(a)!.add(b);
      adj.get(b)!.add(a);
    }
  }
  const cb = new Map(nodes.map((n) => [n, 0]));
  for (const s of nodes) {
    const stack: string[] = [];
    const preds = new Map(nodes.map((n) => [n, [] as string[]]));
    const sigma = new Map(nodes.map((n) => [n, 0]));
    const dist = new Map(nodes.map((n) => [n, -1]));
    sigma.set(s, 1);
    dist.set(s, 0);
    const queue = [s];
    while (queue.length) {
      const v = queue.shift()!;
      stack.push(v);
      for (const w of adj.get(v)!) {
        if (dist.get(w)! < 0) {
          dist.set(w, dist.get(v)! + 1);
          queue.push(w);
        }
        if (dist.get(w) === dist.get(v)! + 1) {
          sigma.set(w, sigma.get(w)! + sigma.get(v)!);
          preds.get(w)!.push(v);
        }
      }
    }
    const delta = new Map(nodes.map((n) => [n, 0]));
    while (stack.length) {
      const w = stack.pop()!;
      for (const v of preds.get(w)!) delta.set(v, delta.get(v)! + (sigma.get(v)! / sigma.get(w)!) * (1 + delta.get(w)!));
      if (w !== s) cb.set(w, cb.get(w)! + delta.get(w)!);
    }
  }
  for (const [k, v] of cb) cb.set(k, v / 2);
  return cb;
}

const personEdges = () =>
  fx.rels.filter((r) => r.type === 'KNOWS' || r.type === 'COLLABORATED_WITH').map((r) => [r.start, r.end] as [string, string]);

const QUERY = `query($scope: ID, $limit: Int, $types: [NodeType!]) { brokers(scopeId: $scope, limit: $limit, types: $types) {
  node { id type } betweenness normalised community communitySize rank degree bridgedCommunities reasons reasonDetails { code } } }`;

async function projectedGraphs(): Promise<string[]> {
  const rows = await db.runText("CALL gds.graph.list() YIELD graphName WHERE graphName STARTS WITH 'brokers-' RETURN graphName");
  return rows.map((r) => String(r.graphName));
}

withFixture(db, fx, (made) => (app = made));

describe('brokers', () => {
  it('puts the only bridge between two cliques first, with Brandes betweenness, and splits the cliques into communities', async () => {
    const scoped = [...A, ...B, X];
    const want = betweenness(scoped, personEdges());
    const { data, errors } = await gql(app, QUERY, { scope: 'r:town', limit: 50 });
    expect(errors).toBeUndefined();
    const got = data.brokers as any[];
    expect(got.map((b) => b.node.id).sort()).toEqual([...scoped].sort());
    expect(got[0].node.id).toBe(X);
    expect(got[0].rank).toBe(1);
    expect(got[0].normalised).toBe(1);
    for (const b of got) expect(b.betweenness).toBeCloseTo(want.get(b.node.id)!, 6);
    const community = new Map(got.map((b) => [b.node.id, b.community]));
    expect(new Set(A.map((p) => community.get(p))).size).toBe(1);
    expect(new Set(B.map((p) => community.get(p))).size).toBe(1);
    expect(community.get(A[0]!)).not.toBe(community.get(B[0]!));
    const x = got[0];
    expect(x.degree).toBe(2);
    expect(x.bridgedCommunities).toBe(2);
    expect(x.reasonDetails.map((r: { code: string }) => r.code)).toEqual(['BETWEENNESS', 'SPANS_COMMUNITIES']);
    const sizes = got.filter((b) => b.community === community.get(B[1]!)).map((b) => b.communitySize);
    expect(sizes.every((s: number) => s === sizes[0])).toBe(true);
    expect(sizes[0]).toBeGreaterThanOrEqual(B.length);
    expect(await projectedGraphs()).toEqual([]);
  });

  it('scopes to a tech area with its sub-areas', async () => {
    const { data, errors } = await gql(app, QUERY, { scope: 't:area', limit: 3 });
    expect(errors).toBeUndefined();
    expect(data.brokers).toHaveLength(3);
    expect(data.brokers[0].node.id).toBe(X);
    expect(data.brokers.map((b: any) => b.node.id)).not.toContain(Y);
  });

  it('scopes to a pool: its members and everything they are tied to, the pool itself left out', async () => {
    const members = new Set(fx.relsOf('MEMBER_OF').filter((r) => r.end === 'pool:p').map((r) => r.start));
    const kind = new Map(fx.nodes.map((n) => [n.id, n.labels[0]!]));
    const ok = (id: string) => !['Region', 'TechArea'].includes(kind.get(id)!) && id !== 'pool:p';
    const edges = fx.rels.filter((r) => (members.has(r.start) || members.has(r.end)) && ok(r.start) && ok(r.end)).map((r) => [r.start, r.end] as [string, string]);
    const nodes = [...new Set([...members, ...edges.flat()])];
    const want = betweenness(nodes, edges);
    const { data, errors } = await gql(app, QUERY, { scope: 'pool:p', limit: 200 });
    expect(errors).toBeUndefined();
    expect(data.brokers.map((b: any) => b.node.id).sort()).toEqual(nodes.sort());
    for (const b of data.brokers) expect(b.betweenness).toBeCloseTo(want.get(b.node.id)!, 6);
    // y is tied to members, so it is in the pool's network and opens a second way between the cliques.
    expect(want.get(Y)!).toBeGreaterThan(0);
  });

  it('on the whole graph (regions and tech areas left out) matches Brandes for every person, the second bridge included', async () => {
    const nodes = fx.nodes.filter((n) => !['Region', 'TechArea'].includes(n.labels[0]!)).map((n) => n.id);
    const want = betweenness(nodes, fx.rels.map((r) => [r.start, r.end] as [string, string]));
    const { data, errors } = await gql(app, QUERY, { limit: 200, types: ['Person'] });
    expect(errors).toBeUndefined();
    const got = data.brokers as any[];
    const people = fx.nodes.filter((n) => n.labels[0] === 'Person').map((n) => n.id);
    expect(got.map((b) => b.node.id).sort()).toEqual([...people].sort());
    for (const b of got) expect(b.betweenness).toBeCloseTo(want.get(b.node.id)!, 6);
    const values = got.map((b) => b.betweenness);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    expect(want.get(Y)!).toBeGreaterThan(0);
  });

  it('ranks within the scope without a types filter, pools and organisations included', async () => {
    const { data, errors } = await gql(app, QUERY, { limit: 200 });
    expect(errors).toBeUndefined();
    const ids = data.brokers.map((b: any) => b.node.id);
    expect(ids).toContain('pool:p');
    expect(ids).toContain('l:lab');
    expect(ids).not.toContain('r:town');
    expect(ids).not.toContain('t:area');
  });

  it('refuses unknown scopes, scopes of another type and bad limits, and leaves no graph behind', async () => {
    // A missing scope, then one of another type: each refused with its code, the message naming the argument.
    for (const [scope, want, message] of [
      ['r:none', 'NOT_FOUND', /scopeId/],
      ['l:lab', 'BAD_USER_INPUT', /scopeId.*Lab/],
    ] as const) {
      const refused = await gql(app, QUERY, { scope });
      expect(code(refused)).toBe(want);
      expect(refused.errors![0]!.message).toMatch(message);
    }
    expect(code(await gql(app, QUERY, { limit: 0 }))).toBe('BAD_USER_INPUT');
    expect(code(await gql(app, QUERY, { limit: 201 }))).toBe('BAD_USER_INPUT');
    // An empty scope answers an empty list.
    expect((await gql(app, QUERY, { scope: 'r:elsewhere' })).data.brokers.map((b: any) => b.node.id)).toEqual([Y]);
    expect(await projectedGraphs()).toEqual([]);
  });

  it('answers again from memory, and recomputes once a change is made through the API', async () => {
    const first = await gql(app, QUERY, { scope: 'r:town', limit: 50 });
    const again = await gql(app, QUERY, { scope: 'r:town', limit: 50 }, { lang: 'zh' });
    expect(again.data.brokers.map((b: any) => [b.node.id, b.betweenness])).toEqual(first.data.brokers.map((b: any) => [b.node.id, b.betweenness]));
    expect(again.data.brokers[0].reasons.join('')).toMatch(/[\u4e00-\u9fff]/);
    const linked = await gql(app, 'mutation { link(type: "KNOWS", from: "p:a2", to: "p:b2") { id } }', {}, { role: 'admin' });
    expect(linked.errors).toBeUndefined();
    const scoped = [...A, ...B, X];
    const want = betweenness(scoped, [...personEdges(), ['p:a2', 'p:b2']]);
    const after = await gql(app, QUERY, { scope: 'r:town', limit: 50 });
    for (const b of after.data.brokers) expect(b.betweenness).toBeCloseTo(want.get(b.node.id)!, 6);
    expect(after.data.brokers.find((b: any) => b.node.id === X).betweenness).toBeLessThan(first.data.brokers[0].betweenness);
    await gql(app, 'mutation { unlink(type: "KNOWS", from: "p:a2", to: "p:b2") }', {}, { role: 'admin' });
  });

  it('runs concurrent calls on separate graphs', async () => {
    const results = await Promise.all([gql(app, QUERY, { scope: 'r:town', limit: 1 }), gql(app, QUERY, { scope: 't:area', limit: 1 }), gql(app, QUERY, { limit: 1 })]);
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(results[0]!.data.brokers[0].node.id).toBe(X);
    expect(await projectedGraphs()).toEqual([]);
  });
});
