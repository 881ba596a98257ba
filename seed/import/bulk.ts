// The offline bulk import (`npm run import -- DIR --bulk`): for an initial load into an empty embedded store. Same
// check stage as the transactional import (checkImport), then the write stage writes neo4j-admin CSV files to a
// temporary folder (bulk-csv.ts), runs Neo4j's own bulk importer over the stopped store through the launcher's
// --bulk-import mode, which then opens the store (without Bolt), applies cypher/schema.cypher and waits for the
// indexes to come online; finally what a bulk load cannot express (repeated ids and keys, update sources; usually
// nothing) goes through the transactional writer on a started Neo4j, so both paths leave the same graph. Refuses a store that is running, locked or holds
// nodes (BulkRefused), before anything is read.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { childProcessEnv } from '../../server/config.js';
import { CYPHER_DIR, splitStatements, type Db } from '../../server/db.js';
import { LAUNCHER_DIR, LAUNCHER_JAR, ensureLauncherBuilt, portIsFree } from '../../server/neo4j-process.js';
import { BulkCsvSink, type BulkRest } from './bulk-csv.js';
import { checkImport, type ImportOptions, type ImportReport, type NodeRow, type RelRow } from './importer.js';
import { writeNodeUpdates, type UpdateRow } from './updates.js';
import { writeBatch } from './writer.js';

/** The store cannot take a bulk import (running, locked, not empty); nothing was read or written. */
export class BulkRefused extends Error {}

export interface BulkStore {
  /** The embedded store (TB_DATA_DIR): the database is dataDir/data/databases/neo4j. */
  dataDir: string;
  /** Bolt port of the product's embedded Neo4j: a store whose port answers is refused. */
  boltPort: number;
  /** JVM heap of the importer and off-heap memory it may use (as for the embedded Neo4j: 2g, 512m). */
  heap: string;
  offHeap: string;
}

export interface BulkOptions extends ImportOptions {
  store: BulkStore;
  /**
   * Starts Neo4j on the imported store, called only when rows are left for the transactional writer; the caller
   * closes what it returns (BulkResult.opened).
   */
  open: () => Promise<{ db: Db; close(): Promise<void> }>;
  /** Where the temporary CSV folder goes (default: the system's temporary folder). */
  tmpDir?: string;
  /** Lines of the bulk importer and of the stages, for a log. */
  log?: (line: string) => void;
}

/** Where the time of a bulk import went, in milliseconds from the start of the check. */
export interface BulkTimings {
  /** Check stage: node files, then relationship files (split where the first relationship file starts). */
  checkNodesMs: number;
  checkRelsMs: number;
  /** Writing the CSV files: node rows, then relationship rows. */
  csvNodesMs: number;
  csvRelsMs: number;
  /** The offline importer in all, and its node stage as it reports it (the rest of it is relationships). */
  adminMs: number;
  adminNodesMs: number;
  /** Schema applied and indexes online (in the launcher, after the importer). */
  schemaMs: number;
  /** Starting Neo4j for the transactional rest (0 when nothing was left), and the rest itself. */
  startMs: number;
  restNodesMs: number;
  restRelsMs: number;
  totalMs: number;
}

export interface BulkResult {
  report: ImportReport;
  /** Rows that went into the CSV files, and those written afterwards through Bolt. */
  bulk: { nodes: number; relationships: number };
  rest: { nodes: number; updates: number; relationships: number };
  timings?: BulkTimings;
  /** Peak resident memory of the launcher that ran the bulk importer and built the indexes, MiB. */
  jvmPeakRssMiB?: number;
  /** The running Neo4j on the imported store (when the import got that far); the caller closes it. */
  opened?: { db: Db; close(): Promise<void> };
}

const EXIT_HAS_NODES = 4;
const EXIT_IN_USE = 5;

function databaseDir(dataDir: string): string {
  return path.join(dataDir, 'data', 'databases', 'neo4j');
}

