// Backup and restore on a real Neo4j: a backup taken while writes run restores into a second, new store with every
// node, tie and property (types included) equal to the source at one moment, on the demo data and on LDBC SF0.1;
// a damaged, truncated, foreign or newer file is refused with nothing written; a store with data is refused unless
// --replace, which backs it up first. Expected content is read from the source with Cypher written here.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.js';
import { Db } from '../../server/db.js';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/neo4j-process.js';
import { takeBackup } from '../../server/backup/backup.js';
import { BackupFormatError } from '../../server/backup/format.js';
import { RestoreRefused, restoreBackup } from '../../server/backup/restore.js';
import { loadDemo } from '../../seed/demo/load.js';
import { importDirectory } from '../../seed/import/importer.js';
import { resetGraph, testDb } from '../support/db.js';
import { sharedDataset } from '../support/shared-data.js';

const source = testDb();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-backup-'));
let targetNeo4j: EmbeddedNeo4j;
let target: Db;

const sha = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

/**
 * The store's content as two sorted lists of signatures: a node is its labels and typed properties; a tie is its
 * type, typed properties and its two end nodes' signatures. Equal lists mean equal graphs (up to internal ids).
 */
async function content(db: Db, skipWriters = false): Promise<{ nodes: string[]; rels: string[] }> {
  const nodeRows = await db.runText(
    `MATCH (n) WHERE NOT n:WriteGate AND NOT ($skip AND n:Writer)
     RETURN elementId(n) AS e, labels(n) AS l, [k IN keys(n) WHERE NOT ($skip AND k = 'writerCount') | [k, valueType(n[k]), n[k]]] AS p`,
    { skip: skipWriters },
  );
  const sig = new Map<string, string>();
  for (const r of nodeRows) {
    const labels = [...(r.l as string[])].sort();
    const props = [...(r.p as unknown[][])].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    sig.set(String(r.e), sha(JSON.stringify([labels, props])));
  }
  const relRows = await db.runText(
    `MATCH (a)-[r]->(b) WHERE NOT a:WriteGate AND NOT b:WriteGate
     RETURN elementId(a) AS s, elementId(b) AS t, type(r) AS type, [k IN keys(r) | [k, valueType(r[k]), r[k]]] AS p`,
  );
  const rels = relRows
    .filter((r) => sig.has(String(r.s)) && sig.has(String(r.t)))
    .map((r) => {
      const props = [...(r.p as unknown[][])].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
      return sha(JSON.stringify([r.type, props, sig.get(String(r.s)), sig.get(String(r.t))]));
    })
    .sort();
  return { nodes: [...sig.values()].sort(), rels };
}

async function nodeCount(db: Db): Promise<number> {
  const [row] = await db.runText('MATCH (n) WHERE NOT n:WriteGate RETURN count(n) AS c');
  return Number(row!.c);
}

async function writerCount(db: Db): Promise<number> {
  const [row] = await db.runText('MATCH (w:Writer) WHERE w.seq IS NOT NULL RETURN count(w) AS c');
  return Number(row!.c);
}

/** Writes that run while a backup is taken: each adds Writer node i and sets the counter to i, in one transaction. */
function startWriters(db: Db) {
  let stop = false;
  let written = 0;
  const done = (async () => {
    // An empty list too, as the audit record holds for no contact fields (its type is LIST<NOTHING>).
    await db.runText("CREATE (:Writer {id: 'counter', writerCount: -1, none: []})", {}, 'WRITE');
    for (let i = 0; !stop; i++) {
      await db.runText(
        "MATCH (c:Writer {id: 'counter'}) SET c.writerCount = $i CREATE (:Writer {id: 'w' + toString($i), seq: $i})",
        { i },
        'WRITE',
      );
      written = i + 1;
    }
  })();
  return {
    stop: async () => {
      stop = true;
      await done;
      return written;
    },
  };
}

