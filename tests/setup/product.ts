// Global setup for the e2e tier: the whole product started exactly as `npm start` starts it (embedded Neo4j on a
// free port with a fresh store, schema, demo data, web build when stale, HTTP server on a free port), with one
// broker token configured for the steps that post demands. Teardown sends SIGTERM and waits until the server and
// its Neo4j have exited, so no JVM is left behind.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../server/neo4j-process.js';
import { SERVER_NODE_FLAGS } from '../../server/heap.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    brokerToken: string;
    /** An admin token, for the steps that edit the graph (empty against a product started without one). */
    adminToken: string;
  }
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const READY = /Talent Bridge:\s+(http:\/\/\S+?)\/?\s*$/m;
const START_TIMEOUT_MS = 280_000;
const STOP_TIMEOUT_MS = 60_000;

/** True while any process of the group still exists. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // For a fast loop against a product already running (started with a broker token in TB_TOKENS).
  if (process.env.TB_E2E_BASE_URL) {
    project.provide('baseUrl', process.env.TB_E2E_BASE_URL.replace(/\/+$/, ''));
    project.provide('brokerToken', process.env.TB_E2E_BROKER_TOKEN ?? '');
    project.provide('adminToken', process.env.TB_E2E_ADMIN_TOKEN ?? '');
    return async () => {};
  }
  const product = await startProduct();
  project.provide('baseUrl', product.baseUrl);
  project.provide('brokerToken', product.brokerToken);
  project.provide('adminToken', product.adminToken);
  return product.stop;
}

export interface StartedProduct {
  baseUrl: string;
  brokerToken: string;
  adminToken: string;
  /** Stops the server and its Neo4j and removes the store. */
  stop(): Promise<void>;
}

/**
 * The product with a fresh store of its own. The tier's global set-up starts one that all specs share; a spec whose
 * writes would change what the others see (an import adds people to the demo's firms and pools) starts its own.
 */
export async function startProduct(): Promise<StartedProduct> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'talent-bridge-e2e-'));
  const [port, boltPort] = [await freePort(), await freePort()];
  const brokerToken = crypto.randomBytes(18).toString('base64url');
  const adminToken = crypto.randomBytes(18).toString('base64url');
  // Its own process group, so teardown can check that nothing it started (the JVM included) outlives it.
  // With the Node flags `npm start` gives it (package.json; server/heap.ts), so the tier runs under the same heap limit.
  const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE_FLAGS, '--import', 'tsx', 'server/start.ts'], {
    cwd: ROOT,
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NEO4J_URI: '',
      PORT: String(port),
      NEO4J_BOLT_PORT: String(boltPort),
      TB_DATA_DIR: dataDir,
      TB_NEO4J_HEAP: process.env.TB_NEO4J_HEAP ?? '1g',
      TB_NEO4J_PAGECACHE: process.env.TB_NEO4J_PAGECACHE ?? '256m',
      TB_TOKENS: `e2e-broker:broker:${brokerToken},e2e-admin:admin:${adminToken}`,
      TB_RATE_LIMIT_PER_MINUTE: '100000',
      // The browser needs the web app, whatever the calling environment says.
      TB_BUILD_WEB: 'true',
      NODE_ENV: 'development',
    },
  });
  const pgid = child.pid!;
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const stop = async () => {
    if (groupAlive(pgid)) {
      // The whole group: `npm exec` does not pass SIGTERM on to its child, so signalling npx alone would leave the
      // server and its JVM running. The server stops the JVM itself, and the JVM shuts its store down on SIGTERM.
      try {
        process.kill(-pgid, 'SIGTERM');
      } catch {
        // already gone
      }
      const clean = await waitFor(() => !groupAlive(pgid), STOP_TIMEOUT_MS);
      if (!clean) {
        process.stderr.write(`e2e: the product did not stop within ${STOP_TIMEOUT_MS / 1000}s; killing its process group\n`);
        try {
          process.kill(-pgid, 'SIGKILL');
        } catch {
          // gone meanwhile
        }
        await waitFor(() => !groupAlive(pgid), 10_000);
      }
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 1000))]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the product did not become ready within ${START_TIMEOUT_MS / 1000}s:\n${output}`)), START_TIMEOUT_MS);
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const m = READY.exec(output);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`the product exited (code ${code}) before it was ready:\n${output}`));
      });
    });
    return { baseUrl: url, brokerToken, adminToken, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
