// SIGTERM while serving: the real server process (server/index.ts against the test Neo4j) receives SIGTERM while
// requests are in flight (headers sent, body still arriving, as a slow client does). It must stop accepting new
// connections, still answer the requests in flight correctly, and then exit cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.js';
import { freePort } from '../../server/neo4j-process.js';
import { resetGraph, testDb } from '../support/db.js';
import { TOKENS, TOKEN_ENV, loadTrustFixture } from '../support/trust-fixture.js';

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
    await new Promise((r) => setTimeout(r, 200));
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));

    // New connections are no longer accepted.
    const refused = await new Promise<boolean>((r) => {
      const s = net.connect(port, '127.0.0.1');
      s.once('connect', () => {
        s.destroy();
        r(false);
      });
      s.once('error', () => r(true));
    });
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
