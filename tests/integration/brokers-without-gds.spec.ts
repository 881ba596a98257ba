// brokers on a Neo4j without Graph Data Science: a second embedded Neo4j is started here with the GDS jars left off
// its classpath (they are the ones versioned like the running GDS), and brokers must fail with UNAVAILABLE saying
// GDS is required, while the other answers keep working on the same server.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Db } from '../../server/db.js';
import { freePort, LAUNCHER_DIR, LAUNCHER_JAR } from '../../server/neo4j-process.js';
import type { App } from '../../server/yoga.js';
import { testDb } from '../support/db.js';
import { code, Fixture, gql, makeApp } from './recommend-support.js';

let child: ChildProcess | undefined;
let dataDir: string;
let plain: Db;
let app: App;

async function startWithoutGds(version: string): Promise<string> {
  const lib = path.join(LAUNCHER_DIR, 'target', 'lib');
  const jars = fs.readdirSync(lib).filter((f) => f.endsWith('.jar') && !f.endsWith(`-${version}.jar`));
  const classpath = [LAUNCHER_JAR, ...jars.map((j) => path.join(lib, j))].join(path.delimiter);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'talent-bridge-nogds-'));
  const port = await freePort();
  child = spawn('java', ['-Xmx512m', '-cp', classpath, 'org.talentbridge.neo4j.Launcher', '--port', String(port), '--data', dataDir, '--exit-on-stdin-eof'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, TB_NEO4J_PAGECACHE: '64m' },
  });
  return new Promise<string>((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const m = out.match(/TALENT_BRIDGE_NEO4J_READY (\S+)/);
      if (m) resolve(m[1]!);
    };
    child!.stdout!.on('data', onData);
    child!.stderr!.on('data', onData);
    child!.once('exit', (c) => reject(new Error(`Neo4j without GDS exited (${c}) before it was ready:\n${out.slice(-2000)}`)));
  });
}

beforeAll(async () => {
  const withGds = testDb();
  const [row] = await withGds.runText('RETURN gds.version() AS version');
  await withGds.close();
  const uri = await startWithoutGds(String(row!.version));
  plain = Db.create({ uri, queryTimeoutMs: 60_000 });
  await plain.applySchema();
  const fx = new Fixture();
  fx.node('r:town', ['Region']);
  fx.node('p:a', ['Person']);
  fx.rel('LIVES_IN', 'p:a', 'r:town');
  await fx.write(plain);
  app = await makeApp(plain);
});

afterAll(async () => {
  await plain?.close();
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child!.once('exit', r));
    child.kill('SIGTERM');
    const killer = setTimeout(() => child!.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(killer);
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('brokers without GDS', () => {
  it('fails with UNAVAILABLE naming GDS, for the whole graph and for a scope', async () => {
    const [row] = await plain.runText("SHOW FUNCTIONS YIELD name WHERE name STARTS WITH 'gds.' RETURN count(*) AS n");
    expect(Number(row!.n)).toBe(0);
    for (const variables of [{}, { scope: 'r:town' }]) {
      const r = await gql(app, 'query($scope: ID) { brokers(scopeId: $scope) { node { id } betweenness } }', variables);
      expect(code(r)).toBe('UNAVAILABLE');
      expect(r.errors![0]!.message).toMatch(/Graph Data Science.*GDS/);
    }
  });

  it('still answers the questions that do not need GDS', async () => {
    const r = await gql(app, '{ diaspora(originRegionId: "r:town") { total } }');
    expect(r.errors).toBeUndefined();
    expect(r.data.diaspora.total).toBe(0);
  });
});
