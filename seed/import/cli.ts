// `npm run import -- DIR [--mapping FILE] [--skip-bad] [--batch N] [--bulk]`: checks every row of a folder of CSV /
// JSON-lines files against the model and the store, then writes them (or nothing, if a row is bad), with a progress
// bar and a closing summary. Connects to NEO4J_URI, else to the product's Neo4j on NEO4J_BOLT_PORT if it is running,
// else starts the embedded Neo4j on TB_DATA_DIR for the duration of the import. `--bulk` loads an empty embedded
// store offline through Neo4j's bulk importer instead (seed/import/bulk.ts) and refuses anything else.
// Exit codes: 0 done, 1 bad rows (nothing written), 2 usage or configuration error (or a store --bulk refuses),
// 3 the database failed, 130/143 interrupted by SIGINT/SIGTERM (everything committed so far stays; re-running
// completes the import).
import os from 'node:os';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { ConfigError, loadConfig } from '../../server/config.js';
import { Db } from '../../server/db.js';
import { portIsFree, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/neo4j-process.js';
import { BulkRefused, bulkImport, type BulkResult } from './bulk.js';
import { DEFAULT_BATCH, importDirectory, type ImportProgress, type ImportReport } from './importer.js';
import { EncodingError, normaliseEncoding } from './encoding.js';
import { ImportConfigError } from './mapping.js';
import { badRowsText, changesText, summaryText } from './report.js';

const USAGE = `usage: npm run import -- DIR [--mapping FILE] [--encoding E] [--update] [--dry-run] [--skip-bad] [--batch N] [--delimiter C] [--array-delimiter C] [--bulk] [--quiet]

  DIR                 a folder (or one file) of CSV in the neo4j-admin header convention, .csv.gz, JSON lines, or
                      .xlsx workbooks (spreadsheets with Chinese or English headers need a mapping with "columns");
                      a .zip, .tar, .tar.gz/.tgz or .tar.zst/.tzst, given or in the folder, reads as the folder it holds
  --mapping FILE      a mapping file for foreign data (see seed/mappings/README.md)
  --encoding E        text encoding of every file: utf-8, utf-16le, utf-16be, gbk, gb18030, big5...
                      (default: a byte-order mark, else valid UTF-8, else detected per file)
  --update            replace values of nodes and ties already in the store (each replaced value is kept in the
                      audit record); default: fill only their empty properties and report the values that differ
  --dry-run           check everything and print what would change (id, property, old, new); write nothing
  --skip-bad          write the good rows and list the bad ones (default: any bad row means nothing is written)
  --batch N           rows per transaction (default ${DEFAULT_BATCH})
  --delimiter C       field delimiter for every CSV (default: detected per file among , | ; and tab; "tab" for tab)
  --array-delimiter C delimiter inside array cells and :LABEL (default ;)
  --bulk              initial load of an empty embedded store (TB_DATA_DIR) through Neo4j's offline bulk importer;
                      refused when NEO4J_URI is set, the store's Neo4j is running or the database holds nodes
  --quiet             no progress output, only the summary

Exit codes: 0 done, 1 bad rows, 2 usage or configuration error, 3 database error, 130/143 interrupted.`;

const num = (n: number) => Math.round(n).toLocaleString('en-US');

class UsageError extends Error {}

/** A size as the embedded Neo4j takes it (512m, 2g) in bytes. */
function bytes(size: string): number {
  const m = /^(\d+)([kmg]?)$/i.exec(size.trim());
  if (!m) return 0;
  return Number(m[1]) * ({ '': 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 } as Record<string, number>)[m[2]!.toLowerCase()]!;
}

function char(flag: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const c = v === 'tab' || v === '\\t' ? '\t' : v;
  if (c.length !== 1) throw new UsageError(`--${flag} must be one character (or "tab"), got '${v}'`);
  return c;
}

/** A bar on a terminal; on anything else a plain line every few seconds (logs stay readable). */
function progressReporter(quiet: boolean) {
  const tty = Boolean(process.stderr.isTTY) && !quiet;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: ' {stage} {bar} {percentage}% | {done}/{all} {unit} | {speed} rows/s | ETA {eta_formatted} | {file}',
      etaBuffer: 30,
      fps: 5,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let stage = '';
  let stageStart = Date.now();
  let lastLine = 0;
  return {
    update(p: ImportProgress) {
      if (quiet) return;
      const stageChanged = p.stage !== stage;
      if (stageChanged) {
        if (tty && stage) bar.stop();
        stage = p.stage;
        stageStart = Date.now();
        if (tty) bar.start(p.total, 0, { stage: p.stage.padEnd(5), done: '0', all: '', unit: '', speed: '0', file: '' });
      }
      const seconds = Math.max(0.001, (Date.now() - stageStart) / 1000);
      const unit = p.stage === 'check' ? 'MB' : 'rows';
      const scale = (n: number) => (p.stage === 'check' ? (n / 1024 / 1024).toFixed(1) : num(n));
      const speed = num(p.rows / seconds);
      if (tty) {
        bar.setTotal(p.total);
        bar.update(p.done, { stage: p.stage.padEnd(5), done: scale(p.done), all: scale(p.total), unit, speed, file: p.file });
      } else if (Date.now() - lastLine > 5_000 || stageChanged) {
        lastLine = Date.now();
        const pct = p.total ? Math.floor((100 * p.done) / p.total) : 0;
        console.error(`[import] ${p.stage} ${pct}% ${scale(p.done)}/${scale(p.total)} ${unit}, ${p.file}: ${num(p.rows)} rows, ${speed} rows/s`);
      }
    },
    stop() {
      if (tty && stage) bar.stop();
      stage = '';
    },
  };
}

// Long on purpose: the command's whole run read top to bottom (flags, checks, the chosen path, the printed
// report and exit code); each step is a few lines, and splitting it would only pass the flags from part to part.
async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      strict: true,
      options: {
        mapping: { type: 'string' },
        'skip-bad': { type: 'boolean', default: false },
        batch: { type: 'string' },
        delimiter: { type: 'string' },
        'array-delimiter': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        bulk: { type: 'boolean', default: false },
        encoding: { type: 'string' },
        update: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    console.error(`import: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  let batchSize: number | undefined;
  let delimiter: string | undefined;
  let arrayDelimiter: string | undefined;
  try {
    if (positionals.length !== 1) throw new UsageError(positionals.length ? `one folder please, got ${positionals.join(' ')}` : 'which folder? give DIR');
    if (values.batch !== undefined) {
      if (!/^\d+$/.test(values.batch.replaceAll('_', ''))) throw new UsageError(`--batch must be a whole number, got '${values.batch}'`);
      batchSize = Number(values.batch.replaceAll('_', ''));
    }
    delimiter = char('delimiter', values.delimiter);
    arrayDelimiter = char('array-delimiter', values['array-delimiter']);
    if (values.encoding !== undefined) normaliseEncoding(values.encoding);
    if (values.bulk && (values.update || values['dry-run'])) throw new UsageError('--bulk loads an empty store; --update and --dry-run are for imports into a store in use');
  } catch (e) {
    const message = e instanceof EncodingError ? `--encoding: ${e.message}` : (e as Error).message;
    console.error(`import: ${message}\n${USAGE}`);
    return 2;
  }

  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`import: ${e.message}`);
      return 2;
    }
    throw e;
  }

  const controller = new AbortController();
  let signalCode = 0;
  const onSignal = (name: NodeJS.Signals, code: number) => {
    if (signalCode) {
      console.error(`\nimport: ${name} again: stopping now; the transaction in flight is rolled back`);
      process.exit(code);
    }
    signalCode = code;
    console.error(`\nimport: ${name}: stopping after the batch in flight settles (send it again to stop at once)`);
    controller.abort();
  };
  process.on('SIGINT', () => onSignal('SIGINT', 130));
  process.on('SIGTERM', () => onSignal('SIGTERM', 143));

  const progress = progressReporter(values.quiet);
  const importOptions = {
    ...(values.mapping ? { mapping: values.mapping } : {}),
    skipBad: values['skip-bad'],
    ...(batchSize !== undefined ? { batchSize } : {}),
    ...(delimiter ? { delimiter } : {}),
    ...(arrayDelimiter ? { arrayDelimiter } : {}),
    ...(values.encoding ? { encoding: values.encoding } : {}),
    update: values.update,
    dryRun: values['dry-run'],
    actor: `import:${os.userInfo().username}`,
    signal: controller.signal,
    onProgress: (p: ImportProgress) => progress.update(p),
  };
  const finish = (report: ImportReport, extra = '') => {
    progress.stop();
    const bad = badRowsText(report);
    if (bad) console.error(bad);
    const changes = changesText(report);
    if (changes) console.log(changes);
    console.log(summaryText(report) + extra);
    if (report.status === 'interrupted') return signalCode || 130;
    return report.status === 'bad-rows' ? 1 : 0;
  };

  if (values.bulk) {
    if (config.neo4j.uri) {
      console.error('import: --bulk writes the embedded store (TB_DATA_DIR) offline; NEO4J_URI names another server, so it is refused (import without --bulk)');
      return 2;
    }
    let result: BulkResult | undefined;
    try {
      const pageCacheBytes = bytes(config.embedded.pageCache);
      result = await bulkImport(positionals[0]!, {
        ...importOptions,
        store: {
          dataDir: config.embedded.dataDir,
          boltPort: config.embedded.boltPort,
          heap: config.embedded.heap,
          // The importer's caches: the page cache's size, at least 2 GB (below that it slows down markedly).
          offHeap: pageCacheBytes >= 2 ** 31 ? config.embedded.pageCache : '2g',
        },
        open: async () => {
          const embedded = await startEmbeddedNeo4j(config.embedded);
          const db = Db.create({ ...config.neo4j, uri: embedded.uri, queryTimeoutMs: Math.max(config.queryTimeoutMs, 120_000) });
          return {
            db,
            close: async () => {
              await db.close().catch(() => {});
              await embedded.stop();
            },
          };
        },
        log: (line) => {
          if (!values.quiet) console.error(`[bulk] ${line}`);
        },
      });
      const r = result;
      const extra = r.timings
        ? `\n  bulk           ${num(r.bulk.nodes)} nodes and ${num(r.bulk.relationships)} relationships through the offline importer; ` +
          `${num(r.rest.nodes + r.rest.updates + r.rest.relationships)} rows through Bolt afterwards` +
          `\n  stages         check ${(r.timings.checkNodesMs / 1000 + r.timings.checkRelsMs / 1000).toFixed(1)} s, CSV ${((r.timings.csvNodesMs + r.timings.csvRelsMs) / 1000).toFixed(1)} s, ` +
          `importer ${(r.timings.adminMs / 1000).toFixed(1)} s, schema and indexes ${(r.timings.schemaMs / 1000).toFixed(1)} s` +
          (r.timings.startMs ? `, Neo4j start ${(r.timings.startMs / 1000).toFixed(1)} s and rest ${((r.timings.restNodesMs + r.timings.restRelsMs) / 1000).toFixed(1)} s` : '') +
          `\n  memory         peak RSS ${num(process.resourceUsage().maxRSS / 1024)} MiB here, ${num(r.jvmPeakRssMiB ?? 0)} MiB in the importer's JVM`
        : '';
      return finish(r.report, extra);
    } catch (e) {
      progress.stop();
      console.error(`import: ${(e as Error).message}`);
      return e instanceof BulkRefused || e instanceof ImportConfigError ? 2 : 3;
    } finally {
      await result?.opened?.close().catch(() => {});
    }
  }

  let embedded: EmbeddedNeo4j | undefined;
  let db: Db | undefined;
  try {
    let uri = config.neo4j.uri;
    if (!uri) {
      if (await portIsFree(config.embedded.boltPort)) {
        console.error(`import: starting the embedded Neo4j (data in ${config.embedded.dataDir})`);
        embedded = await startEmbeddedNeo4j(config.embedded);
        uri = embedded.uri;
      } else {
        uri = `bolt://127.0.0.1:${config.embedded.boltPort}`;
      }
    }
    db = Db.create({ ...config.neo4j, uri, queryTimeoutMs: Math.max(config.queryTimeoutMs, 120_000) });
    try {
      await db.verify();
    } catch (e) {
      console.error(`import: ${(e as Error).message}`);
      return 3;
    }
    return finish(await importDirectory(db, positionals[0]!, importOptions));
  } catch (e) {
    progress.stop();
    if (e instanceof ImportConfigError || e instanceof UsageError) {
      console.error(`import: ${e.message}`);
      return 2;
    }
    console.error(`import: ${(e as Error).message}`);
    return 3;
  } finally {
    await db?.close().catch(() => {});
    await embedded?.stop().catch(() => {});
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`import: ${(e as Error).stack ?? String(e)}`);
    process.exit(3);
  },
);
