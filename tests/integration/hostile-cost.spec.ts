// Issue 18, finding 5 and its fix: limits that count work, not fields. Against a real Neo4j: ten aliased deep
// neighbourhoods of a tech-area hub are refused before any resolver runs (COST_LIMIT naming the estimate and the
// budget), the budget follows the role, heavy requests beyond the per-caller and server-wide limits are answered
// BUSY at once while light ones still answer, and a read whose request is cancelled is stopped inside Neo4j
// (checked with SHOW TRANSACTIONS).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../server/context.js';
import { detachedFromRequest, withRequestSignal } from '../../server/db.js';
import { brokers, invalidateBrokers } from '../../server/recommend/brokers.js';
import { HeavyGate } from '../../server/plugins/cost.js';
import { createApp, type App } from '../../server/yoga.js';
import { nodeRow, relRow, writeBatch, type NodeRecord, type RelRecord } from '../../seed/import/writer.js';
import { testConfig, testDb, withGraph } from '../support/db.js';

const db = testDb();

const HUB = 'c:tech:ai';
const PEOPLE = 60;
const nodes: NodeRecord[] = [{ id: HUB, labels: ['TechArea'], props: { name: 'AI' } }];
const rels: RelRecord[] = [];
for (let i = 0; i < PEOPLE; i++) {
  nodes.push({ id: `c:person:${i}`, labels: ['Person'], props: { name: `Person ${i}`, consent: true } });
  rels.push({ type: 'EXPERT_IN', start: `c:person:${i}`, end: HUB, props: {} });
  if (i > 0) rels.push({ type: 'KNOWS', start: `c:person:${i}`, end: `c:person:${i - 1}`, props: {} });
}

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