/** In the restored store the writes form a prefix: Writer 0..m all there, none after, and the counter says m. */
async function expectWritesArePrefix(db: Db): Promise<number> {
  const [row] = await db.runText(
    "MATCH (c:Writer {id: 'counter'}) OPTIONAL MATCH (w:Writer) WHERE w.seq IS NOT NULL RETURN c.writerCount AS counter, collect(w.seq) AS seqs",
  );
  const seqs = (row!.seqs as number[]).map(Number).sort((a, b) => a - b);
  expect(seqs).toEqual(seqs.map((_, i) => i));
  expect(Number(row!.counter)).toBe(seqs.length - 1);
  return seqs.length;
}

async function resetTarget(): Promise<void> {
  await resetGraph(target);
}

beforeAll(async () => {
  const dataDir = path.join(work, 'target-store');
  targetNeo4j = await startEmbeddedNeo4j({ boltPort: await freePort(), dataDir, heap: '1g', pageCache: '256m' });
  target = Db.create({ uri: targetNeo4j.uri, queryTimeoutMs: 120_000 });
  await target.applySchema();
});

afterAll(async () => {
  await target?.close();
  await targetNeo4j?.stop();
  await source.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('backup and restore: the demo data with writes running', () => {
  const file = path.join(work, 'demo.tbk.gz');
  let writtenDuringBackup = 0;

  beforeAll(async () => {
    await resetGraph(source);
    await loadDemo(source);
    const writers = startWriters(source);
    // Let some writes land before and during the copy (the demo's own nodes do not count).
    while ((await writerCount(source)) < 3) await new Promise((r) => setTimeout(r, 20));
    const result = await takeBackup(source, file);
    writtenDuringBackup = await writers.stop();
    expect(result.consistent).toBe(true);
    expect(result.nodes).toBeGreaterThan(0);
  });

  it('restores into a new store equal to the source at one moment', async () => {
    await resetTarget();
    const r = await restoreBackup(target, file);
    const restoredWrites = await expectWritesArePrefix(target);
    expect(restoredWrites).toBeGreaterThan(0);
    expect(restoredWrites).toBeLessThanOrEqual(writtenDuringBackup);
    const [want, got] = await Promise.all([content(source, true), content(target, true)]);
    expect(got.nodes.length).toBe(want.nodes.length);
    expect(got.rels.length).toBe(want.rels.length);
    expect(sha(got.nodes.join())).toBe(sha(want.nodes.join()));
    expect(sha(got.rels.join())).toBe(sha(want.rels.join()));
    expect(r.nodes).toBe(want.nodes.length + restoredWrites + 1);
  });

  it('holds writes back while the copy is read, and lets them through after', async () => {
    let writeDone = false;
    let waitedWhileHeld = false;
    await source.snapshot(
      [{ name: 'backupNodes' }],
      async () => {
        if (waitedWhileHeld) return;
        waitedWhileHeld = true;
        const write = source.runText("MATCH (c:Writer {id: 'counter'}) SET c.held = true", {}, 'WRITE').then(() => (writeDone = true));
        void write;
        // Without the gate this write would finish within milliseconds.
        for (let i = 0; i < 25 && !writeDone; i++) await new Promise((r) => setTimeout(r, 40));
        expect(writeDone).toBe(false);
      },
      { timeoutMs: 60_000 },
    );
    for (let i = 0; i < 250 && !writeDone; i++) await new Promise((r) => setTimeout(r, 40));
    expect(writeDone).toBe(true);
  });

  it('refuses a truncated file and writes nothing', async () => {
    await resetTarget();
    const bytes = fs.readFileSync(file);
    const cut = path.join(work, 'cut.tbk.gz');
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(restoreBackup(target, cut)).rejects.toThrow(BackupFormatError);
    await expect(restoreBackup(target, cut)).rejects.toThrow(/damaged or truncated/);
    expect(await nodeCount(target)).toBe(0);
  });

  it('refuses a file whose lines were altered (checksum), one without its closing line, and a newer version', async () => {
    await resetTarget();
    const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
    const altered = path.join(work, 'altered.tbk.gz');
    const changed = [...lines];
    changed[1] = changed[1]!.replace(/"p":\[/, '"p":[["forged","s","x"],');
    fs.writeFileSync(altered, zlib.gzipSync(changed.join('\n')));
    await expect(restoreBackup(target, altered)).rejects.toThrow(/checksum mismatch/);
    const noEnd = path.join(work, 'noend.tbk.gz');
    fs.writeFileSync(noEnd, zlib.gzipSync(lines.slice(0, -2).join('\n') + '\n'));
    await expect(restoreBackup(target, noEnd)).rejects.toThrow(/truncated/);
    const newer = path.join(work, 'newer.tbk.gz');
    fs.writeFileSync(newer, zlib.gzipSync([lines[0]!.replace('"version":1', '"version":99'), ...lines.slice(1)].join('\n')));
    await expect(restoreBackup(target, newer)).rejects.toThrow(/version 99 is newer/);
    const foreign = path.join(work, 'foreign.gz');
    fs.writeFileSync(foreign, zlib.gzipSync('id,name\n1,x\n'));
    await expect(restoreBackup(target, foreign)).rejects.toThrow(/not JSON|not a Talent Bridge backup/);
    expect(await nodeCount(target)).toBe(0);
  });

  it('refuses a store that holds data; --replace backs it up first, then restores', async () => {
    await resetTarget();
    await target.runText("CREATE (:Entity:Person {id: 'already:here', name: 'Already here'})", {}, 'WRITE');
    await expect(restoreBackup(target, file)).rejects.toThrow(RestoreRefused);
    expect(await nodeCount(target)).toBe(1);
    const replacedBackup = path.join(work, 'replaced.tbk.gz');
    const r = await restoreBackup(target, file, { replace: true, replacedBackup });
    expect(r.replaced?.nodes).toBe(1);
    const [kept] = await target.runText("MATCH (n {id: 'already:here'}) RETURN count(n) AS c");
    expect(Number(kept!.c)).toBe(0);
    // The replaced data is in its own backup and comes back from it.
    await restoreBackup(target, replacedBackup, { replace: true, replacedBackup: path.join(work, 'again.tbk.gz') });
    const [back] = await target.runText("MATCH (n {id: 'already:here'}) RETURN n.name AS name");
    expect(back?.name).toBe('Already here');
  });

  it('the command line refuses a truncated file with exit code 1 and a message naming the file', () => {
    const cut = path.join(work, 'cut.tbk.gz');
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'server', 'backup', 'cli.ts'), 'restore', cut], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: targetNeo4j.uri },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('cut.tbk.gz');
    expect(run.stderr).toContain('nothing was written');
  });
});

