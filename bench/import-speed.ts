// Speed of the transactional import (what a running system uses for updates) on the shared LDBC SNB SF0.1 and
// CORDIS files, stage by stage, into an empty Neo4j of its own: the check (reading, transforming, store look-ups),
// the replay of the checked rows without Neo4j (reading and transforming a second time, building the rows), and the
// whole write stage (replay + Neo4j transactions). Prints rows/s per stage; rows are the records written (nodes and
// relationships), which is what the figures count.
// Usage: npx tsx bench/import-speed.ts [--data DIR] [--only ldbc|cordis] [--batch N] [--runs N] [--neo4j URI]
// Without --neo4j it starts an embedded Neo4j (heap 1g, page cache 256m) on a free port in a temporary folder and
// deletes the folder afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../server/config.js';
import { Db } from '../server/db.js';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../server/neo4j-process.js';
import { checkImport, storeLookup, storeReads } from '../seed/import/importer.js';
import type { WriteSink } from '../seed/import/sink.js';

const DATASETS = [
  { name: 'ldbc', dir: 'ldbc-snb-sf0.1', mapping: 'ldbc-snb.json' },
  { name: 'cordis', dir: 'cordis-h2020', mapping: 'cordis-h2020.json' },
] as const;

/** Takes every row and writes nothing: the cost of the replay alone. */
class CountingSink implements WriteSink {
  count = 0;
  node(): void {
    this.count++;
  }
  update(): void {
    this.count++;
  }
  rel(): void {
    this.count++;
  }
  rowDone(): undefined {
    return undefined;
  }
  fileDone(): Promise<void> {
    return Promise.resolve();
  }
}

async function emptyGraph(db: Db): Promise<void> {
  for (const text of ['MATCH ()-[r]->() WITH r LIMIT 50000 DELETE r RETURN count(*) AS c', 'MATCH (n) WITH n LIMIT 50000 DETACH DELETE n RETURN count(*) AS c']) {
    for (;;) {
      const [row] = await db.runText(text, {}, 'WRITE', 'bench');
      if (!row || Number(row.c) === 0) break;
    }
  }
  await db.applySchema();
}

const rate = (rows: number, ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString('en')} rows/s`;
const sum = (t: Record<string, number>) => Object.values(t).reduce((a, b) => a + b, 0);

async function measure(db: Db, dataDir: string, set: (typeof DATASETS)[number], batchSize: number | undefined): Promise<void> {
  const dir = path.join(dataDir, set.dir);
  const mapping = path.join(PROJECT_ROOT, 'seed', 'mappings', set.mapping);
  const options = { mapping, ...(batchSize ? { batchSize } : {}) };
  const store = { lookup: storeLookup(db), reads: storeReads(db) };
  await emptyGraph(db);

  // Replay alone, without Neo4j writes (the store is empty, so the check consults it as the real run does).
  const dry = await checkImport(dir, options, store);
  const sink = new CountingSink();
  const t1 = Date.now();
  await dry.writeInto(sink);
  const replayMs = Date.now() - t1;

  const t0 = Date.now();
  const checked = await checkImport(dir, options, store);
  const checkMs = Date.now() - t0;
  const report = await checked.writeTransactional(db);
  const totalMs = Date.now() - t0;
  if (report.status !== 'ok') throw new Error(`${set.name}: import ended ${report.status} (${report.badCount} bad rows)`);
  const nodes = sum(report.nodes);
  const rels = sum(report.relationships);
  const written = nodes + rels;
  console.log(`${set.name}: ${report.rows.toLocaleString('en')} input rows -> ${nodes.toLocaleString('en')} nodes + ${rels.toLocaleString('en')} relationships`);
  console.log(`  check           ${String(checkMs).padStart(7)} ms  ${rate(written, checkMs)}`);
  console.log(`  replay (no db)  ${String(replayMs).padStart(7)} ms  ${rate(sink.count, replayMs)}`);
  console.log(`  write stage     ${String(report.writeMs).padStart(7)} ms  ${rate(written, report.writeMs)}`);
  console.log(`  all             ${String(totalMs).padStart(7)} ms  ${rate(written, totalMs)}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: path.resolve(PROJECT_ROOT, '..', 'shared', 'data') },
      only: { type: 'string' },
      batch: { type: 'string' },
      runs: { type: 'string', default: '1' },
      neo4j: { type: 'string' },
    },
  });
  const sets = DATASETS.filter((d) => !values.only || d.name === values.only);
  let embedded: EmbeddedNeo4j | undefined;
  let folder: string | undefined;
  let uri = values.neo4j;
  if (!uri) {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-import-speed-'));
    const boltPort = await freePort();
    embedded = await startEmbeddedNeo4j({ boltPort, dataDir: folder, heap: '1g', pageCache: '256m' });
    uri = `bolt://127.0.0.1:${boltPort}`;
  }
  const db = Db.create({ uri, queryTimeoutMs: 600_000 });
  try {
    for (let run = 0; run < Number(values.runs); run++) {
      for (const set of sets) await measure(db, values.data, set, values.batch ? Number(values.batch) : undefined);
    }
  } finally {
    await db.close();
    await embedded?.stop();
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  }
}

await main();
