// An import stopped part way (SIGTERM to the command, SIGKILL, or an abort signal in code) keeps what it committed,
// says where it stopped and exits non-zero; running it again completes it with no duplicates: the graph then equals,
// node for node and property for property, the graph of an import that was never interrupted.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importDirectory } from '../../seed/import/importer.js';
import { PROJECT_ROOT } from '../../server/config.js';
import { resetGraph, testDb } from '../support/db.js';
import { graphChecksum, graphCounts, type GraphChecksum } from './import-graph.js';

const db = testDb();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-import-interrupt-'));
const PERSONS = 12_000;
let knowsPairs = 0;
let clean: GraphChecksum;

/** A social graph made here: persons with a date, and ties to a few pseudo-random earlier persons. */
function writeFixture(): void {
  const people = ['id:ID(Person),:LABEL,name,birthday:date'];
  const ties = [':START_ID(Person),:END_ID(Person),:TYPE,strength:float'];
  const pairs = new Set<string>();
  let x = 7;
  for (let i = 1; i <= PERSONS; i++) {
    people.push(`${i},Person,Person ${i},19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`);
    for (let k = 0; k < 3 && i > 1; k++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const j = 1 + (x % (i - 1));
      const key = `${i}>${j}`;
      if (pairs.has(key)) continue;
      pairs.add(key);
      ties.push(`${i},${j},KNOWS,${((x % 100) + 0.5) / 100}`);
    }
  }
  knowsPairs = pairs.size;
  fs.writeFileSync(path.join(dir, 'people.csv'), people.join('\n') + '\n');
  fs.writeFileSync(path.join(dir, 'knows.csv'), ties.join('\n') + '\n');
}

beforeAll(async () => {
  writeFixture();
  await resetGraph(db);
  const report = await importDirectory(db, dir, { batchSize: 2_000 });
  expect(report.status).toBe('ok');
  clean = await graphChecksum(db);
}, 600_000);
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await db.close();
});

async function totals(): Promise<number> {
  const [row] = await db.runText('MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() WITH nodes, count(r) AS rels RETURN nodes + rels AS total');
  return Number(row!.total);
}

/** A re-run of the same import reports ok and leaves exactly the graph of a clean import. */
async function expectRerunCompletes(): Promise<void> {
  const again = await importDirectory(db, dir, { batchSize: 2_000 });
  expect(again.status).toBe('ok');
  expect(await graphChecksum(db)).toEqual(clean);
}

describe('an interrupted import', () => {
  it('is complete and clean (the reference graph)', async () => {
    const { labels, types } = await graphCounts(db);
    expect(labels.Person).toBe(PERSONS);
    expect(types.KNOWS).toBe(knowsPairs);
  });

  it('stops on SIGTERM after the batch in flight, exits 143, and a re-run completes it without duplicates', async () => {
    await resetGraph(db);
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'seed', 'import', 'cli.ts'), dir, '--batch', '300'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Wait until some batches are committed, then stop it mid-way.
    const deadline = Date.now() + 120_000;
    while ((await totals()) < 1_000) {
      if (Date.now() > deadline) throw new Error(`the import wrote nothing in time:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGTERM');
    const code = await exited;
    expect(code, `${stdout}\n${stderr}`).toBe(143);
    expect(stdout).toMatch(/Interrupted during the write/);
    expect(stdout).toMatch(/Re-run the same command/);
    const partial = await totals();
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(PERSONS + knowsPairs);

    await expectRerunCompletes();
  }, 300_000);

  it('leaves a consistent store when killed outright (SIGKILL), and a re-run completes it', async () => {
    await resetGraph(db);
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'seed', 'import', 'cli.ts'), dir, '--batch', '300'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const deadline = Date.now() + 120_000;
    while ((await totals()) < 1_000) {
      if (Date.now() > deadline) throw new Error('the import wrote nothing in time');
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    // The transaction in flight dies with the connection; only whole batches remain.
    await expectRerunCompletes();
  }, 300_000);

  it('stops on an abort signal in code, reports where, and a re-run completes it', async () => {
    await resetGraph(db);
    const controller = new AbortController();
    const report = await importDirectory(db, dir, {
      batchSize: 500,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.stage === 'write' && p.done >= 2_000) controller.abort();
      },
    });
    expect(report.status).toBe('interrupted');
    expect(report.stoppedAt?.stage).toBe('write');
    expect(report.stoppedAt?.written).toBeGreaterThan(0);
    expect(await totals()).toBe(report.stoppedAt!.written);
    await expectRerunCompletes();
  }, 300_000);
});
