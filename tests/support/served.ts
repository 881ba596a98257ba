// The served product on a real port for an integration file: before its tests the graph is emptied and filled and
// the server listens with the trust fixture's tokens (server/index.ts serve, the way `npm start` serves); after
// them it closes, with the gateway and the file's own folders. Also /metrics as an admin scrapes it.
import fs from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import { createAuth } from '../../server/auth/auth.js';
import type { Db } from '../../server/db.js';
import { serve, type Running } from '../../server/index.js';
import { freePort } from '../../server/neo4j-process.js';
import { resetGraph, testConfig } from './db.js';
import { TOKEN_ENV, TOKENS } from './trust-fixture.js';

export interface ServedProduct {
  /** The listening server; set once the file's set-up has run. */
  running: Running;
}

export function servedProduct(
  db: Db,
  opts: { env?: () => NodeJS.ProcessEnv | Promise<NodeJS.ProcessEnv>; fill?: () => Promise<unknown>; folders?: string[] } = {},
): ServedProduct {
  const product = {} as ServedProduct;
  beforeAll(async () => {
    await resetGraph(db);
    await opts.fill?.();
    const config = testConfig({ TB_TOKENS: TOKEN_ENV, PORT: String(await freePort()), ...(await opts.env?.()) });
    const auth = await createAuth(config, db);
    product.running = await serve(config, db, { resolveViewer: auth.resolveViewer, extraPlugins: auth.plugins });
  });
  afterAll(async () => {
    await product.running?.close();
    await db.close();
    for (const folder of opts.folders ?? []) fs.rmSync(folder, { recursive: true, force: true });
  });
  return product;
}

/** /metrics on the main port with the admin token. */
export async function scrapeMetrics(product: ServedProduct): Promise<string> {
  const res = await fetch(`${product.running.url}/metrics`, { headers: { authorization: `Bearer ${TOKENS.admin}` } });
  expect(res.status).toBe(200);
  return res.text();
}

/** The value of one sample (`name{labels} value`) whose labels include these, or 0 when the series is absent. */
export function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  return samples(text, name, labels)[0] ?? 0;
}

/** Every value of the series `name` whose labels include these (none when it is absent). */
export function samples(text: string, name: string, labels: Record<string, string> = {}): number[] {
  const found: number[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const braces = /\{([^}]*)\}/.exec(line)?.[1] ?? '';
    const have = Object.fromEntries([...braces.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) found.push(Number(line.slice(line.lastIndexOf(' ') + 1)));
  }
  return found;
}
