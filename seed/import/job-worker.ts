// The importer as a child program for imports started from the web app (server/import-jobs/jobs.ts spawns it, so
// the API process never loads importer code): `job-worker.ts check|commit DIR [MAPPING] ACTOR`. It runs the same
// plan → check → sink as `npm run import` (check: a dry run that writes nothing; commit: check again, then write,
// nothing at all when a row is bad) and speaks JSON lines on stdout, one message per line:
//   {"type":"progress", stage, done, total, file, rows}   a few times a second at most
//   {"type":"report", report}                           the importer's closing report (file names relative to DIR)
//   {"type":"error", kind: "input"|"database", message}  a bad file or mapping, or a database failure
// SIGTERM stops it after the batch in flight settles (the report then says "interrupted").
import path from 'node:path';
import { loadConfig } from '../../server/config.js';
import { Db } from '../../server/db.js';
import { EncodingError } from './encoding.js';
import { importDirectory, type ImportProgress } from './importer.js';
import { ImportConfigError } from './mapping.js';

type Message =
  | ({ type: 'progress' } & ImportProgress)
  | { type: 'report'; report: unknown }
  | { type: 'error'; kind: 'input' | 'database'; message: string };

function send(message: Message): void {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

async function main(): Promise<number> {
  const [mode, dir, ...rest] = process.argv.slice(2);
  const actor = rest.pop();
  const mapping = rest[0];
  if ((mode !== 'check' && mode !== 'commit') || !dir || !actor) {
    send({ type: 'error', kind: 'input', message: 'usage: job-worker.ts check|commit DIR [MAPPING] ACTOR' });
    return 2;
  }
  // Messages name files as the uploader named them, never the staging folder they sit in.
  const folders = [dir, ...(mapping ? [path.dirname(mapping)] : [])];
  const plain = (text: string) => folders.reduce((t, f) => t.split(`${f}/`).join('').split(f).join('.'), text);
  const config = loadConfig();
  const uri = config.neo4j.uri;
  if (!uri) {
    send({ type: 'error', kind: 'database', message: 'no Neo4j to import into (NEO4J_URI is not set)' });
    return 3;
  }
  const controller = new AbortController();
  process.on('SIGTERM', () => controller.abort());
  let last = 0;
  const db = Db.create({ ...config.neo4j, uri, queryTimeoutMs: Math.max(config.queryTimeoutMs, 120_000) });
  try {
    await db.verify();
    const report = await importDirectory(db, dir, {
      ...(mapping ? { mapping } : {}),
      dryRun: mode === 'check',
      actor,
      signal: controller.signal,
      // Zips extract beside the job's data, in the staging folder that is pruned after a day whatever happens.
      scratchDir: path.dirname(dir),
      onProgress: (p) => {
        const now = Date.now();
        if (now - last < 250 && p.done < p.total) return;
        last = now;
        send({ type: 'progress', ...p });
      },
    });
    send({ type: 'report', report: { ...report, dir: '.', ...(report.mapping ? { mapping: plain(report.mapping) } : {}) } });
    return 0;
  } catch (e) {
    const input = e instanceof ImportConfigError || e instanceof EncodingError;
    send({ type: 'error', kind: input ? 'input' : 'database', message: plain((e as Error).message) });
    return input ? 2 : 3;
  } finally {
    await db.close().catch(() => {});
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    send({ type: 'error', kind: 'database', message: (e as Error).message });
    process.exit(3);
  },
);
