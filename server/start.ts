// `npm start`: the whole product on one machine. Starts the embedded Neo4j unless NEO4J_URI names a server, applies
// the schema, loads the demo dataset into an empty database, builds the web app when its sources changed, serves
// everything, and on Ctrl-C or SIGTERM stops the server and then the Neo4j it started. The embedded Neo4j is
// supervised: a JVM that exits unasked is restarted, and the server answers UNAVAILABLE until it is back and checked.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from './config.js';
import { startupConfig } from './startup-config.js';
import { Db } from './db.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type SupervisionOptions } from './neo4j-process.js';
import { recordAudit } from './auth/audit.js';
import { WEB_DIST, serve, type Running } from './index.js';
import { loadDemo, loadDemoLedger } from '../seed/demo/load.js';
import { createAuth } from './auth/auth.js';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

async function buildWebIfStale(log: (s: string) => void): Promise<void> {
  const index = path.join(WEB_DIST, 'index.html');
  const src = path.join(PROJECT_ROOT, 'web', 'src');
  const page = path.join(PROJECT_ROOT, 'web', 'index.html');
  if (!fs.existsSync(page) || !fs.existsSync(src)) return;
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= Math.max(newestMtime(src), fs.statSync(page).mtimeMs)) return;
  log('Building the web app (vite build)...');
  const { build } = await import('vite');
  await build({ configFile: path.join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'warn' });
}

/**
 * What happens around a restart of the embedded JVM: before the database counts as back, Neo4j answers and the
 * schema is online again (applied IF NOT EXISTS, then every index awaited, so one that Neo4j's recovery left
 * failed stops the attempt); once back, the restart goes into the audit log. `db` is a getter because the gateway
 * is built after the first start.
 */
export function recoveryHooks(db: () => Db | undefined, log: (line: string) => void): SupervisionOptions {
  return {
    log,
    async checkRecovered() {
      const gateway = db();
      if (!gateway) throw new Error('no database gateway yet');
      await gateway.verify();
      await gateway.applySchema();
    },
    async onRecovered(event) {
      const gateway = db();
      if (!gateway) return;
      await recordAudit(gateway, {
        actor: 'talent-bridge',
        role: 'system',
        action: 'restart',
        operation: 'embedded-neo4j-restart',
        fields: [],
        variables: JSON.stringify(event),
        status: 'ok',
      }).catch((e: Error) => log(`audit: could not record the restart of the embedded Neo4j: ${e.message}`));
    },
  };
}

/** Named queries answer UNAVAILABLE at once, naming why, while the supervised JVM is not running. */
export function gateQueries(db: Db, embedded: EmbeddedNeo4j): void {
  db.setAvailabilityGate(() => {
    const status = embedded.status();
    if (status.state === 'running') return undefined;
    if (status.state === 'restarting') return `the embedded Neo4j is restarting, attempt ${status.attempt}`;
    if (status.state === 'failed') return 'the embedded Neo4j could not be restarted';
    return 'the embedded Neo4j is stopped';
  });
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const log = (s: string) => console.log(`talent-bridge: ${s}`);
  const config = startupConfig();

  let embedded: EmbeddedNeo4j | undefined;
  let db: Db | undefined;
  let running: Running | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    // Before anything awaits: the same signal may reach the JVM, and its exit must not look like a crash.
    embedded?.endSupervision();
    log('stopping...');
    await running?.close().catch(() => {});
    await db?.close().catch(() => {});
    await embedded?.stop().catch(() => {});
    log('stopped');
    process.exit(code);
  };
  // Ctrl-C reaches npm, tsx and this process alike, so the same signal can arrive more than once: keep listening
  // (a second signal must not kill the process half-way through stopping Neo4j).
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    let uri = config.neo4j.uri;
    if (!uri) {
      log(
        `starting the embedded Neo4j (data in ${path.relative(PROJECT_ROOT, config.embedded.dataDir) || '.'}, Bolt port ${config.embedded.boltPort}; ` +
          `${config.embedded.sizing.join('; ')})`,
      );
      embedded = await startEmbeddedNeo4j({
        ...config.embedded,
        log: config.embedded.verbose ? log : undefined,
        supervise: recoveryHooks(() => db, log),
      });
      uri = embedded.uri;
    }
    db = Db.create({ ...config.neo4j, uri, queryTimeoutMs: config.queryTimeoutMs });
    if (embedded) gateQueries(db, embedded);
    const agent = await db.verify();
    log(`connected to ${agent} at ${uri}`);
    await db.applySchema();
    if (config.loadDemo) {
      const [row] = await db.read<{ empty: boolean }>('databaseIsEmpty');
      if (row?.empty) {
        const loaded = await loadDemo(db);
        await loadDemoLedger(db);
        log(`loaded the demo dataset: ${loaded.nodes} nodes, ${loaded.relationships} relationships`);
      }
    }
    if (config.buildWeb) await buildWebIfStale(log);
    const auth = await createAuth(config, db);
    const supervised = embedded;
    running = await serve(config, db, {
      resolveViewer: auth.resolveViewer,
      extraPlugins: auth.plugins,
      databaseStatus: supervised ? () => supervised.status() : undefined,
    });
    for (const line of auth.startupNotes) log(line);
    log(`ready in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    console.log(`\n  Talent Bridge: ${running.url}/\n  GraphQL:       ${running.url}/graphql\n`);
  } catch (e) {
    console.error(`talent-bridge: ${(e as Error).message}`);
    await shutdown(1);
  }
}

// Only when run as the program, so that tests can import the recovery wiring above without starting the product.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