/** The kernel's high-water mark of a process's resident set (VmHWM), in MiB; 0 where /proc is unavailable. */
function peakRssMiB(pid: number | undefined): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** Runs the launcher's --bulk-import mode; resolves with its exit code, its last lines and its peak RSS. */
function runLauncher(store: BulkStore, args: string[], log: (line: string) => void): Promise<{ code: number; lines: string[]; peakMiB: number }> {
  ensureLauncherBuilt(log);
  const classpath = [LAUNCHER_JAR, path.join(LAUNCHER_DIR, 'target', 'lib', '*')].join(path.delimiter);
  const child = spawn(
    'java',
    [`-Xmx${store.heap}`, '-XX:+UseG1GC', '-XX:+ExitOnOutOfMemoryError', '-Dfile.encoding=UTF-8', '-cp', classpath, 'org.talentbridge.neo4j.Launcher', '--bulk-import', '--data', store.dataDir, ...args],
    { stdio: ['ignore', 'pipe', 'pipe'], env: childProcessEnv({ TB_NEO4J_PAGECACHE: store.offHeap }) },
  );
  // VmHWM only grows, so the last reading before the exit is the peak (up to the last half second).
  let peakMiB = 0;
  const sampler = setInterval(() => (peakMiB = Math.max(peakMiB, peakRssMiB(child.pid))), 500);
  const lines: string[] = [];
  let buffer = '';
  const onData = (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let i: number;
    while ((i = buffer.search(/[\r\n]/)) >= 0) {
      const line = buffer.slice(0, i).trimEnd();
      buffer = buffer.slice(i + 1);
      if (!line) continue;
      lines.push(line);
      if (lines.length > 200) lines.shift();
      // The importer draws progress as rows of dots; its stage lines are what a log wants.
      if (!/^[-. ]*\d+%/.test(line) && !/^[-.]+( [-.]+)*/.test(line)) log(line);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return new Promise((resolve, reject) => {
    child.once('error', (e) => reject(new Error(`cannot start java for the bulk import: ${e.message} (is Java 17+ on PATH?)`)));
    child.once('close', (code, signal) => {
      clearInterval(sampler);
      resolve({ code: code ?? (signal ? 128 : 1), lines, peakMiB });
    });
  });
}

function refusalText(code: number, store: BulkStore, lines: string[]): string | null {
  if (code === EXIT_HAS_NODES) return `the database in ${store.dataDir} already holds nodes; the bulk import only loads an empty store (use the import without --bulk to add to it)`;
  if (code === EXIT_IN_USE) {
    const why = lines.filter((l) => l.startsWith('talent-bridge-neo4j:')).at(-1) ?? '';
    return `the store in ${store.dataDir} is in use by another process (stop the Neo4j that holds it)${why ? `: ${why}` : ''}`;
  }
  return null;
}

/** Refuses a store that is running, locked or holds nodes; an absent or empty database passes. */
export async function checkBulkStore(store: BulkStore, log: (line: string) => void = () => {}): Promise<void> {
  if (!(await portIsFree(store.boltPort))) {
    throw new BulkRefused(`a Neo4j answers on 127.0.0.1:${store.boltPort} (the product is running?); stop it first, the bulk import writes the store offline`);
  }
  if (!fs.existsSync(databaseDir(store.dataDir))) return;
  const { code, lines } = await runLauncher(store, ['--probe'], log);
  const refused = refusalText(code, store, lines);
  if (refused) throw new BulkRefused(refused);
  if (code !== 0) throw new Error(`cannot open the store in ${store.dataDir} (exit code ${code}):\n${lines.slice(-15).join('\n')}`);
}

function relationshipFiles(checked: Awaited<ReturnType<typeof checkImport>>): string[] {
  return checked.plannedFiles.filter((f) => f.rels && !f.mergeNodes && !f.updateNodes).map((f) => f.name);
}

/** "1m 2s 345ms" as the bulk importer prints durations. */
function durationMs(text: string): number {
  let ms = 0;
  for (const [, n, unit] of text.matchAll(/(\d+)(ms|h|m|s)\b/g)) ms += Number(n) * ({ h: 3_600_000, m: 60_000, s: 1000, ms: 1 } as Record<string, number>)[unit!]!;
  return ms;
}

/** Write batches in which no id (or relationship key) repeats, so each row lands in order after the one before. */
function* distinctBatches<T>(rows: T[], size: number, key: (r: T) => string): Generator<T[]> {
  let batch: T[] = [];
  let keys = new Set<string>();
  for (const r of rows) {
    const k = key(r);
    if (batch.length >= size || keys.has(k)) {
      yield batch;
      batch = [];
      keys = new Set();
    }
    batch.push(r);
    keys.add(k);
  }
  if (batch.length) yield batch;
}

async function writeRest(db: Db, rest: BulkRest, batch: number, marks: { nodesDone: number }): Promise<void> {
  for (const b of distinctBatches<NodeRow>(rest.nodes, batch, (r) => r.id)) await writeBatch(db, b, []);
  for (const b of distinctBatches<UpdateRow>(rest.updates, batch, (r) => `${r.mode}\u0000${r.id}`)) await writeNodeUpdates(db, b);
  marks.nodesDone = Date.now();
  for (const b of distinctBatches<RelRow>(rest.rels, batch, (r) => `${r.type}\u0000${r.start}\u0000${r.end}`)) await writeBatch(db, [], b);
}

/**
 * Imports a folder into an empty embedded store through Neo4j's bulk importer. Throws BulkRefused before reading
 * anything when the store cannot take it, ImportConfigError for a bad mapping or header; bad rows or a signal end
 * it before the store is touched (report.status says which). Long on purpose: the steps must run in this order
 * (check the store, check the rows, write the files, run the bulk importer, open the store and write what it
 * cannot take, clean up) and each reads the previous one's result.
 */
export async function bulkImport(dir: string, options: BulkOptions): Promise<BulkResult> {
  // Archives among the input are extracted in a folder of this run's own and read until the load ends; it goes when
  // the load does, not at the process's exit (which an interrupted CLI or a long-lived caller would not reach soon).
  const scratch = fs.mkdtempSync(path.join(options.scratchDir ?? options.tmpDir ?? os.tmpdir(), 'talent-bridge-unzip-'));
  try {
    return await bulkRun(dir, { ...options, scratchDir: scratch });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

async function bulkRun(dir: string, options: BulkOptions): Promise<BulkResult> {
  const log = options.log ?? (() => {});
  const { store } = options;
  await checkBulkStore(store, log);

  const t0 = Date.now();
  const firstCheck = new Map<string, number>();
  const onProgress: ImportOptions['onProgress'] = (p) => {
    if (p.stage === 'check' && !firstCheck.has(p.file)) firstCheck.set(p.file, Date.now());
    options.onProgress?.(p);
  };
  const checked = await checkImport(dir, { ...options, onProgress }, { lookup: null, collectRelKeys: true });
  const result: BulkResult = { report: checked.stopped!, bulk: { nodes: 0, relationships: 0 }, rest: { nodes: 0, updates: 0, relationships: 0 } };
  if (checked.stopped) return result;
  const checkEnd = Date.now();
  // Relationship files are checked after every node file: the check of relationships starts with the first of them.
  const relFiles = new Set(checked.stopped ? [] : relationshipFiles(checked));
  const relCheckStart = Math.min(checkEnd, ...[...firstCheck].filter(([f]) => relFiles.has(f)).map(([, t]) => t));

  const tmp = fs.mkdtempSync(path.join(options.tmpDir ?? os.tmpdir(), 'talent-bridge-bulk-'));
  let opened: BulkResult['opened'];
  try {
    const tw = Date.now();
    const sink = new BulkCsvSink(tmp, checked);
    let report: ImportReport;
    try {
      report = await checked.writeInto(sink);
    } catch (e) {
      sink.abandon();
      throw e;
    }
    if (report.status !== 'ok') {
      sink.abandon();
      result.report = report;
      return result;
    }
    const args = sink.finish();
    const csvEnd = Date.now();
    result.bulk = { nodes: sink.nodes, relationships: sink.relationships };
    log(`bulk: ${sink.nodes} nodes and ${sink.relationships} relationships in CSV (${((csvEnd - tw) / 1000).toFixed(1)} s); running the bulk importer`);

    const schemaFile = path.join(tmp, 'schema.statements');
    fs.writeFileSync(schemaFile, splitStatements(fs.readFileSync(path.join(CYPHER_DIR, 'schema.cypher'), 'utf8')).join('\u0000'));
    const admin = await runLauncher(store, ['--schema', schemaFile, '--', `--max-off-heap-memory=${store.offHeap}`, ...args], log);
    const refused = refusalText(admin.code, store, admin.lines);
    if (refused) throw new BulkRefused(refused);
    if (admin.code !== 0) {
      // The database was absent or empty and the importer overwrites it: a failed import leaves it absent again
      // rather than half-written.
      fs.rmSync(databaseDir(store.dataDir), { recursive: true, force: true });
      fs.rmSync(path.join(store.dataDir, 'data', 'transactions', 'neo4j'), { recursive: true, force: true });
      throw new Error(`the bulk importer failed (exit code ${admin.code}); the database in ${store.dataDir} is left empty:\n${admin.lines.slice(-25).join('\n')}`);
    }
    const schemaEnd = Date.now();
    result.jvmPeakRssMiB = admin.peakMiB;
    const nodeStage = admin.lines.map((l) => /Node import COMPLETED in (.*)$/.exec(l)?.[1]).find(Boolean);
    const schemaMs = Number(admin.lines.map((l) => /schema applied and indexes online in (\d+) ms/.exec(l)?.[1]).find(Boolean) ?? 0);
    fs.rmSync(tmp, { recursive: true, force: true });

    const { rest } = sink;
    result.rest = { nodes: rest.nodes.length, updates: rest.updates.length, relationships: rest.rels.length };
    const marks = { nodesDone: schemaEnd };
    let started = schemaEnd;
    if (rest.nodes.length + rest.updates.length + rest.rels.length) {
      log('bulk: starting Neo4j on the imported store');
      opened = await options.open();
      started = Date.now();
      log(`bulk: writing ${rest.nodes.length} repeated or deferred node rows, ${rest.updates.length} updates and ${rest.rels.length} relationship rows through Bolt`);
      await writeRest(opened.db, rest, checked.batch, marks);
      result.opened = opened;
      opened = undefined;
    }
    const end = Date.now();
    result.report = checked.addWriteMs(end - csvEnd);
    const checkNodesMs = relCheckStart - t0;
    result.timings = {
      checkNodesMs,
      checkRelsMs: checkEnd - t0 - checkNodesMs,
      csvNodesMs: (sink.firstRelAt || csvEnd) - tw,
      csvRelsMs: csvEnd - (sink.firstRelAt || csvEnd),
      adminMs: schemaEnd - csvEnd - schemaMs,
      adminNodesMs: nodeStage ? Math.min(durationMs(nodeStage), schemaEnd - csvEnd - schemaMs) : 0,
      schemaMs,
      startMs: started - schemaEnd,
      restNodesMs: marks.nodesDone - schemaEnd,
      restRelsMs: end - marks.nodesDone,
      totalMs: end - t0,
    };
    return result;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
    await opened?.close().catch(() => {});
  }
}
