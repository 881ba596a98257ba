// What a serving process does around serve(): the gateway and the product's auth built from its config, and a clean
// stop on SIGINT or SIGTERM (stop accepting, let requests finish, close the gateway, exit 0). Shared by the
// server's own entry point (index.ts) and the bench's server child, so the process measured is the one shipped.
import type { Config } from './config.js';
import { Db } from './db.js';
import { createAuth } from './auth/auth.js';

/** The gateway on `uri` and the auth plugins and viewer resolver the config's tokens call for. */
export async function gatewayAndAuth(config: Config, uri: string): Promise<{ db: Db; auth: Awaited<ReturnType<typeof createAuth>> }> {
  const db = Db.create({ ...config.neo4j, uri, queryTimeoutMs: config.queryTimeoutMs });
  return { db, auth: await createAuth(config, db) };
}

/** On the first SIGINT or SIGTERM, closes the server and then the gateway and exits 0; a later signal changes nothing. */
export function stopOnSignals(running: { close(): Promise<void> }, db: { close(): Promise<void> }): void {
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await running.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}
