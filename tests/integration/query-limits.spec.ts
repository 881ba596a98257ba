// The GraphQL limits (graphql-armor in server/yoga.ts): every document the web app sends passes them, and abusive
// requests (too many aliases, too deep, too costly, too many tokens) fail with a typed error code before any
// resolver runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as documents from '../../web/src/core/api/documents.js';
import { createApp, type App } from '../../server/yoga.js';
import { resetGraph, testConfig, testDb } from '../support/db.js';

const db = testDb();
let app: App;

async function post(query: string, variables: Record<string, unknown> = {}) {
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}

const LIMIT_CODES = ['QUERY_TOO_COMPLEX', 'GRAPHQL_PARSE_FAILED'];
const limitErrors = (errors: Array<{ message: string }> | undefined) =>
  (errors ?? []).filter((e) => /limit of \d+ exceeded|Query Cost limit|Token limit/i.test(e.message));

const BRIDGE_FIELDS = 'kind score reasons reasonDetails { code zh en } intermediaries { id name } path { length nodes { id name } relationships { type from to } }';

beforeAll(async () => {
  await resetGraph(db);
  app = await createApp({ config: testConfig(), db });
});
afterAll(() => db.close());

describe('query limits', () => {
  it('let every document of the web app through', async () => {
    const docs = (Object.entries(documents) as Array<[string, unknown]>).filter((e): e is [string, string] => typeof e[1] === 'string' && /^\s*(query|mutation)\b/.test(e[1]));
    expect(docs.length).toBeGreaterThan(5);
    for (const [name, query] of docs) {
      // No variables: the request fails on them later, after the limits have judged the document.
      const { body } = await post(query);
      expect(limitErrors(body.errors), name).toEqual([]);
    }
  });

  it('refuse more than ten aliases', async () => {
    const ten = await post(`{ ${Array.from({ length: 10 }, (_, i) => `a${i}: node(id: "x${i}") { id }`).join(' ')} }`);
    expect(ten.body.errors).toBeUndefined();
    const eleven = await post(`{ ${Array.from({ length: 11 }, (_, i) => `a${i}: node(id: "x${i}") { id }`).join(' ')} }`);
    expect(eleven.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuse requests nested too deep through fragments', async () => {
    const names = Array.from({ length: 16 }, (_, i) => `F${i}`);
    const fragments = names.map((n, i) => `fragment ${n} on Query { ${i + 1 < names.length ? `...${names[i + 1]}` : 'stats { nodeCount }'} }`).join('\n');
    const { body } = await post(`query { ...F0 }\n${fragments}`);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.data ?? null).toBeNull();
  });

  it('refuse costly requests, even when the repeated selections would merge', async () => {
    const { body } = await post(`{ bridges(from: "a", to: "b") { ${'...B '.repeat(60)} } }\nfragment B on Bridge { ${BRIDGE_FIELDS} }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors?.[0]?.message).toMatch(/Cost limit/);
  });

  it('refuse documents with too many tokens, with a typed error', async () => {
    const { status, body } = await post(`{ ${'__typename '.repeat(2500)} }`);
    expect(status).toBeLessThan(500);
    expect(LIMIT_CODES).toContain(body.errors?.[0]?.extensions?.code);
    expect(body.errors?.[0]?.message).toMatch(/Token limit/);
  });
});
