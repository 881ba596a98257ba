// A throw-away Neo4j for one evaluation split: the embedded launcher on a free port with a temporary store, the db
// gateway, and the product's GraphQL app (createApp) so that every ranking under test is asked through the API, as a
// user would ask it. Rate limits are lifted: the harness sends thousands of questions in a row.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, loadNeo4jConnection } from '../../server/config.js';
import { Db } from '../../server/db.js';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/neo4j-process.js';
import { createApp, type App } from '../../server/yoga.js';

export interface EvalStore {
  db: Db;
  app: App;
  close(): Promise<void>;
}

export async function openStore(opts: { heap: string; pageCache: string; log: (line: string) => void }): Promise<EvalStore> {
  let neo4j: EmbeddedNeo4j | null = null;
  let dataDir: string | null = null;
  const connection = loadNeo4jConnection();
  let uri = connection.uri;
  if (!uri) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'talent-bridge-eval-'));
    neo4j = await startEmbeddedNeo4j({ boltPort: await freePort(), dataDir, heap: opts.heap, pageCache: opts.pageCache });
    uri = neo4j.uri;
    opts.log(`Neo4j started at ${uri} on a temporary store`);
  }
  const db = Db.create({
    uri,
    username: connection.username,
    password: connection.password,
    database: connection.database,
    // Imports and the heaviest recommendation on a hub firm may take longer than a product request.
    queryTimeoutMs: 120_000,
  });
  await db.verify();
  const config = loadConfig({ NODE_ENV: 'test', TB_LOAD_DEMO: 'false', TB_RATE_LIMIT_PER_MINUTE: '1000000' });
  const app = await createApp({ config, db, resolveViewer: () => ({ role: 'viewer', id: 'eval' }) });
  return {
    db,
    app,
    async close() {
      await db.close();
      if (neo4j) await neo4j.stop();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Empties the graph in bounded transactions and applies the schema, so one Neo4j serves every split in turn. */
export async function emptyGraph(db: Db): Promise<void> {
  for (const text of ['MATCH ()-[r]->() WITH r LIMIT 50000 DELETE r RETURN count(*) AS c', 'MATCH (n) WITH n LIMIT 50000 DETACH DELETE n RETURN count(*) AS c']) {
    for (;;) {
      const [row] = await db.runText(text, {}, 'WRITE');
      if (!row || Number(row.c) === 0) break;
    }
  }
  await db.applySchema();
}

export class ApiError extends Error {}

/** One GraphQL call through the app; any error in the answer stops the run (a harness must not score failures as misses silently). */
export async function gql<T>(app: App, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await app.fetch('http://eval/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data) throw new ApiError(`GraphQL error for ${JSON.stringify(variables)}: ${body.errors?.[0]?.message ?? 'no data'}`);
  return body.data;
}
