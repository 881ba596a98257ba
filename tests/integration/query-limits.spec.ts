// The GraphQL limits (graphql-armor and the cost budget of server/plugins/cost.ts, in server/yoga.ts): every
// document the web app sends passes them, and abusive requests (too many aliases, too deep, too costly, too many
// tokens, too much work) fail with a typed error code before any resolver runs.
import { describe, expect, it } from 'vitest';
import * as documents from '../../web/src/core/api/documents.js';
import { createApp, type App } from '../../server/yoga.js';
import { testConfig, testDb, withGraph } from '../support/db.js';

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

withGraph(db, async () => {
  app = await createApp({ config: testConfig(), db });
});

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

  it("keep the web app's largest requests within an anonymous viewer's cost budget", async () => {
    // The largest values each view can send (web/src/config.ts bounds, the argument maxima otherwise); on an empty
    // graph the requests fail later (NOT_FOUND, BAD_USER_INPUT), but never on cost.
    const largest: Array<[string, string, Record<string, unknown>]> = [
      ['NEIGHBOURHOOD', documents.NEIGHBOURHOOD, { id: 'x', depth: 1, limitPerType: 500 }],
      ['PATHS', documents.PATHS, { from: 'a', to: 'b', k: 10, maxHops: 8 }],
      ['BRIDGES', documents.BRIDGES, { from: 'a', to: 'b', maxIntermediaries: 2, limit: 100 }],
      ['RECOMMEND_LABS', documents.RECOMMEND_LABS, { id: 'x', limit: 100 }],
      ['DIASPORA', documents.DIASPORA, { origin: 'x', limit: 5000 }],
      ['SEARCH', documents.SEARCH, { text: 'x', limit: 100 }],
    ];
    for (const [name, query, variables] of largest) {
      const { body } = await post(query, variables);
      expect(body.errors?.map((e) => e.extensions?.code) ?? [], name).not.toContain('COST_LIMIT');
    }
    // Ten aliased bridges, as the armor's cost limit allows them: 10 × 300 = 3,000 under the viewer's 5,000.
    const bridges = await post(`{ ${Array.from({ length: 10 }, (_, i) => `b${i}: bridges(from: "a${i}", to: "b${i}") { score }`).join(' ')} }`);
    expect(bridges.body.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('COST_LIMIT');
  });

  it('refuse work over the budget that the field limits let through', async () => {
    // Ten aliases pass maxAliases; ten depth-3 neighbourhoods with 480 per type are 10 × 11,656 = 116,560.
    const { body } = await post(`{ ${Array.from({ length: 10 }, (_, i) => `n${i}: neighbourhood(id: "x", depth: 3, limitPerType: 480) { nodeCount }`).join(' ')} }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('COST_LIMIT');
    expect(body.data ?? null).toBeNull();
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
