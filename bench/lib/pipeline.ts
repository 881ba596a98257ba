// The two slow steps before measuring, through the project's own code: seed/generate writes the graph and
// seed/import loads it. The importer checks every file first and then writes, nodes before relationships; the rate
// for nodes and for relationships is each kind's rows over the time spent on them in both stages. The check stage
// is split where the first relationship file starts (from the importer's progress). The transactional write stage
// is split exactly, from the transactions themselves (a gateway that timestamps the importer's writes on their way
// to Neo4j); the bulk one by its stages: CSV rows of each kind, the offline importer's node stage against the rest
// of it, and the schema with its index population counted for nodes (every index is a node index).
import fs from 'node:fs';
import { Db } from '../../server/db.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type EmbeddedOptions } from '../../server/neo4j-process.js';
import { generate } from '../../seed/generate/generate.js';
import { generateLedgerHistory } from '../../seed/generate/ledger-history.js';
import { bulkImport } from '../../seed/import/bulk.js';
import { importDirectory } from '../../seed/import/importer.js';
import { summaryText } from '../../seed/import/report.js';
import type { ImportFigures } from './report.js';

export async function generateGraph(opts: {
  persons: number;
  seed: number;
  out: string;
  log: (s: string) => void;
}): Promise<{ seconds: number; rows: number; peakRssMiB: number }> {
  fs.mkdirSync(opts.out, { recursive: true });
  let lastPhase = '';
  let lastAt = 0;
  const result = await generate({
    persons: opts.persons,
    seed: opts.seed,
    out: opts.out,
    onProgress: (p) => {
      const now = Date.now();
      if (p.phase !== lastPhase || now - lastAt > 15_000) {
        opts.log(`generate: ${p.phase}, ${p.rows.toLocaleString('en-US')} of ~${p.estimatedRows.toLocaleString('en-US')} rows`);
        lastPhase = p.phase;
        lastAt = now;
      }
    },
  });
  const ledger = generateLedgerHistory(opts.out, opts.seed);
  opts.log(`generate: ledger history, ${ledger.introductions.toLocaleString('en-US')} introductions in ${ledger.file}`);
  return { seconds: result.elapsedMs / 1000, rows: result.rows, peakRssMiB: result.peakRssBytes / 2 ** 20 };
}

