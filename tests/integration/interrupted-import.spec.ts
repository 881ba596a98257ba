// SIGTERM during an import. A generated dataset is imported cleanly once (the reference), then imported again into
// an empty store by the import command as a child process that receives SIGTERM while it writes. The store must
// stay intact (only whole, valid records, a subset of the reference), and re-running the import must complete it
// with no duplicates: the same counts per label and type, and the same ids and ties, as the clean import.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.js';
import { NODE_LABELS } from '../../server/model/model.js';
import { generate } from '../../seed/generate/generate.js';
import { resetGraph, testDb } from '../support/db.js';

const db = testDb();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talent-bridge-interrupted-'));

interface Snapshot {
  labels: Record<string, number>;
  types: Record<string, number>;
  nodeIds: string[];
  ties: string[];
  hash: string;
}

async function snapshot(): Promise<Snapshot> {
  const nodes = await db.runText('MATCH (n) WHERE NOT n:AuditEvent RETURN n.id AS id, labels(n) AS labels');
  const rels = await db.runText('MATCH (a)-[r]->(b) RETURN a.id + " " + type(r) + " " + b.id AS tie');
  const labels: Record<string, number> = {};
  for (const n of nodes) for (const l of n.labels as string[]) labels[l] = (labels[l] ?? 0) + 1;
  const types: Record<string, number> = {};
  for (const r of rels) {
    const t = (r.tie as string).split(' ')[1]!;
    types[t] = (types[t] ?? 0) + 1;
  }
  const nodeIds = nodes.map((n) => n.id as string).sort();
  const ties = rels.map((r) => r.tie as string).sort();
  const hash = crypto.createHash('sha256').update(nodeIds.join('\n')).update('\n--\n').update(ties.join('\n')).digest('hex');
  return { labels, types, nodeIds, ties, hash };
}

function runImport(onStart?: (pid: number) => void): { exited: Promise<{ code: number | null; output: string }>; pid: number } {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'seed', 'import', 'cli.ts'), dir, '--batch', '300', '--quiet'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  onStart?.(child.pid!);
  return { pid: child.pid!, exited: new Promise((r) => child.once('exit', (code) => r({ code, output }))) };
}

let reference: Snapshot;

beforeAll(async () => {
  await generate({ persons: 2000, seed: 7, out: dir });
  await resetGraph(db);
  const { exited } = runImport();
  const { code, output } = await exited;
  expect(code, output).toBe(0);
  reference = await snapshot();
  expect(reference.nodeIds.length).toBeGreaterThan(2000);
}, 600_000);

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await db.close();
});

describe('an import interrupted by SIGTERM', () => {
  it(
    'leaves only whole, valid records, and a re-run completes it exactly',
    async () => {
      await resetGraph(db);
      const run = runImport();
      // Wait until the import is well into its relationships (nodes are written first), then interrupt.
      const until = Date.now() + 120_000;
      const threshold = Math.floor(reference.ties.length / 5);
      for (;;) {
        const [row] = await db.runText('MATCH ()-[r]->() RETURN count(r) AS c');
        if (Number(row!.c) >= threshold) break;
        if (Date.now() > until) throw new Error('the import never started writing');
        await new Promise((r) => setTimeout(r, 50));
      }
      process.kill(run.pid, 'SIGTERM');
      const { code, output } = await run.exited;
      expect(code, output).toBe(143);

      // Intact: part of the data, every node whole (Entity plus exactly one model label, an id), no duplicates,
      // nothing that the clean import does not also hold.
      const partial = await snapshot();
      expect(partial.nodeIds.length + partial.ties.length).toBeLessThan(reference.nodeIds.length + reference.ties.length);
      expect(new Set(partial.nodeIds).size).toBe(partial.nodeIds.length);
      expect(new Set(partial.ties).size).toBe(partial.ties.length);
      const known = new Set(reference.nodeIds);
      expect(partial.nodeIds.filter((id) => !known.has(id))).toEqual([]);
      const knownTies = new Set(reference.ties);
      expect(partial.ties.filter((t) => !knownTies.has(t))).toEqual([]);
      const malformed = await db.runText(
        'MATCH (n) WHERE NOT n:AuditEvent AND (n.id IS NULL OR NOT n:Entity OR size([l IN labels(n) WHERE l IN $labels]) <> 1) RETURN count(n) AS c',
        { labels: [...NODE_LABELS] },
      );
      expect(malformed[0]!.c).toBe(0);

      // Re-running completes it: same counts, ids and ties as the clean import.
      const again = runImport();
      const second = await again.exited;
      expect(second.code, second.output).toBe(0);
      const done = await snapshot();
      expect(done.labels).toEqual(reference.labels);
      expect(done.types).toEqual(reference.types);
      expect(done.hash).toBe(reference.hash);
      console.log(
        `interrupted import: ${partial.nodeIds.length} nodes and ${partial.ties.length} ties when stopped; ` +
          `${done.nodeIds.length} nodes and ${done.ties.length} ties after the re-run, equal to the clean import`,
      );
    },
    600_000,
  );
});
