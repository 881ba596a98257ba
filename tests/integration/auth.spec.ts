// Identity and limits through the app as the product serves it (auth, limits and audit plugins installed), on a
// real Neo4j: roles from tokens, 401 on bad tokens, FORBIDDEN for admin-only fields, CORS, body size, rate limit,
// and production mode.
import { describe, expect, it } from 'vitest';
import { createAuth } from '../../server/auth/auth.js';
import { createApp } from '../../server/yoga.js';
import { testConfig, testDb, withGraph } from '../support/db.js';
import { TOKENS, TOKEN_ENV, loadTrustFixture, post, trustApp } from '../support/trust-fixture.js';
import type { App } from '../../server/yoga.js';

const db = testDb();
let app: App;

withGraph(db, async () => {
  await loadTrustFixture(db);
  app = await trustApp(db);
});

describe('identity', () => {
  it('takes the role from the token, anonymous callers being viewers', async () => {
    const roles: Record<string, unknown> = {};
    for (const as of ['anonymous', 'viewer', 'broker', 'admin'] as const) {
      const { body } = await post(app, '{ me { id role seesContactDetails canChange } }', {}, as);
      roles[as] = body.data.me;
    }
    expect(roles).toEqual({
      anonymous: { id: 'anonymous', role: 'viewer', seesContactDetails: false, canChange: false },
      viewer: { id: 'vic', role: 'viewer', seesContactDetails: false, canChange: false },
      broker: { id: 'bea', role: 'broker', seesContactDetails: true, canChange: false },
      admin: { id: 'ada', role: 'admin', seesContactDetails: true, canChange: true },
    });
  });

  it('answers an unknown or malformed token with 401 UNAUTHENTICATED, not as anonymous', async () => {
    for (const authorization of [`Bearer ${TOKENS.admin}x`, 'Bearer ', 'Basic YWRhOnNlY3JldA==', `Token ${TOKENS.admin}`]) {
      const res = await post(app, '{ me { role } }', {}, 'anonymous', { authorization });
      expect(res.status, authorization).toBe(401);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.text).not.toContain('"data"');
    }
  });

  it('marks answers as not to be cached', async () => {
    const res = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKENS.broker}` },
      body: JSON.stringify({ query: '{ me { role } }' }),
    });
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('lets only admins read the audit log (FORBIDDEN otherwise)', async () => {
    for (const as of ['anonymous', 'viewer', 'broker'] as const) {
      const res = await post(app, '{ auditLog(limit: 5) { id } }', {}, as);
      expect(res.body.errors?.[0]?.extensions?.code, as).toBe('FORBIDDEN');
      expect(res.body.data).toBeNull();
    }
    const res = await post(app, '{ auditLog(limit: 5) { id } }', {}, 'admin');
    expect(res.body.errors).toBeUndefined();
    expect(Array.isArray(res.body.data.auditLog)).toBe(true);
  });

  it('refuses mutations to viewers', async () => {
    const res = await post(app, 'mutation { upsertTechArea(input: {id: "tf:ta:x", name: "X"}) { id } }', {}, 'viewer');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [row] = await db.runText('MATCH (n:Entity {id: "tf:ta:x"}) RETURN count(n) AS c');
    expect(row!.c).toBe(0);
  });
});

describe('limits', () => {
  it('allows same-origin requests and configured origins, refuses others with 403', async () => {
    // Same origin is the server's own (loopback on its port), never whatever Host says (issue 18, finding 15).
    const same = await post(app, '{ me { role } }', {}, 'anonymous', { origin: 'http://127.0.0.1:4000' });
    expect(same.status).toBe(200);
    const evil = await post(app, '{ me { role } }', {}, 'anonymous', { origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
    expect(evil.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const open = await trustApp(db, { TB_CORS_ORIGINS: 'https://app.example' });
    const listed = await open.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://app.example' },
      body: JSON.stringify({ query: '{ me { role } }' }),
    });
    expect(listed.status).toBe(200);
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(listed.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await open.fetch('http://test/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers bodies over TB_MAX_BODY_BYTES with 413, with or without Content-Length', async () => {
    const small = await trustApp(db, { TB_MAX_BODY_BYTES: '2048' });
    const big = JSON.stringify({ query: `{ search(text: "${'x'.repeat(4000)}") { score } }` });
    const streamed = await small.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const declared = await small.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(big)) },
      body: big,
    });
    expect(declared.status).toBe(413);
    const ok = await post(small, '{ me { role } }');
    expect(ok.status).toBe(200);
  });

  it('answers callers over TB_RATE_LIMIT_PER_MINUTE with 429 RATE_LIMITED, per token', async () => {
    const limited = await trustApp(db, { TB_RATE_LIMIT_PER_MINUTE: '5' });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await post(limited, '{ me { role } }', {}, 'broker')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const refused = await post(limited, '{ me { role } }', {}, 'broker');
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // Another caller has its own allowance.
    expect((await post(limited, '{ me { role } }', {}, 'admin')).status).toBe(200);
  });

  it('counts failed token guesses against the caller address', async () => {
    const limited = await trustApp(db, { TB_RATE_LIMIT_PER_MINUTE: '3' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(limited, '{ me { role } }', {}, 'anonymous', { authorization: `Bearer guess-${i}` })).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });
});

describe('production mode', () => {
  it('refuses to start without configured tokens', async () => {
    await expect(createAuth(testConfig({ NODE_ENV: 'production' }), db)).rejects.toThrow(/needs configured tokens/);
  });

  it('turns off GraphiQL and introspection', async () => {
    const config = testConfig({ NODE_ENV: 'production', TB_TOKENS: TOKEN_ENV });
    expect(config.graphiql).toBe(false);
    const auth = await createAuth(config, db);
    const prod = await createApp({ config, db, resolveViewer: auth.resolveViewer, extraPlugins: auth.plugins });
    const introspection = await post(prod, '{ __schema { types { name } } }', {}, 'admin');
    expect(introspection.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.text).not.toContain('AuditEvent');
    const page = await prod.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
    expect((await post(prod, '{ me { role } }', {}, 'admin')).body.data.me.role).toBe('admin');
  });

  it('keeps introspection in development', async () => {
    const res = await post(app, '{ __type(name: "AuditEvent") { name } }');
    expect(res.body.data.__type.name).toBe('AuditEvent');
  });
});
