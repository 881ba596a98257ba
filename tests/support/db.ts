// Test access to the real Neo4j that the global setup started: a Db gateway, a way to empty the graph between
// files, and the schema applied; and a file's usual set-up around them (withGraph).
import { afterAll, beforeAll, inject } from 'vitest';
import { loadConfig, type Config } from '../../server/config.js';
import { Db } from '../../server/db.js';

export function testConfig(overrides: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({ NODE_ENV: 'test', TB_LOAD_DEMO: 'false', ...overrides });
}

export function testDb(): Db {
  return Db.create({
    uri: inject('neo4jUri'),
    username: process.env.NEO4J_USERNAME,
    password: process.env.NEO4J_PASSWORD,
    database: process.env.NEO4J_DATABASE,
    queryTimeoutMs: 60_000,
  });
}

/**
 * Empties the graph and applies the schema. Relationships go first, then nodes, each in bounded transactions, so
 * that a graph of millions of ties (a generated import) is emptied without one huge transaction.
 */
export async function resetGraph(db: Db): Promise<void> {
  const batches = [
    'MATCH ()-[r]->() WITH r LIMIT 50000 DELETE r RETURN count(*) AS c',
    'MATCH (n) WITH n LIMIT 50000 DETACH DELETE n RETURN count(*) AS c',
  ];
  for (const text of batches) {
    for (;;) {
      const [row] = await db.runText(text, {}, 'WRITE');
      if (!row || Number(row.c) === 0) break;
    }
  }
  await db.applySchema();
}

/**
 * A file's set-up and tear-down: before its tests the graph is emptied (schema applied) and `fill` runs (write a
 * fixture, build the app); after them the gateway closes. `timeoutMs` for a fill that takes longer than the
 * tier's hook limit (an import of real data).
 */
export function withGraph(db: Db, fill: () => Promise<void>, timeoutMs?: number): void {
  beforeAll(async () => {
    await resetGraph(db);
    await fill();
  }, timeoutMs);
  afterAll(() => db.close());
}
