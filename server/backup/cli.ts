// `npm run backup -- FILE` and `npm run restore -- FILE [--replace]`.
// Connects to NEO4J_URI, else to the product's Neo4j on NEO4J_BOLT_PORT when it is running (a backup then runs while
// the product serves), else starts the embedded Neo4j on TB_DATA_DIR for the duration.
// Exit codes: 0 done, 1 the file is refused (damaged, truncated, foreign, newer) or the store is not empty,
// 2 usage or configuration error, 3 the database failed; a backup stopped by SIGINT or SIGTERM removes its
// FILE.partial and exits 130 or 143 (a second signal exits at once, after removing it too).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { Db } from '../db.js';
import { portIsFree, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../neo4j-process.js';
import { backupFileName, stagingFile, takeBackup } from './backup.js';
import { BackupFormatError } from './format.js';
import { RestoreRefused, restoreBackup } from './restore.js';

const USAGE = `usage: npm run backup -- FILE [--read-only]
       npm run restore -- FILE [--replace]

  backup FILE      write a consistent, compressed copy of the whole graph (nodes, ties, properties and the audit
                   record) to FILE while the product keeps serving; writes wait while the copy is read
  --read-only      write nothing to the source (no write gate; one read transaction): for a store this must not
                   change; writes during the copy may make it inconsistent, and the file says so
  restore FILE     load FILE into an empty store; the file is checked whole before anything is written
  --replace        restore into a store that holds data: back it up first (next to FILE, named
                   talent-bridge-<time>.tbk.gz), then empty it and restore

Exit codes: 0 done, 1 file or store refused, 2 usage or configuration error, 3 database error;
a backup stopped by Ctrl-C (SIGINT) or SIGTERM removes FILE.partial and exits 130 or 143.`;

const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;

async function connect(config: Config, name: string): Promise<{ db: Db; embedded?: EmbeddedNeo4j }> {
  let uri = config.neo4j.uri;
  let embedded: EmbeddedNeo4j | undefined;
  if (!uri) {
    if (await portIsFree(config.embedded.boltPort)) {
      console.error(`${name}: starting the embedded Neo4j (data in ${config.embedded.dataDir})`);
      embedded = await startEmbeddedNeo4j(config.embedded);
      uri = embedded.uri;
    } else {
      uri = `bolt://127.0.0.1:${config.embedded.boltPort}`;
    }
  }
  const db = Db.create({ ...config.neo4j, uri, queryTimeoutMs: Math.max(config.queryTimeoutMs, 600_000) });
  try {
    await db.verify();
  } catch (e) {
    await db.close();
    await embedded?.stop();
    throw e;
  }
  return { db, embedded };
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  let args;
  try {
    args = parseArgs({ args: rest, allowPositionals: true, options: { replace: { type: 'boolean' }, 'read-only': { type: 'boolean' }, help: { type: 'boolean' } } });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  if ((command !== 'backup' && command !== 'restore') || args.positionals.length !== 1 || (command === 'backup' && args.values.replace) || (command === 'restore' && args.values['read-only'])) {
    console.error(USAGE);
    return 2;
  }
  const file = path.resolve(args.positionals[0]!);
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    console.error(`${command}: ${e instanceof ConfigError ? e.message : String(e)}`);
    return 2;
  }
  let conn: { db: Db; embedded?: EmbeddedNeo4j } | undefined;
  const stop = command === 'backup' ? stopOnSignals(file) : undefined;
  try {
    conn = await connect(config, command);
    if (command === 'backup') {
      let shownAt = Date.now();
      const r = await takeBackup(conn.db, file, {
        readOnly: args.values['read-only'],
        signal: stop!.controller.signal,
        onProgress: (p) => {
          if (Date.now() - shownAt < 5000) return;
          shownAt = Date.now();
          console.error(`backup: ${p.nodes.toLocaleString('en-US')} nodes, ${p.relationships.toLocaleString('en-US')} ties so far`);
        },
      });
      console.log(
        `backup: ${r.nodes.toLocaleString('en-US')} nodes and ${r.relationships.toLocaleString('en-US')} ties in ${r.file} (${mib(r.bytes)}, ${(r.ms / 1000).toFixed(1)} s)`,
      );
      if (!r.consistent) {
        const why = args.values['read-only'] ? 'with --read-only it took no write gate' : 'this Neo4j has no APOC lock procedures';
        console.warn(`backup: ${why}, so writes during the copy may have made it inconsistent`);
      }
      return 0;
    }
    const replacedBackup = path.join(path.dirname(file), backupFileName());
    let lastShown = 0;
    const r = await restoreBackup(conn.db, file, {
      replace: Boolean(args.values.replace),
      replacedBackup,
      onProgress: (p) => {
        if (Date.now() - lastShown < 2000 && p.done < p.total) return;
        lastShown = Date.now();
        console.error(`restore: ${p.stage} ${p.done.toLocaleString('en-US')}/${p.total.toLocaleString('en-US')}`);
      },
    });
    if (r.replaced) console.log(`restore: the data it replaced is backed up in ${r.replaced.file}`);
    console.log(
      `restore: ${r.nodes.toLocaleString('en-US')} nodes and ${r.relationships.toLocaleString('en-US')} ties from a backup of ${r.header.createdAt} in ${(r.ms / 1000).toFixed(1)} s`,
    );
    return 0;
  } catch (e) {
    if (stop?.signalled) {
      console.error(`backup: stopped by ${stop.signalled}; ${path.basename(stagingFile(file))} is removed and nothing else was written`);
      return SIGNAL_EXIT[stop.signalled];
    }
    if (e instanceof BackupFormatError || e instanceof RestoreRefused) {
      console.error(`${command}: refused: ${e.message}; nothing was written`);
      return 1;
    }
    console.error(`${command}: ${(e as Error).message}`);
    return 3;
  } finally {
    await conn?.db.close().catch(() => {});
    await conn?.embedded?.stop().catch(() => {});
  }
}

const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Turns the first SIGINT or SIGTERM into an abort of the backup (which removes FILE.partial, then the driver and an
 * embedded Neo4j are closed as usual); a second one removes FILE.partial and exits at once.
 */
function stopOnSignals(file: string): { controller: AbortController; signalled?: keyof typeof SIGNAL_EXIT } {
  const state: { controller: AbortController; signalled?: keyof typeof SIGNAL_EXIT } = { controller: new AbortController() };
  const onSignal = (signal: keyof typeof SIGNAL_EXIT) => {
    if (state.signalled) {
      fs.rmSync(stagingFile(file), { force: true });
      process.exit(SIGNAL_EXIT[signal]);
    }
    state.signalled = signal;
    console.error(`backup: ${signal}: stopping`);
    state.controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return state;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`backup: ${(e as Error).stack ?? String(e)}`);
    process.exit(3);
  },
);