async function post(app: App, query: string, init: { signal?: AbortSignal } = {}): Promise<Answer> {
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    ...init,
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

/** The attack of finding 5: `aliases` neighbourhoods of the hub at depth 3 with 480 per type. */
const heavyNeighbourhoods = (aliases: number, limitPerType = 480) =>
  `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: neighbourhood(id: "${HUB}", depth: 3, limitPerType: ${limitPerType}) { nodeCount }`).join(' ')} }`;
const LIGHT = `{ node(id: "${HUB}") { id name } }`;
/** limitPerType of a depth-3 neighbourhood that a viewer may run, as a heavy request: 600 + 1,000 + 1,600 = 3,200. */
const HEAVY_ADMITTED = 200;

const appFor = (viewer: Viewer, env: NodeJS.ProcessEnv = {}, heavyGate?: HeavyGate) =>
  createApp({ config: testConfig(env), db, resolveViewer: () => viewer, heavyGate });
const ANONYMOUS: Viewer = { role: 'viewer', id: 'anonymous' };

withGraph(db, async () => {
  await writeBatch(db, nodes.map(nodeRow), rels.map(relRow));
});

describe('cost budget (finding 5)', () => {
  it('refuses ten aliased depth-3 neighbourhoods of a hub before running them, naming estimate and budget', async () => {
    const app = await appFor(ANONYMOUS);
    const { body } = await post(app, heavyNeighbourhoods(10));
    expect(body.data ?? null).toBeNull();
    const error = body.errors?.[0];
    expect(error?.extensions?.code).toBe('COST_LIMIT');
    // Per alias: 480 kept per type at each of 3 levels, and at each of the 2 levels past the first a bounded read
    // (500) plus up to 480 expanded nodes of a type each reading up to 480 ties (480² / 50): 1,440 + 1,000 + 9,216.
    const perAlias = 480 * 3 + 2 * 500 + (2 * 480 * 480) / 50;
    expect(error?.extensions?.estimate).toBe(10 * perAlias);
    expect(error?.extensions?.budget).toBe(5_000);
    expect(error?.message).toMatch(/a\d \(neighbourhood\) 11,656/);
    expect(error?.message).toContain('TB_COST_BUDGET');
  });

  it('lets a smaller deep neighbourhood run, and light requests always', async () => {
    const app = await appFor(ANONYMOUS);
    const one = await post(app, heavyNeighbourhoods(1, HEAVY_ADMITTED));
    expect(one.body.errors).toBeUndefined();
    // The hub, its 60 experts (depth 1), nothing new beyond: every person is an expert.
    expect((one.body.data?.a0 as { nodeCount: number }).nodeCount).toBe(PEOPLE + 1);
    const light = await post(app, LIGHT);
    expect(light.body.data?.node).toEqual({ id: HUB, name: 'AI' });
  });

  it('gives each role its own budget (TB_COST_BUDGET)', async () => {
    const one = heavyNeighbourhoods(1); // 11,656: over a viewer's 5,000, under a broker's 20,000
    const viewer = await post(await appFor(ANONYMOUS), one);
    expect(viewer.body.errors?.[0]?.extensions?.code).toBe('COST_LIMIT');
    const broker = await post(await appFor({ role: 'broker', id: 'b1' }), one);
    expect(broker.body.errors).toBeUndefined();
    expect((broker.body.data?.a0 as { nodeCount: number }).nodeCount).toBe(PEOPLE + 1);
    const brokerTwo = await post(await appFor({ role: 'broker', id: 'b1' }), heavyNeighbourhoods(2));
    expect(brokerTwo.body.errors?.[0]?.extensions?.code).toBe('COST_LIMIT');
    const custom = await post(await appFor(ANONYMOUS, { TB_COST_BUDGET: 'viewer:100000' }), heavyNeighbourhoods(2));
    expect(custom.body.errors).toBeUndefined();
  });

  it('prices brokers by the size of what it would project', async () => {
    // A viewer's budget of 1,500 admits a whole-graph brokers on 61 nodes (1,000 + 61/4), not five of them.
    const app = await appFor(ANONYMOUS, { TB_COST_BUDGET: 'viewer:1500' });
    const five = await post(app, `{ ${Array.from({ length: 5 }, (_, i) => `b${i}: brokers(limit: ${i + 1}) { rank }`).join(' ')} }`);
    expect(five.body.errors?.[0]?.extensions?.code).toBe('COST_LIMIT');
    expect(five.body.errors?.[0]?.extensions?.estimate).toBe(5 * (1_000 + Math.ceil(nodes.length / 4)));
  });
});

/**
 * On an anonymous app over `gate`, with `holder` holding one heavy slot: a heavy request is refused BUSY with the
 * HTTP status and the setting named, and `meanwhile` runs; then the slot is released. Returns the app.
 */
async function expectBusyWhileHeld(gate: HeavyGate, holder: string, want: { status: number; setting: string }, meanwhile: (app: App) => Promise<void>): Promise<App> {
  const app = await appFor(ANONYMOUS, {}, gate);
  const release = await gate.enter(holder);
  try {
    const heavy = await post(app, heavyNeighbourhoods(1, HEAVY_ADMITTED));
    expect(heavy.status).toBe(want.status);
    expect(heavy.body.errors?.[0]?.extensions?.code).toBe('BUSY');
    expect(heavy.body.errors?.[0]?.message).toContain(want.setting);
    await meanwhile(app);
  } finally {
    release();
  }
  return app;
}

describe('heavy-request concurrency', () => {
  it('answers BUSY for a caller already running a heavy request, while light requests still answer', async () => {
    const gate = new HeavyGate({ heavyConcurrency: 2, heavyPerCaller: 1, heavyQueue: 4 });
    // In-process requests have no socket, so every anonymous caller here is the same address ("local").
    const app = await expectBusyWhileHeld(gate, 'ip:local', { status: 429, setting: 'TB_HEAVY_PER_CALLER' }, async (held) => {
      const light = await post(held, LIGHT);
      expect(light.body.errors).toBeUndefined();
    });
    expect((await post(app, heavyNeighbourhoods(1, HEAVY_ADMITTED))).body.errors).toBeUndefined();
  });

  it('answers BUSY when the server-wide slots and the queue are full', async () => {
    const gate = new HeavyGate({ heavyConcurrency: 1, heavyPerCaller: 1, heavyQueue: 0 });
    await expectBusyWhileHeld(gate, 'token:someone-else', { status: 503, setting: 'TB_HEAVY_CONCURRENCY' }, async (held) => {
      expect((await post(held, LIGHT)).body.data?.node).toBeTruthy();
    });
    expect(gate.active).toBe(0);
  });

  it('runs a queued heavy request once a slot is free, and drops one whose client left', async () => {
    const gate = new HeavyGate({ heavyConcurrency: 1, heavyPerCaller: 2, heavyQueue: 2 }, 60_000);
    const app = await appFor(ANONYMOUS, {}, gate);
    const release = await gate.enter('token:someone-else');
    const leaving = new AbortController();
    const abandoned = post(app, heavyNeighbourhoods(1, HEAVY_ADMITTED), { signal: leaving.signal }).catch((e: unknown) => e);
    const waiting = post(app, heavyNeighbourhoods(1, HEAVY_ADMITTED));
    for (let i = 0; i < 400 && gate.queued < 2; i++) await new Promise((r) => setTimeout(r, 10));
    expect(gate.queued).toBe(2);
    leaving.abort();
    await abandoned;
    release();
    const answer = await waiting;
    expect(answer.body.errors).toBeUndefined();
    expect((answer.body.data?.a0 as { nodeCount: number }).nodeCount).toBe(PEOPLE + 1);
    // Both slots are back: the abandoned request left the queue instead of holding a slot.
    expect(gate.active).toBe(0);
  });
});

describe('cancellation', () => {
  /** Open transactions whose query text carries `marker`. */
  async function transactionsWith(marker: string): Promise<string[]> {
    const rows = await db.runText('SHOW TRANSACTIONS YIELD transactionId, currentQuery RETURN transactionId, currentQuery');
    return rows.filter((r) => String(r.currentQuery).includes(marker)).map((r) => String(r.transactionId));
  }

  it("stops the Neo4j transaction of a read whose request was cancelled", async () => {
    const marker = `cancel-${randomUUID()}`;
    // A read that runs for minutes unless stopped: a count over a long range, tagged so SHOW TRANSACTIONS finds it.
    const slow = `/* ${marker} */ UNWIND range(1, 2000000000) AS x WITH x WHERE x % 1000003 = -1 RETURN count(x) AS c`;
    const controller = new AbortController();
    const running = withRequestSignal(controller.signal, () => db.runText(slow)).then(
      () => 'finished',
      (e: { extensions?: { code?: string } }) => e.extensions?.code,
    );
    let seen: string[] = [];
    for (let i = 0; i < 200 && seen.length === 0; i++) {
      seen = await transactionsWith(marker);
      if (!seen.length) await new Promise((r) => setTimeout(r, 50));
    }
    expect(seen).toHaveLength(1);
    controller.abort();
    expect(await running).toBe('CANCELLED');
    let left = seen;
    for (let i = 0; i < 200 && left.length; i++) {
      await new Promise((r) => setTimeout(r, 50));
      left = await transactionsWith(marker);
    }
    expect(left).toEqual([]);
  });

  it('lets work shared between requests outlive the request that started it', async () => {
    const controller = new AbortController();
    controller.abort();
    // The same read, once tied to a cancelled request and once detached from it inside that request.
    await expect(withRequestSignal(controller.signal, () => db.runText('RETURN 1 AS one'))).rejects.toMatchObject({
      extensions: { code: 'CANCELLED' },
    });
    const rows = await withRequestSignal(controller.signal, () => detachedFromRequest(() => db.runText('RETURN 1 AS one')));
    expect(rows.map((r) => Number(r.one))).toEqual([1]);
  });

  it('still answers a second asker of a cached brokers ranking when the first asker has gone', async () => {
    invalidateBrokers();
    const req = { scopeId: HUB, limit: 5, types: null, lang: 'en' as const, timeoutMs: 60_000 };
    const first = new AbortController();
    // The first asker starts the shared computation and leaves at once; the second joins it through the cache.
    const firstAnswer = withRequestSignal(first.signal, () => brokers(db, req));
    first.abort();
    const second = await withRequestSignal(new AbortController().signal, () => brokers(db, req));
    await firstAnswer.catch(() => undefined);
    expect(second.length).toBeGreaterThan(0);
    expect(second.every((b) => typeof b.node.id === 'string')).toBe(true);
  });

  it('refuses to start a read for a request that is already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(withRequestSignal(controller.signal, () => db.runText('RETURN 1 AS one'))).rejects.toMatchObject({
      extensions: { code: 'CANCELLED' },
    });
  });
});