const ldbc = sharedDataset('ldbc-snb-sf0.1');

describe.skipIf(!ldbc)('backup and restore: LDBC SNB SF0.1', () => {
  it('restores every node, tie and property of the imported LDBC graph', async () => {
    await resetGraph(source);
    await importDirectory(source, ldbc!, { mapping: path.join(PROJECT_ROOT, 'seed', 'mappings', 'ldbc-snb.json') });
    const file = path.join(work, 'ldbc.tbk.gz');
    // Through the command line, as an operator runs it.
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'server', 'backup', 'cli.ts'), 'backup', file], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
      encoding: 'utf8',
      timeout: 300_000,
    });
    // Progress lines only (no warning that the copy may be inconsistent, nothing else).
    const progress = /^backup: [\d,]+ nodes, [\d,]+ ties so far$/;
    expect(run.stderr.split('\n').filter((l) => l !== '' && !progress.test(l))).toEqual([]);
    expect(run.status, run.stderr).toBe(0);
    await resetTarget();
    await restoreBackup(target, file);
    const [want, got] = await Promise.all([content(source), content(target)]);
    expect(want.nodes.length).toBeGreaterThan(10_000);
    expect(got.nodes.length).toBe(want.nodes.length);
    expect(got.rels.length).toBe(want.rels.length);
    expect(sha(got.nodes.join())).toBe(sha(want.nodes.join()));
    expect(sha(got.rels.join())).toBe(sha(want.rels.join()));
  }, 900_000);
});
