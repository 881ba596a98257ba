// The cost model of server/plugins/cost-model.ts on the real SDL: aliases, fragments and variables are all counted,
// arguments out of range are clamped, brokers asks the graph sizes it needs, and the heavy-slot gate keeps its
// per-caller and server-wide counts straight. Pure: the graph sizes are given here.
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { estimate, type GraphSizes } from '../../server/plugins/cost-model.js';
import { HeavyGate } from '../../server/plugins/cost.js';
import { loadTypeDefs } from '../../server/yoga.js';

// Built by graphql-js itself: the estimate only needs the types and arguments, not the resolvers.
const schema = buildSchema(loadTypeDefs().join('\n'));
const asked: string[] = [];
const sizes: GraphSizes = {
  graph: () => (asked.push('graph'), Promise.resolve(4_000)),
  scope: (id) => (asked.push(id), Promise.resolve(id === 'big' ? 40_000 : 100)),
};
const cost = async (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  estimate(schema, parse(query), operationName, variables, sizes);

describe('cost model', () => {
  it('counts every alias of a neighbourhood, quadratic in limitPerType past the first level', async () => {
    const e = await cost(`{ a: neighbourhood(id: "x", depth: 3, limitPerType: 480) { nodeCount } b: neighbourhood(id: "y") { nodeCount } }`);
    expect(e?.fields).toEqual([
      { path: 'a', field: 'neighbourhood', cost: 480 * 3 + 2 * 500 + (2 * 480 * 480) / 50 },
      { path: 'b', field: 'neighbourhood', cost: 50 },
    ]);
    expect(e?.total).toBe(11_656 + 50);
  });

  it('reads arguments from variables, fragments and inline fragments', async () => {
    const e = await cost(
      `query Q($k: Int, $hops: Int) { ...F ... on Query { p2: paths(from: "a", to: "b", k: $k, maxHops: $hops) { length } } }
       fragment F on Query { p1: paths(from: "a", to: "b") { length } }`,
      { k: 10, hops: 8 },
    );
    expect(e?.fields.map((f) => [f.path, f.cost])).toEqual([
      ['p1', 20 * 3 * 6],
      ['p2', 20 * 10 * 8],
    ]);
  });

  it('clamps arguments out of range to what the resolver accepts', async () => {
    const e = await cost(`{ neighbourhood(id: "x", depth: 9, limitPerType: 100000) { nodeCount } }`);
    expect(e?.total).toBe(500 * 3 + 2 * 500 + (2 * 500 * 500) / 50);
  });

  it('prices brokers from the size of the graph or of the scope, and marks it heavy', async () => {
    asked.length = 0;
    const e = await cost(`{ all: brokers { rank } one: brokers(scopeId: "big") { rank } }`);
    expect(asked).toEqual(['graph', 'big']);
    expect(e?.fields.map((f) => f.cost)).toEqual([1_000 + 1_000, 1_000 + 10_000]);
    expect(e?.alwaysHeavy).toBe(true);
    expect((await cost(`{ stats { nodeCount } }`))?.alwaysHeavy).toBe(false);
  });

  it('leaves malformed requests to graphql-js (unknown operation, variables that do not coerce)', async () => {
    expect(await cost(`query A { stats { nodeCount } } query B { me { id } }`)).toBeNull();
    expect(await cost(`query($d: Int) { neighbourhood(id: "x", depth: $d) { nodeCount } }`, { d: 'deep' })).toBeNull();
  });
});

describe('heavy-request gate', () => {
  it('refuses a caller over its own limit, queues others, and hands a released slot to the first waiter', async () => {
    const gate = new HeavyGate({ heavyConcurrency: 1, heavyPerCaller: 1, heavyQueue: 1 }, 60_000);
    const first = await gate.enter('a');
    await expect(gate.enter('a')).rejects.toMatchObject({ extensions: { code: 'BUSY', limit: 'per-caller' } });
    const second = gate.enter('b');
    await expect(gate.enter('c')).rejects.toMatchObject({ extensions: { code: 'BUSY', limit: 'server' } });
    expect([gate.active, gate.queued]).toEqual([1, 1]);
    first();
    first(); // releasing twice frees one slot only
    const release = await second;
    expect([gate.active, gate.queued]).toEqual([1, 0]);
    release();
    expect(gate.active).toBe(0);
  });

  it('answers BUSY when the wait in the queue is over', async () => {
    const gate = new HeavyGate({ heavyConcurrency: 1, heavyPerCaller: 1, heavyQueue: 1 }, 1);
    const held = await gate.enter('a');
    await expect(gate.enter('b')).rejects.toMatchObject({ extensions: { code: 'BUSY' } });
    expect(gate.queued).toBe(0);
    held();
  });
});
