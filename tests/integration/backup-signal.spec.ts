// `npm run backup` as an operator runs it, in a child process against the test Neo4j: stopped by Ctrl-C (SIGINT)
// or SIGTERM while it waits for the write gate, it removes FILE.partial, writes no FILE and exits 130 / 143;
// `--read-only` writes nothing to the source (no write gate node appears) and marks its file as not consistent.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.js';
import { resetGraph, testDb } from '../support/db.js';
import { waitFor } from '../support/poll.js';
import { holdWriteGate } from '../support/write-gate.js';

const db = testDb();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-backup-signal-'));
const CLI = path.join(PROJECT_ROOT, 'server', 'backup', 'cli.ts');
const PEOPLE = 7;
const cliEnv = () => ({ ...process.env, NEO4J_URI: inject('neo4jUri') });

async function count(cypher: string): Promise<number> {
  const [row] = await db.runText(cypher);
  return Number(row!.c);
}

beforeAll(async () => {
  await resetGraph(db);
  await db.runText("UNWIND range(1, $n) AS i CREATE (:Entity:Person {id: 'sig:' + i, name: 'Signal ' + i})", { n: PEOPLE }, 'WRITE');
});

afterAll(async () => {
  await db.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('npm run backup', () => {
  it('with --read-only writes nothing to the source and says the copy may be inconsistent', async () => {
    expect(await count('MATCH (g:WriteGate) RETURN count(g) AS c')).toBe(0);
    const file = path.join(work, 'read-only.tbk.gz');
    const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'backup', file, '--read-only'], { cwd: PROJECT_ROOT, env: cliEnv(), encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('--read-only');
    expect(await count('MATCH (g:WriteGate) RETURN count(g) AS c')).toBe(0);
    const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').trim().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'talent-bridge-backup', consistent: false });
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ end: true, nodes: PEOPLE, relationships: 0 });
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
  });

  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`stopped by ${signal} while it waits, removes FILE.partial, writes no FILE and exits ${code}`, async () => {
      const file = path.join(work, `${signal}.tbk.gz`);
      // Another copy holds the write gate exclusively, so the command's copy waits for it: it is stopped mid-way
      // whatever the machine's speed.
      const gate = await holdWriteGate(db);
      try {
        const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'backup', file], { cwd: PROJECT_ROOT, env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
        const exited = new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
        await waitFor(`${file}.partial`, () => fs.existsSync(`${file}.partial`));
        child.kill(signal);
        expect(await exited, stderr).toBe(code);
        expect(stderr).toContain(`stopped by ${signal}`);
        expect(fs.existsSync(`${file}.partial`)).toBe(false);
        expect(fs.existsSync(file)).toBe(false);
      } finally {
        await gate.release();
      }
    });
  }
});