export async function importGraph(db: Db, dir: string, schemaSeconds: number, log: (s: string) => void): Promise<ImportFigures> {
  const firstCheck = new Map<string, number>();
  let writeStart = 0;
  let lastNodeWriteEnd = 0;
  let lastLog = 0;
  const timed = new Proxy(db, {
    get: (target, prop, receiver) => {
      if (prop === 'writeAll') {
        return async (steps: Parameters<Db['writeAll']>[0], opts?: Parameters<Db['writeAll']>[1]) => {
          writeStart ||= Date.now();
          await target.writeAll(steps, opts);
          if (steps.some((s) => s.name === 'importNodes')) lastNodeWriteEnd = Date.now();
        };
      }
      const v = Reflect.get(target, prop, receiver) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  const t0 = Date.now();
  const report = await importDirectory(timed, dir, {
    onProgress: (p) => {
      const now = Date.now();
      if (p.stage === 'check' && !firstCheck.has(p.file)) firstCheck.set(p.file, now);
      if (now - lastLog > 15_000) {
        lastLog = now;
        log(`import: ${p.stage}, ${p.file}, ${Math.round((100 * p.done) / Math.max(1, p.total))}%`);
      }
    },
  });
  const end = Date.now();
  if (report.status !== 'ok') throw new Error(`import did not finish (${report.status}):${summaryText(report)}`);
  log(`import summary:${summaryText(report).replace(/\n/g, '\n    ')}`);
  const relFiles = new Set(report.files.filter((f) => f.kind === 'relationships').map((f) => f.file));
  const relCheckStart = Math.min(...[...firstCheck].filter(([f]) => relFiles.has(f)).map(([, t]) => t), t0 + report.checkMs);
  const checkNodesMs = relCheckStart - t0;
  const checkRelsMs = report.checkMs - checkNodesMs;
  const writeBegin = writeStart || t0 + report.checkMs;
  const writeNodesMs = (lastNodeWriteEnd || writeBegin) - (t0 + report.checkMs);
  const writeRelsMs = end - (lastNodeWriteEnd || writeBegin);
  return importFigures(report, {
    nodeSeconds: (checkNodesMs + writeNodesMs) / 1000,
    relationshipSeconds: (checkRelsMs + writeRelsMs) / 1000,
    totalSeconds: (end - t0) / 1000 + schemaSeconds,
    schemaSeconds,
  }, {
    checkSeconds: report.checkMs / 1000,
    writeSeconds: report.writeMs / 1000,
    checkNodesSeconds: checkNodesMs / 1000,
    checkRelationshipsSeconds: checkRelsMs / 1000,
    writeNodesSeconds: writeNodesMs / 1000,
    writeRelationshipsSeconds: writeRelsMs / 1000,
    rowsRead: report.rows,
    files: report.files.length,
  });
}

/**
 * The bulk import of a generated graph into the bench's stopped, empty store, timed from the start of the check to
 * the indexes online (and any rows the bulk load left for Bolt written). Returns the Neo4j it had to start for
 * those rows, if any, for the bench to go on with. The importer's CSV folder goes inside `tmpDir`, which the bench
 * removes however it ends (the importer removes it too, but not when the bench is stopped part way).
 */
export async function bulkImportGraph(
  dir: string,
  neo4j: EmbeddedOptions,
  log: (s: string) => void,
  tmpDir: string,
): Promise<{ figures: ImportFigures; embedded?: EmbeddedNeo4j }> {
  let embedded: EmbeddedNeo4j | undefined;
  let lastLog = 0;
  const result = await bulkImport(dir, {
    tmpDir,
    store: { dataDir: neo4j.dataDir, boltPort: neo4j.boltPort, heap: neo4j.heap, offHeap: neo4j.pageCache },
    open: async () => {
      embedded = await startEmbeddedNeo4j(neo4j);
      const db = Db.create({ uri: embedded.uri, queryTimeoutMs: 600_000 });
      return { db, close: () => db.close() };
    },
    onProgress: (p) => {
      const now = Date.now();
      if (now - lastLog > 15_000) {
        lastLog = now;
        log(`import: ${p.stage}, ${p.file}, ${Math.round((100 * p.done) / Math.max(1, p.total))}%`);
      }
    },
    log: (line) => {
      if (/^bulk:|COMPLETED|IMPORT DONE|talent-bridge-neo4j:/.test(line)) log(`import: ${line}`);
    },
  });
  await result.opened?.close();
  const { report, timings: t } = result;
  if (report.status !== 'ok' || !t) throw new Error(`bulk import did not finish (${report.status}):${summaryText(report)}`);
  log(`import summary:${summaryText(report).replace(/\n/g, '\n    ')}`);
  const figures = importFigures(report, {
    nodeSeconds: (t.checkNodesMs + t.csvNodesMs + t.adminNodesMs + t.schemaMs + t.startMs + t.restNodesMs) / 1000,
    relationshipSeconds: (t.checkRelsMs + t.csvRelsMs + (t.adminMs - t.adminNodesMs) + t.restRelsMs) / 1000,
    totalSeconds: t.totalMs / 1000,
    schemaSeconds: t.schemaMs / 1000,
  }, {
    mode: 'bulk',
    checkSeconds: report.checkMs / 1000,
    writeSeconds: report.writeMs / 1000,
    stagesSeconds: Object.fromEntries(Object.entries(t).map(([k, v]) => [k.replace(/Ms$/, ''), v / 1000])),
    bulkRows: result.bulk,
    boltRowsAfterwards: result.rest,
    importerJvmPeakRssMiB: result.jvmPeakRssMiB,
    rowsRead: report.rows,
    files: report.files.length,
  });
  return { figures, ...(embedded ? { embedded } : {}) };
}

/** Rows per second for nodes, relationships and all rows, from the import's counts and the seconds given. */
function importFigures(
  report: { nodes: Record<string, number>; relationships: Record<string, number> },
  t: { nodeSeconds: number; relationshipSeconds: number; totalSeconds: number; schemaSeconds: number },
  summary: Record<string, unknown>,
): ImportFigures {
  const nodes = Object.values(report.nodes).reduce((s, n) => s + n, 0);
  const relationships = Object.values(report.relationships).reduce((s, n) => s + n, 0);
  return {
    nodes,
    relationships,
    ...t,
    nodesPerSecond: nodes / t.nodeSeconds,
    relationshipsPerSecond: relationships / t.relationshipSeconds,
    rowsPerSecond: (nodes + relationships) / t.totalSeconds,
    summary,
  };
}
