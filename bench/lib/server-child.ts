// The measured HTTP server, in a process of its own so that its memory is its own (not the generator's and
// importer's, which ran in the bench's process) and its event loop serves nothing else. It is the product's
// serve() from server/index.ts with the product's auth, over a config built from the settings the bench passes as
// one JSON argument (what the server would read from its environment). It prints one JSON line, {url, pid}, once
// it listens, and closes its server and gateway on SIGTERM, so a --cpu-prof profile is written on the way out.
import { loadConfig } from '../../server/config.js';
import { Db } from '../../server/db.js';
import { serve } from '../../server/index.js';
import { createAuth } from '../../server/auth/auth.js';

async function main(): Promise<void> {
  const settings = JSON.parse(process.argv[2] ?? '{}') as Record<string, string>;
  const config = loadConfig(settings);
  if (!config.neo4j.uri) throw new Error('the bench gave the server no NEO4J_URI');
  const db = Db.create({ ...config.neo4j, uri: config.neo4j.uri, queryTimeoutMs: config.queryTimeoutMs });
  const auth = await createAuth(config, db);
  // No access log: its lines would time stdout, not the answers.
  const running = await serve(config, db, { resolveViewer: auth.resolveViewer, extraPlugins: auth.plugins, accessLog: false });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await running.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  process.stdout.write(`${JSON.stringify({ url: running.url, pid: process.pid })}\n`);
}

main().catch((e: Error) => {
  console.error(`bench server: ${e.stack ?? e.message}`);
  process.exit(1);
});
