// Neo4j stops and comes back under traffic. A dedicated embedded Neo4j (its own port and data folder) serves the
// app on a real port while readers and writers keep sending requests; Neo4j is stopped, the API must answer
// UNAVAILABLE (503 on /healthz) and stay up; Neo4j is restarted on the same port and data, the same server must
// recover by itself; and every write the API acknowledged must be in the store afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth } from '../../server/auth/auth.js';
import { Db } from '../../server/db.js';
import { serve, type Running } from '../../server/index.js';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/neo4j-process.js';
import { testConfig } from '../support/db.js';
import { TOKENS, TOKEN_ENV, loadTrustFixture } from '../support/trust-fixture.js';
import { waitFor } from '../support/poll.js';

const NEO4J = { heap: '512m', pageCache: '128m' };
let dataDir: string;
let boltPort: number;
let neo4j: EmbeddedNeo4j | undefined;
let db: Db;
let running: Running;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'talent-bridge-outage-'));
  boltPort = await freePort();
  neo4j = await startEmbeddedNeo4j({ boltPort, dataDir, ...NEO4J });
  db = Db.create({ uri: neo4j.uri, queryTimeoutMs: 10_000 });
  await db.applySchema();
  await loadTrustFixture(db);
  const config = testConfig({ TB_TOKENS: TOKEN_ENV, TB_RATE_LIMIT_PER_MINUTE: '1000000', PORT: String(await freePort()) });
  const auth = await createAuth(config, db);
  running = await serve(config, db, { resolveViewer: auth.resolveViewer, extraPlugins: auth.plugins });
}, 300_000);

afterAll(async () => {
  await running?.close();
  await db?.close();
  await neo4j?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

interface Outcome {
  at: number;
  ms: number;
  status: number;
  codes: string[];
  ok: boolean;
}

async function gql(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Outcome & { body: any }> {
  const at = Date.now();
  try {
    const res = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(60_000),
    });
    const body: any = await res.json();
    const codes = (body.errors ?? []).map((e: any) => String(e.extensions?.code));
    return { at, ms: Date.now() - at, status: res.status, codes, ok: res.status === 200 && codes.length === 0, body };
  } catch (e) {
    return { at, ms: Date.now() - at, status: 0, codes: [`fetch failed: ${(e as Error).message}`], ok: false, body: null };
  }
}

async function healthz(): Promise<number> {
  try {
    return (await fetch(`${running.url}/healthz`, { signal: AbortSignal.timeout(30_000) })).status;
  } catch {
    return 0;
  }
}

describe('Neo4j outage under traffic', () => {
  it(
    'answers UNAVAILABLE while Neo4j is down, recovers without a restart, and keeps every acknowledged write',
    async () => {
      const outcomes: Outcome[] = [];
      const acknowledged: string[] = [];
      let stop = false;
      let seq = 0;
      const reader = async () => {
        while (!stop) {
          outcomes.push(await gql('{ stats { nodeCount } node(id: "tf:lab:tianmu") { name } }'));
          await new Promise((r) => setTimeout(r, 20));
        }
      };
      const writer = async () => {
        while (!stop) {
          const id = `tf:ta:outage-${seq++}`;
          const o = await gql('mutation W($input: TechAreaInput!) { upsertTechArea(input: $input) { id } }', { input: { id, name: `断电测试 ${id}` } }, TOKENS.admin);
          outcomes.push(o);
          if (o.ok && o.body.data?.upsertTechArea?.id === id) acknowledged.push(id);
          await new Promise((r) => setTimeout(r, 20));
        }
      };
      const workers = [reader(), reader(), writer(), writer()];

      // Healthy traffic first.
      await waitFor('acknowledged writes', () => acknowledged.length >= 5);
      expect(await healthz()).toBe(200);

      // Neo4j goes away.
      const stoppedAt = Date.now();
      await neo4j!.stop();
      neo4j = undefined;
      await waitFor('UNAVAILABLE answers', () => outcomes.some((o) => o.at > stoppedAt && o.codes.includes('UNAVAILABLE')));
      expect(await healthz()).toBe(503);
      const ackedWhileDown = acknowledged.length;
      // Traffic keeps running against the outage for a while (readers and writers both) before Neo4j comes back.
      const unavailableSince = (at: number) => outcomes.filter((o) => o.at > at && o.codes.includes('UNAVAILABLE')).length;
      await waitFor('traffic answered UNAVAILABLE during the outage', () => unavailableSince(stoppedAt) >= 20);

      // Neo4j comes back on the same port and data; the server is not restarted.
      const restartedAt = Date.now();
      neo4j = await startEmbeddedNeo4j({ boltPort, dataDir, ...NEO4J });
      await waitFor('healthz 200', async () => (await healthz()) === 200);
      await waitFor('successful reads after the restart', () => outcomes.filter((o) => o.at > restartedAt && o.ok).length >= 10);
      await waitFor('acknowledged writes after the restart', () => acknowledged.length >= ackedWhileDown + 5);
      stop = true;
      await Promise.all(workers);

      // Every answer was either a success or a typed UNAVAILABLE/TIMEOUT: no crash, no untyped error, no other 5xx.
      const bad = outcomes.filter((o) => !o.ok && !(o.codes.length && o.codes.every((c) => c === 'UNAVAILABLE' || c === 'TIMEOUT')));
      expect(bad.slice(0, 10)).toEqual([]);
      expect(outcomes.filter((o) => o.status >= 500 && o.status !== 503)).toEqual([]);
      const during = outcomes.filter((o) => o.at > stoppedAt && o.at < restartedAt);
      expect(during.some((o) => o.status === 503 && o.codes.includes('UNAVAILABLE'))).toBe(true);

      // Nothing acknowledged was lost.
      const rows = await db.runText('MATCH (n:TechArea) WHERE n.id STARTS WITH "tf:ta:outage-" RETURN collect(n.id) AS ids');
      const stored = new Set(rows[0]!.ids as string[]);
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      console.log(
        `outage: ${outcomes.length} requests, ${acknowledged.length} acknowledged writes (all stored), ` +
          `${during.filter((o) => o.codes.includes('UNAVAILABLE')).length} UNAVAILABLE answers while down ` +
          `(slowest ${Math.max(...during.map((o) => o.ms))} ms), Neo4j down for ${restartedAt - stoppedAt} ms`,
      );
    },
    600_000,
  );
});
