// /metrics and request ids on the served product: admins (and only admins) scrape it on the main port, a scraper
// without a token on the loopback metrics port; its counters move with the requests sent here; every answer carries
// an X-Request-Id; scheduled backups appear with their age and old ones are pruned.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../server/neo4j-process.js';
import { testDb } from '../support/db.js';
import { sample, scrapeMetrics, servedProduct } from '../support/served.js';
import { loadTrustFixture, TOKENS } from '../support/trust-fixture.js';

const db = testDb();
const backupDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-metrics-backups-'));
let metricsPort: number;
const product = servedProduct(db, {
  fill: () => loadTrustFixture(db),
  env: async () => {
    metricsPort = await freePort();
    return { TB_METRICS_PORT: String(metricsPort), TB_BACKUP_DIR: backupDir, TB_BACKUP_EVERY: '1d', TB_BACKUP_KEEP: '2' };
  },
  folders: [backupDir],
});

const gql = (query: string, token?: string, headers: Record<string, string> = {}) =>
  fetch(`${product.running.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query }),
  });

const scrape = () => scrapeMetrics(product);

describe('/metrics', () => {
  it('is refused to viewers and brokers, and served to admins in the Prometheus text format', async () => {
    expect((await fetch(`${product.running.url}/metrics`)).status).toBe(403);
    expect((await fetch(`${product.running.url}/metrics`, { headers: { authorization: `Bearer ${TOKENS.broker}` } })).status).toBe(403);
    const res = await fetch(`${product.running.url}/metrics`, { headers: { authorization: `Bearer ${TOKENS.admin}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toContain('# TYPE tb_graphql_field_requests_total counter');
    expect(text).toContain('# TYPE tb_neo4j_query_duration_seconds histogram');
    expect(text).toContain('tb_process_resident_memory_bytes');
  });

  it('counts root fields by outcome and named queries as requests arrive', async () => {
    const before = await scrape();
    const okBefore = sample(before, 'tb_graphql_field_requests_total', { field: 'stats', outcome: 'OK' });
    const badBefore = sample(before, 'tb_graphql_field_requests_total', { field: 'node', outcome: 'BAD_USER_INPUT' });
    const statsQueriesBefore = sample(before, 'tb_neo4j_queries_total', { query: 'stats', outcome: 'OK' });
    const timedBefore = sample(before, 'tb_graphql_field_duration_seconds_count', { field: 'stats' });
    for (let i = 0; i < 3; i++) expect((await gql('{ stats { nodeCount } }')).status).toBe(200);
    const bad = await (await gql('{ node(id: "") { id } }')).json();
    expect(bad.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const after = await scrape();
    expect(sample(after, 'tb_graphql_field_requests_total', { field: 'stats', outcome: 'OK' })).toBe(okBefore + 3);
    expect(sample(after, 'tb_graphql_field_requests_total', { field: 'node', outcome: 'BAD_USER_INPUT' })).toBe(badBefore + 1);
    expect(sample(after, 'tb_graphql_field_duration_seconds_count', { field: 'stats' })).toBe(timedBefore + 3);
    expect(sample(after, 'tb_neo4j_queries_total', { query: 'stats', outcome: 'OK' })).toBeGreaterThanOrEqual(statsQueriesBefore + 3);
    expect(sample(after, 'tb_http_responses_total', { route: 'graphql', status: '200' })).toBeGreaterThanOrEqual(4);
  });

  it('is served without a token on the loopback metrics port, and nothing else is', async () => {
    const res = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('tb_neo4j_sessions_in_use');
    expect((await fetch(`http://127.0.0.1:${metricsPort}/graphql`)).status).toBe(404);
  });
});

describe('request ids', () => {
  it('answers every request with an X-Request-Id, keeping a well-formed one the caller sent', async () => {
    const own = await gql('{ stats { nodeCount } }', undefined, { 'x-request-id': 'trace-42' });
    expect(own.headers.get('x-request-id')).toBe('trace-42');
    const made = await gql('{ stats { nodeCount } }', undefined, { 'x-request-id': 'bad id with spaces' });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const other = await fetch(`${product.running.url}/nothing-here`);
    expect(other.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('scheduled backups', () => {
  it('writes backups into TB_BACKUP_DIR, keeps the newest TB_BACKUP_KEEP and reports their age', async () => {
    expect(product.running.backups).toBeDefined();
    const before = await scrape();
    expect(before).not.toMatch(/^tb_backup_age_seconds\{/m);
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      made.push((await product.running.backups!.runOnce()).file);
      // File names carry the second; wait for the next one so each run writes a new file.
      const second = Math.floor(Date.now() / 1000);
      while (Math.floor(Date.now() / 1000) === second) await new Promise((r) => setTimeout(r, 50));
    }
    const kept = fs.readdirSync(backupDir).filter((f) => f.endsWith('.tbk.gz')).sort();
    expect(kept).toEqual(made.slice(1).map((f) => path.basename(f)).sort());
    const age = sample(await scrape(), 'tb_backup_age_seconds');
    expect(age).toBeGreaterThanOrEqual(0);
    expect(age).toBeLessThan(3600);
    expect(await scrape()).toMatch(/^tb_backup_age_seconds\{schedule="TB_BACKUP_EVERY"\} \d/m);
  });
});
