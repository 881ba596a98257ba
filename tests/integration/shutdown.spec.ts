// SIGTERM while serving: the real server process (server/index.ts against the test Neo4j) receives SIGTERM while
// requests are in flight (headers sent, body still arriving, as a slow client does). It must stop accepting new
// connections, still answer the requests in flight correctly, and then exit cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.js';
import { freePort } from '../../server/neo4j-process.js';
import { resetGraph, testDb } from '../support/db.js';
import { TOKENS, TOKEN_ENV, loadTrustFixture } from '../support/trust-fixture.js';
import { pollUntil } from '../support/poll.js';

const db = testDb();
let child: ChildProcess;
let port: number;
let output = '';

beforeAll(async () => {
  await resetGraph(db);
  await loadTrustFixture(db);
  port = await freePort();
  child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'server', 'index.ts')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NODE_ENV: 'test', NEO4J_URI: inject('neo4jUri'), PORT: String(port), HOST: '127.0.0.1', TB_TOKENS: TOKEN_ENV },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const until = Date.now() + 120_000;
  while (!/listening on/.test(output)) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    if (Date.now() > until) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}, 180_000);

afterAll(async () => {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await db.close();
});

/** A request whose body arrives in two parts; returns a function that sends the rest and resolves to the response. */
function halfSent(body: string, token: string): Promise<{ finish: () => Promise<{ status: number; text: string }> }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const bytes = Buffer.from(body);
    const cut = Math.floor(bytes.length / 2);
    let received = '';
    const done = new Promise<{ status: number; text: string }>((res, rej) => {
      socket.on('data', (d) => {
        received += d.toString();
        const head = received.indexOf('\r\n\r\n');
        const m = /content-length: (\d+)/i.exec(received);
        if (head >= 0 && m && Buffer.byteLength(received.slice(head + 4)) >= Number(m[1])) {
          res({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(received)?.[1]), text: received.slice(head + 4) });
          socket.end();
        }
      });
      socket.on('error', rej);
      socket.on('close', () => rej(new Error(`connection closed before a full answer: ${received.slice(0, 200)}`)));
    });
    socket.once('error', reject);
    socket.once('connect', () => {
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nConnection: keep-alive\r\n` +
          `Authorization: Bearer ${token}\r\nContent-Length: ${bytes.length}\r\n\r\n`,
      );
      socket.write(bytes.subarray(0, cut));
      resolve({
        finish: async () => {
          socket.write(bytes.subarray(cut));
          return done;
        },
      });
    });
  });
}

describe('SIGTERM while serving', () => {
  it('finishes the requests in flight, refuses new connections, then exits cleanly', async () => {
    const read = JSON.stringify({ query: '{ node(id: "tf:person:li") { name properties } }' });
    const write = JSON.stringify({ query: 'mutation { upsertTechArea(input: {id: "tf:ta:sigterm", name: "收尾"}) { id name } }' });
    const inFlight = await Promise.all([halfSent(read, TOKENS.broker), halfSent(write, TOKENS.admin), halfSent(read, TOKENS.viewer)]);
    // Not an assertion's wait: the server gets a moment to take the half-sent requests in before the signal, and
    // nothing outside the process shows that it has.
    await new Promise((r) => setTimeout(r, 200));
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');

    // New connections are no longer accepted (polled: the server stops listening soon after the signal).
    const connectRefused = () =>
      new Promise<boolean>((r) => {
        const s = net.connect(port, '127.0.0.1');
        s.once('connect', () => {
          s.destroy();
          r(false);
        });
        s.once('error', () => r(true));
      });
    const refused = await pollUntil(connectRefused, { timeoutMs: 30_000 });
    expect(refused).toBe(true);

    // The requests already in flight are answered in full.
    const [broker, admin, viewer] = await Promise.all(inFlight.map((r) => r.finish()));
    expect(broker!.status).toBe(200);
    expect(JSON.parse(broker!.text).data.node).toMatchObject({ name: '李明', properties: { email: 'li.ming@tianmu.example.cn' } });
    expect(JSON.parse(admin!.text).data.upsertTechArea).toEqual({ id: 'tf:ta:sigterm', name: '收尾' });
    expect(JSON.parse(viewer!.text).data.node.properties).not.toHaveProperty('email');

    // The write landed, and the process exits by itself with success.
    expect(await exited).toBe(0);
    const [row] = await db.runText('MATCH (n:TechArea {id: "tf:ta:sigterm"}) RETURN n.name AS name');
    expect(row?.name).toBe('收尾');
  }, 120_000);
});

// `npm start` supervises its embedded Neo4j. Ctrl-C (or a service manager's SIGTERM) reaches the whole process
// group, the JVM included, so the JVM's own exit arrives while the server is stopping: it must be taken for the
// clean stop it is, never for a crash to restart. The start-up line also says how memory was sized.
describe('SIGTERM to npm start and its embedded Neo4j together', () => {
  it('stops cleanly without taking the JVM exit for a crash, after printing the chosen sizes', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'talent-bridge-stop-'));
    const product = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'server', 'start.ts')], {
      cwd: PROJECT_ROOT,
      detached: true, // its own process group, signalled as a terminal signals one
      env: {
        ...process.env,
        NODE_ENV: 'test',
        NEO4J_URI: '',
        PORT: String(await freePort()),
        NEO4J_BOLT_PORT: String(await freePort()),
        TB_DATA_DIR: dataDir,
        TB_NEO4J_HEAP: '',
        TB_NEO4J_PAGECACHE: '',
        TB_NEO4J_TX_MEMORY_MAX: '300m',
        TB_LOAD_DEMO: 'false',
        TB_BUILD_WEB: 'false',
        TB_TOKENS: TOKEN_ENV,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    product.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    product.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((r) => product.once('exit', (code) => r(code)));
    try {
      const until = Date.now() + 240_000;
      while (!/Talent Bridge:\s+http/.test(out)) {
        if (product.exitCode !== null) throw new Error(`npm start exited early:\n${out}`);
        if (Date.now() > until) throw new Error(`npm start did not become ready:\n${out}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      // The sizes it chose, and why: heap from memory, page cache from the (new, empty) store, limits from the heap
      // except the one set in the environment.
      const expectedHeapMiB = Math.min(Math.max(Math.floor(os.totalmem() / 8 / (64 * 2 ** 20)) * 64, 512), 4096);
      const heap = expectedHeapMiB % 1024 === 0 ? `${expectedHeapMiB / 1024}g` : `${expectedHeapMiB}m`;
      const startLine = out.split('\n').find((l) => l.includes('starting the embedded Neo4j')) ?? '';
      expect(startLine).toContain(`heap ${heap} (1/8 of`);
      expect(startLine).toMatch(/page cache 256m \(store \d+ MiB/);
      expect(startLine).toContain(`transaction memory ${Math.floor(expectedHeapMiB * 0.7)}m in total (70% of heap)`);
      expect(startLine).toContain('300m per transaction (TB_NEO4J_TX_MEMORY_MAX)');

      process.kill(-product.pid!, 'SIGTERM');
      expect(await exited).toBe(0);
      expect(out).toContain('talent-bridge: stopped');
      expect(out).not.toMatch(/exited unexpectedly|restarting the embedded Neo4j|gave up/);
      // Nothing of the group is left: the JVM stopped with the server.
      const groupGone = (() => {
        try {
          process.kill(-product.pid!, 0);
          return false;
        } catch {
          return true;
        }
      })();
      expect(groupGone).toBe(true);
    } finally {
      if (product.exitCode === null && product.signalCode === null) process.kill(-product.pid!, 'SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
