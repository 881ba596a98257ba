// The embedded Neo4j heals itself. The server is wired as `npm start` wires it (supervised JVM, queries gated while
// it restarts, schema check and audit record after a restart, /healthz from the supervisor) and serves on a real
// port. Killing the JVM with SIGKILL under traffic: requests answer UNAVAILABLE while it is down instead of waiting
// for it, /healthz says `restarting`, then `ok`; every write acknowledged before the kill is in the store and a new
// write succeeds. A JVM that cannot start again (its Bolt port taken) makes the supervisor give up with one line.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAuth } from '../../server/auth/auth.js';
import { Db } from '../../server/db.js';
import { serve, type Running } from '../../server/index.js';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j, type SupervisionOptions } from '../../server/neo4j-process.js';
import { gateQueries, recoveryHooks } from '../../server/start.js';
import { testConfig } from '../support/db.js';
import { TOKENS, TOKEN_ENV, loadTrustFixture } from '../support/trust-fixture.js';

interface Stack {
  neo4j: EmbeddedNeo4j;
  db: Db;
  running: Running;
  lines: string[];
  boltPort: number;
  close(): Promise<void>;
}

async function startStack(supervision: Partial<SupervisionOptions> = {}): Promise<Stack> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'talent-bridge-supervision-'));
  const boltPort = await freePort();
  const lines: string[] = [];
  // The gateway is built once the JVM is up; the recovery hooks look it up when a restart happens.
  const built: { db?: Db } = {};
  const neo4j = await startEmbeddedNeo4j({
    boltPort,
    dataDir,
    heap: '512m',
    pageCache: '128m',
    supervise: { ...recoveryHooks(() => built.db, (line) => lines.push(line)), ...supervision },
  });
  const db = (built.db = Db.create({ uri: neo4j.uri, queryTimeoutMs: 30_000 }));
  gateQueries(db, neo4j);
  await db.applySchema();
  await loadTrustFixture(db);
  const config = testConfig({ TB_TOKENS: TOKEN_ENV, TB_RATE_LIMIT_PER_MINUTE: '1000000', PORT: String(await freePort()) });
  const auth = await createAuth(config, db);
  const running = await serve(config, db, { resolveViewer: auth.resolveViewer, extraPlugins: auth.plugins, databaseStatus: () => neo4j.status() });
  return {
    neo4j,
    db,
    running,
    lines,
    boltPort,
    async close() {
      await running.close();
      await db.close();
      await neo4j.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

interface Outcome {
  started: number;
  ended: number;
  /** The supervisor's state when the request was sent and when its answer came. */
  stateAtStart: string;
  stateAtEnd: string;
  status: number;
  codes: string[];
  ok: boolean;
  body: any;
}

async function gql(stack: Stack, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Outcome> {
  const started = Date.now();
  const stateAtStart = stack.neo4j.status().state;
  const res = await fetch(`${stack.running.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(120_000),
  });
  const body: any = await res.json();
  const codes = (body.errors ?? []).map((e: any) => String(e.extensions?.code));
  return { started, ended: Date.now(), stateAtStart, stateAtEnd: stack.neo4j.status().state, status: res.status, codes, ok: res.status === 200 && codes.length === 0, body };
}

async function healthz(stack: Stack): Promise<{ status: number; body: any }> {
  const res = await fetch(`${stack.running.url}/healthz`, { signal: AbortSignal.timeout(60_000) });
  return { status: res.status, body: await res.json() };
}

async function waitFor(what: string, cond: () => boolean | Promise<boolean>, ms = 240_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const WRITE = 'mutation W($input: TechAreaInput!) { upsertTechArea(input: $input) { id } }';
const READ = '{ stats { nodeCount } node(id: "tf:lab:tianmu") { name } }';

describe('supervision of the embedded Neo4j', () => {
  it('restarts a JVM killed with SIGKILL under traffic: UNAVAILABLE meanwhile, restarting then ok, nothing lost', async () => {
    const stack = await startStack();
    try {
      const outcomes: Outcome[] = [];
      const acknowledged: string[] = [];
      const healthSeen: Array<{ status: number; body: any }> = [];
      let stop = false;
      let seq = 0;
      const reader = async () => {
        while (!stop) {
          outcomes.push(await gql(stack, READ));
          // Paced, so that the test's own traffic does not starve the restarting JVM of CPU.
          await new Promise((r) => setTimeout(r, 150));
        }
      };
      const writer = async () => {
        while (!stop) {
          const id = `tf:ta:supervised-${seq++}`;
          const o = await gql(stack, WRITE, { input: { id, name: `自愈 ${id}` } }, TOKENS.admin);
          outcomes.push(o);
          if (o.ok && o.body.data?.upsertTechArea?.id === id) acknowledged.push(id);
          // Paced, so that the test's own traffic does not starve the restarting JVM of CPU.
          await new Promise((r) => setTimeout(r, 150));
        }
      };
      const watcher = async () => {
        while (!stop) {
          healthSeen.push(await healthz(stack));
          await new Promise((r) => setTimeout(r, 200));
        }
      };
      const workers = [reader(), reader(), writer(), writer(), watcher()];

      await waitFor('acknowledged writes before the kill', () => acknowledged.length >= 5);
      const healthyBefore = await healthz(stack);
      expect(healthyBefore.status).toBe(200);
      expect(healthyBefore.body.status).toBe('ok');

      const pid = stack.neo4j.pid;
      const killedAt = Date.now();
      const ackedBeforeKill = [...acknowledged];
      process.kill(pid, 'SIGKILL');

      await waitFor('/healthz restarting', async () => (await healthz(stack)).body.status === 'restarting');
      const restarting = await healthz(stack);
      expect(restarting.status).toBe(503);
      expect(restarting.body.attempt).toBeGreaterThanOrEqual(1);
      expect(restarting.body.lastExit).toBe('killed by SIGKILL');

      await waitFor('/healthz ok again', async () => {
        const h = await healthz(stack);
        return h.status === 200 && h.body.status === 'ok';
      });
      const recoveredAt = Date.now();
      await waitFor('successful reads after the restart', () => outcomes.filter((o) => o.started > recoveredAt && o.ok).length >= 5);
      stop = true;
      await Promise.all(workers);

      // A new JVM, on the same store.
      expect(stack.neo4j.pid).not.toBe(pid);
      expect(stack.neo4j.status()).toMatchObject({ state: 'running', restarts: 1 });

      // While it restarted, requests were answered UNAVAILABLE before it was back, rather than held until then.
      const whileDown = outcomes.filter((o) => o.stateAtStart === 'restarting');
      const answeredWhileDown = whileDown.filter((o) => o.stateAtEnd === 'restarting');
      expect(answeredWhileDown.length).toBeGreaterThanOrEqual(5);
      expect(answeredWhileDown.every((o) => o.status === 503 && o.codes.every((c) => c === 'UNAVAILABLE'))).toBe(true);
      // Every answer was a success or a typed UNAVAILABLE; none hung past the test's own fetch timeout.
      const bad = outcomes.filter((o) => !o.ok && !(o.codes.length && o.codes.every((c) => c === 'UNAVAILABLE')));
      expect(bad.slice(0, 5).map((o) => o.body)).toEqual([]);
      expect(healthSeen.some((h) => h.body.status === 'restarting')).toBe(true);

      // Nothing acknowledged before the kill (or after the restart) was lost, and a new write succeeds.
      const rows = await stack.db.runText('MATCH (n:TechArea) WHERE n.id STARTS WITH "tf:ta:supervised-" RETURN collect(n.id) AS ids');
      const stored = new Set(rows[0]!.ids as string[]);
      expect(ackedBeforeKill.filter((id) => !stored.has(id))).toEqual([]);
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      const after = await gql(stack, WRITE, { input: { id: 'tf:ta:after-restart', name: '重启之后' } }, TOKENS.admin);
      expect(after.body.data?.upsertTechArea).toEqual({ id: 'tf:ta:after-restart' });
      const [check] = await stack.db.runText('MATCH (n:TechArea {id: "tf:ta:after-restart"}) RETURN n.name AS name');
      expect(check?.name).toBe('重启之后');

      // The schema is online again, and the restart is in the audit log with its cause.
      const [schema] = await stack.db.runText('SHOW INDEXES YIELD state RETURN collect(state) AS states');
      expect((schema!.states as string[]).length).toBeGreaterThan(0);
      expect((schema!.states as string[]).filter((s) => s !== 'ONLINE')).toEqual([]);
      const audit = await gql(stack, '{ auditLog(action: restart) { actor action operation variables } }', {}, TOKENS.admin);
      expect(audit.body.errors).toBeUndefined();
      expect(audit.body.data.auditLog).toHaveLength(1);
      expect(audit.body.data.auditLog[0]).toMatchObject({ actor: 'talent-bridge', action: 'restart', operation: 'embedded-neo4j-restart' });
      expect(JSON.parse(audit.body.data.auditLog[0].variables)).toMatchObject({ attempt: 1, pid: stack.neo4j.pid });
      expect(audit.body.data.auditLog[0].variables).toContain('SIGKILL');

      // The operator's log: the exit with its cause, the restart, the return; no give-up.
      expect(stack.lines.filter((l) => l.includes('exited unexpectedly'))).toHaveLength(1);
      expect(stack.lines.find((l) => l.includes('exited unexpectedly'))).toContain(`pid ${pid}) exited unexpectedly: killed by SIGKILL`);
      expect(stack.lines.some((l) => /restarting the embedded Neo4j on the same store in 1\.0s \(attempt 1\)/.test(l))).toBe(true);
      expect(stack.lines.some((l) => l.startsWith('embedded Neo4j is back'))).toBe(true);
      expect(stack.lines.some((l) => l.startsWith('gave up'))).toBe(false);
      console.log(
        `supervision: back ${((recoveredAt - killedAt) / 1000).toFixed(1)} s after SIGKILL; ${outcomes.length} requests, ` +
          `${answeredWhileDown.length} answered UNAVAILABLE while restarting (slowest ${Math.max(...answeredWhileDown.map((o) => o.ended - o.started))} ms); ` +
          `${acknowledged.length} acknowledged writes, all stored. Log: ${stack.lines.join(' / ')}`,
      );
    } finally {
      await stack.close();
    }
  }, 600_000);

  it('gives up with one clear line when the JVM cannot start again', async () => {
    const stack = await startStack({ maxFailures: 3, failureWindowMs: 10 * 60_000 });
    let holder: net.Server | undefined;
    try {
      const pid = stack.neo4j.pid;
      process.kill(pid, 'SIGKILL');
      // Take its Bolt port as soon as the kernel frees it, so every restart fails to bind.
      await waitFor('the Bolt port to be free and held', async () => {
        const server = net.createServer();
        const held = await new Promise<boolean>((resolve) => {
          server.once('error', () => resolve(false));
          server.listen(stack.boltPort, '127.0.0.1', () => resolve(true));
        });
        if (held) holder = server;
        return held;
      }, 30_000);

      await waitFor('the give-up line', () => stack.lines.some((l) => l.startsWith('gave up')), 400_000);
      const giveUps = stack.lines.filter((l) => l.startsWith('gave up'));
      expect(giveUps).toHaveLength(1);
      expect(giveUps[0]).toMatch(/^gave up restarting the embedded Neo4j after 3 failures within 600s \(last: .*Address already in use.*\)/);
      // The kill and two failed restarts, each failure with its cause; the waits doubled.
      expect(stack.lines.filter((l) => /^restart attempt \d failed: .*Address already in use/.test(l))).toHaveLength(2);
      expect(stack.lines.filter((l) => l.startsWith('restarting the embedded Neo4j')).map((l) => /in ([\d.]+)s/.exec(l)?.[1])).toEqual(['1.0', '2.0']);

      expect(stack.neo4j.status().state).toBe('failed');
      const h = await healthz(stack);
      expect(h.status).toBe(503);
      expect(h.body.status).toBe('failed');
      // Public, so short: the JVM's own lines (paths, internals) are only in the log line above.
      expect(h.body.reason).toBe('exit code 1 before it was ready');
      // The server itself stays up and answers, typed.
      const o = await gql(stack, READ);
      expect(o.status).toBe(503);
      expect(o.codes).toEqual(['UNAVAILABLE']);
      expect(o.body.errors[0].message).toContain('could not be restarted');
    } finally {
      await new Promise<void>((r) => (holder ? holder.close(() => r()) : r()));
      await stack.close();
    }
  }, 600_000);
});
