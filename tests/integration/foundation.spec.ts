// The walking skeleton as a new user meets it: APOC and GDS answer over Bolt; `npm start`'s entry point connects to
// the server NEO4J_URI names without starting a JVM; an unreachable Neo4j is named in one line; and with the
// embedded Neo4j, SIGINT leaves no process behind and the next start finds the stored data again.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.js';
import { freePort } from '../../server/neo4j-process.js';
import { SERVER_NODE_FLAGS } from '../../server/heap.js';
import { testDb } from '../support/db.js';

const db = testDb();
afterAll(() => db.close());

interface Started {
  child: ChildProcess;
  output: () => string;
  url: string;
}

/** Starts server/start.ts as `npm start` would, and resolves once it prints its URL (or rejects with its output). */
function startProduct(env: NodeJS.ProcessEnv): Promise<Started> {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, '--import', 'tsx', path.join(PROJECT_ROOT, 'server', 'start.ts')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NODE_ENV: 'test', TB_LOAD_DEMO: 'false', TB_BUILD_WEB: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /Talent Bridge: (http:\/\/\S+)\//.exec(out);
      if (m) resolve({ child, output: () => out, url: m[1]! });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`start exited with ${code}:\n${out}`)));
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Process ids whose command line mentions `needle` (the JVM carries its data folder on its command line). */
function processesMentioning(needle: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.includes(needle) && !l.includes('ps -eo')).map((l) => l.trim().split(/\s+/)[0]!);
}

async function nodeCount(url: string): Promise<number> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ stats { nodeCount } }' }),
  });
  const body = (await res.json()) as { data: { stats: { nodeCount: number } } };
  return body.data.stats.nodeCount;
}

describe('the embedded Neo4j', () => {
  it('has APOC core and open GDS registered', async () => {
    const [apoc] = await db.runText('RETURN apoc.version() AS v');
    expect(String(apoc!.v)).toMatch(/^5\.26\./);
    const [gds] = await db.runText('CALL gds.version() YIELD gdsVersion RETURN gdsVersion AS v');
    expect(String(gds!.v)).toMatch(/^2\.13\./);
  });
});

describe('npm start', () => {
  it('uses the server NEO4J_URI names and starts no JVM', async () => {
    const marker = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-no-jvm-'));
    const started = await startProduct({ NEO4J_URI: inject('neo4jUri'), PORT: String(await freePort()), TB_DATA_DIR: marker });
    try {
      // stats counts the graph's nodes (:Entity); the audit record and a backup's write gate are not part of it.
      const [row] = await db.runText('MATCH (n:Entity) RETURN count(n) AS c');
      expect(await nodeCount(started.url)).toBe(Number(row!.c));
      expect(started.output()).not.toContain('starting the embedded Neo4j');
      expect(processesMentioning(marker)).toEqual([]);
    } finally {
      started.child.kill('SIGTERM');
      await exited(started.child);
    }
  });

  it('names the URI in one line when Neo4j cannot be reached', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, '--import', 'tsx', path.join(PROJECT_ROOT, 'server', 'start.ts')], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${port}`, PORT: String(await freePort()) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr!.on('data', (b: Buffer) => (err += b.toString()));
    expect(await exited(child)).toBe(1);
    expect(err).toContain(`bolt://127.0.0.1:${port}`);
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('stops its Neo4j on SIGINT and finds the stored data on the next start', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-restart-'));
    const env = { NEO4J_BOLT_PORT: String(await freePort()), PORT: String(await freePort()), TB_DATA_DIR: dataDir, TB_NEO4J_HEAP: '512m', TB_NEO4J_PAGECACHE: '64m' };
    try {
      const first = await startProduct(env);
      expect(await nodeCount(first.url)).toBe(0);
      // Write through Bolt of the embedded instance, then stop the whole product.
      const boltUri = /connected to .* at (bolt:\/\/\S+)/.exec(first.output())![1]!;
      const { Db } = await import('../../server/db.js');
      const direct = Db.create({ uri: boltUri, queryTimeoutMs: 10_000 });
      await direct.runText('UNWIND range(1, 7) AS i CREATE (:Entity:TechArea {id: "restart-" + i})', {}, 'WRITE');
      await direct.close();
      expect(await nodeCount(first.url)).toBe(7);
      first.child.kill('SIGINT');
      expect(await exited(first.child)).toBe(0);
      expect(processesMentioning(dataDir)).toEqual([]);

      const second = await startProduct(env);
      try {
        expect(await nodeCount(second.url)).toBe(7);
      } finally {
        second.child.kill('SIGINT');
        await exited(second.child);
      }
      expect(processesMentioning(dataDir)).toEqual([]);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 400_000);
});
