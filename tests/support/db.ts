// Test access to the real Neo4j that the global setup started: a Db gateway, a way to empty the graph between
// files, and the schema applied.
import { inject } from 'vitest';
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

/** Empties the graph in batches (large imports do not fit one transaction) and applies the schema. */
export async function resetGraph(db: Db): Promise<void> {
  for (;;) {
    const [row] = await db.runText('MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS c', {}, 'WRITE');
    if (!row || Number(row.c) === 0) break;
  }
  await db.applySchema();
}
