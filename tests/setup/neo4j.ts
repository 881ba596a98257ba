// Global setup for the db tier: a real Neo4j for every test file. Uses the server NEO4J_URI names, or starts the
// embedded launcher on a free port with a temporary data folder and removes it afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startEmbeddedNeo4j } from '../../server/neo4j-process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) {
    project.provide('neo4jUri', process.env.NEO4J_URI);
    return async () => {};
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'talent-bridge-test-'));
  const neo4j = await startEmbeddedNeo4j({
    boltPort: await freePort(),
    dataDir,
    heap: process.env.TB_NEO4J_HEAP ?? '2g',
    pageCache: process.env.TB_NEO4J_PAGECACHE ?? '512m',
  });
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
