// Attacks on the HTTP boundary and on authentication, each sent as an outsider would send it, against the real HTTP
// server that `serve()` starts (raw paths go through node:http, which sends them byte for byte, unlike fetch). One
// test per finding of issue 18 it covers (1, 3, 4, 10-15), each with the request and the answer expected.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth } from '../../server/auth/auth.js';
import { ConfigError, PROJECT_ROOT, loadConfig } from '../../server/config.js';
import { WEB_DIST, serve, type Running } from '../../server/index.js';
import { freePort } from '../../server/neo4j-process.js';
import type { App } from '../../server/yoga.js';
import { resetGraph, testConfig, testDb } from '../support/db.js';
import { TOKENS, TOKEN_ENV, loadTrustFixture, post, trustApp } from '../support/trust-fixture.js';

const db = testDb();
let running: Running;
let port: number;

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  body: any;
}

/** Sends one request with `target` exactly as written (no URL normalisation on the way). */
function raw(method: string, target: string, options: { headers?: Record<string, string>; body?: string } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: target, headers: options.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: any;
        try {
          body = JSON.parse(text);
        } catch {
          body = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const jsonPost = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => ({
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify({ query, variables }),
});

/** JSON text of a value nested `depth` levels deep, written as text: JSON.stringify itself would overflow. */
function nestedJson(depth: number): string {
  const open: string[] = [];
  for (let i = depth - 1; i >= 0; i--) open.push(i % 2 ? '{"inner":' : '[');
  const close = open.map((o) => (o === '[' ? ']' : '}')).reverse();
  return `${open.join('')}{"role":"leaf"}${close.join('')}`;
}

beforeAll(async () => {
  await resetGraph(db);
  await loadTrustFixture(db);
  port = await freePort();
  const config = testConfig({ TB_TOKENS: TOKEN_ENV, TB_RATE_LIMIT_PER_MINUTE: '100000', PORT: String(port) });
  const auth = await createAuth(config, db);
  running = await serve(config, db, { resolveViewer: auth.resolveViewer, extraPlugins: auth.plugins });
});

afterAll(async () => {
  await running?.close();
  await db.close();
});

async function healthz(): Promise<number> {
  return (await raw('GET', '/healthz')).status;
}

describe('finding 1: a malformed percent-encoding in the path', () => {
  it('is answered 400 and the server (this process) stays up and healthy', async () => {
    expect(await healthz()).toBe(200);
    for (const target of ['/%E0%A4%A', '/%C0', '/assets/%ZZ.js', '/%']) {
      const answer = await raw('GET', target);
      expect(answer.status, target).toBe(400);
      expect(answer.body?.errors?.[0]?.extensions?.code, target).toBe('BAD_REQUEST');
      expect(running.server.listening).toBe(true);
      expect(await healthz(), `healthz after ${target}`).toBe(200);
    }
    // The same server still answers GraphQL afterwards.
    const me = await raw('POST', '/graphql', jsonPost('{ me { role } }'));
    expect(me.body?.data?.me?.role).toBe('viewer');
  });
});

describe('finding 3: GraphQL is executed only at /graphql, where the request gate applies', () => {
  const variants = ['/graphql/', '//graphql', '/x/graphql', '/foo?q=/graphql', '/graphql%2F', '/GRAPHQL'];

  it('answers 404 without executing anything on every other path, whatever the origin and body', async () => {
    for (const target of variants) {
      for (const headers of [{}, { origin: 'https://evil.example' }] as Array<Record<string, string>>) {
        const answer = await raw('POST', target, jsonPost('{ me { role } stats { nodeCount } }', {}, headers));
        expect(answer.status, `${target} ${JSON.stringify(headers)}`).toBe(404);
        expect(answer.body?.data, target).toBeUndefined();
      }
      // A form post (a "simple" cross-site request) and an oversized body are not executed either.
      const form = await raw('POST', target, { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B+me+%7B+role+%7D+%7D' });
      expect(form.status, `form ${target}`).toBe(404);
      const huge = await raw('POST', target, jsonPost(`{ search(text: "${'x'.repeat(300_000)}") { score } }`));
      expect(huge.status, `huge ${target}`).toBe(404);
      // GET with a query string is not executed as GraphQL either.
      const get = await raw('GET', `${target.split('?')[0]}?query=${encodeURIComponent('{ stats { nodeCount } }')}`, { headers: { accept: 'application/json' } });
      expect(get.body?.data, `GET ${target}`).toBeUndefined();
    }
  });

  it('answers 404 at those paths in an app built without serve() too (the gate, not only the router)', async () => {
    const app = await trustApp(db);
    for (const target of ['http://test/graphql/', 'http://test//graphql', 'http://test/x/graphql', 'http://test/foo?q=/graphql']) {
      const res = await app.fetch(target, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://evil.example' }, body: JSON.stringify({ query: '{ me { role } }' }) });
      const body: any = await res.json();
      expect(res.status, target).toBe(404);
      expect(body.errors?.[0]?.extensions?.code, target).toBe('NOT_FOUND');
      expect(body.data, target).toBeUndefined();
    }
  });

  it('still refuses a foreign origin and a form post at /graphql itself', async () => {
    const foreign = await raw('POST', '/graphql', jsonPost('{ me { role } }', {}, { origin: 'https://evil.example' }));
    expect(foreign.status).toBe(403);
    const form = await raw('POST', '/graphql', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B+me+%7B+role+%7D+%7D' });
    expect(form.status).toBe(415);
    const ok = await raw('POST', '/graphql', jsonPost('{ me { role } }'));
    expect(ok.status).toBe(200);
    expect(ok.headers['cache-control']).toBe('no-store');
  });
});

describe('finding 4: static files are confined to the web build by whole path segments', () => {
  // Siblings whose names begin with the build folder's name, as a stale copy or an env file beside it would.
  const stamp = `${process.pid}-${Date.now()}`;
  const siblingDir = `${WEB_DIST}-hostile-${stamp}`;
  const siblingFile = `${WEB_DIST}-hostile-${stamp}.env`;
  const SECRET = `not-for-the-web-${stamp}`;

  beforeAll(() => {
    fs.mkdirSync(siblingDir, { recursive: true });
    fs.writeFileSync(path.join(siblingDir, 'x.txt'), SECRET);
    fs.writeFileSync(siblingFile, SECRET);
  });
  afterAll(() => {
    fs.rmSync(siblingDir, { recursive: true, force: true });
    fs.rmSync(siblingFile, { force: true });
  });

  it('never serves a sibling path that merely begins with the build folder name', async () => {
    const dirName = path.basename(siblingDir);
    const fileName = path.basename(siblingFile);
    for (const target of [
      `/..%2F${dirName}%2Fx.txt`,
      `/..%2f${dirName}%2fx.txt`,
      `/..%2F${fileName}`,
      `/..%2f${fileName}`,
      `/%2E%2E%2F${fileName}`,
      `/assets/..%2F..%2F${fileName}`,
      `/..%5C${fileName}`,
    ]) {
      const answer = await raw('GET', target);
      expect(answer.text, target).not.toContain(SECRET);
      expect(answer.status, target).toBe(404);
    }
    expect(await healthz()).toBe(200);
  });

  it('still serves the files of its web root, and index.html for client-side routes', async () => {
    // A web root of its own (web/dist may not be built here), with a sibling that shares its name's prefix.
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-hostile-http-'));
    const root = path.join(base, 'dist');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.mkdirSync(path.join(base, 'dist-old'));
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
    fs.writeFileSync(path.join(root, 'assets', 'a b.js'), 'console.log(1);');
    fs.writeFileSync(path.join(base, 'dist-old', 'x.txt'), SECRET);
    const config = testConfig({ TB_TOKENS: TOKEN_ENV, PORT: String(await freePort()) });
    const auth = await createAuth(config, db);
    const own = await serve(config, db, { resolveViewer: auth.resolveViewer, extraPlugins: auth.plugins, webRoot: root });
    const get = async (target: string) => {
      const res = await fetch(`${own.url}${target}`);
      return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
    };
    try {
      for (const target of ['/', '/explore/some%20node', '/index.html']) {
        expect(await get(target), target).toMatchObject({ status: 200, text: '<!doctype html><title>app</title>' });
      }
      expect(await get('/assets/a%20b.js')).toEqual({ status: 200, type: 'text/javascript; charset=utf-8', text: 'console.log(1);' });
      const escape = await get('/..%2Fdist-old%2Fx.txt');
      expect(escape.status).toBe(404);
      expect(escape.text).not.toContain(SECRET);
    } finally {
      await own.close();
      fs.rmSync(base, { recursive: true, force: true });
    }
  });
});

describe('finding 10: deep or huge JSON variables', () => {
  async function refusedChanges(operation: string): Promise<Array<Record<string, unknown>>> {
    return db.runText('MATCH (e:AuditEvent {operation: $operation}) RETURN e.actor AS actor, e.status AS status, e.errorCodes AS codes, e.variables AS variables', {
      operation,
    });
  }

  it('refuses a 5,000-deep variable early with BAD_USER_INPUT naming it, and audits the refused change', async () => {
    const query = 'mutation DeepProps($p: JSON) { link(type: "KNOWS", from: "tf:person:li", to: "tf:person:zhao", properties: $p) { type } }';
    const body = `{"query": ${JSON.stringify(query)}, "operationName": "DeepProps", "variables": {"p": ${nestedJson(5000)}}}`;
    const answer = await raw('POST', '/graphql', { headers: { 'content-type': 'application/json' }, body });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(answer.body.errors[0].message).toMatch(/\$p/);
    expect(answer.body.errors[0].message).toMatch(/deeper than \d+/);
    const events = await refusedChanges('DeepProps');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: 'anonymous', status: 'failed', codes: ['BAD_USER_INPUT'] });
    // The refused value is not stored in the audit record either.
    expect(String(events[0]!.variables).length).toBeLessThan(500);
    expect(await healthz()).toBe(200);
  });

  it('refuses a variable with too many values, and keeps ordinary variables working', async () => {
    const wide = Array.from({ length: 30_000 }, () => 0);
    const answer = await raw('POST', '/graphql', jsonPost('mutation WideProps($p: JSON) { link(type: "KNOWS", from: "tf:person:li", to: "tf:person:zhao", properties: $p) { type } }', { p: wide }));
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(answer.body.errors[0].message).toMatch(/\$p/);
    expect(await refusedChanges('WideProps')).toHaveLength(1);
    const fine = await raw('POST', '/graphql', jsonPost('query Fine($t: String!) { search(text: $t) { score } }', { t: '铝' }));
    expect(fine.status).toBe(200);
    expect(fine.body.errors).toBeUndefined();
  });
});

describe('finding 11: no suggestions in production', () => {
  let prod: App;
  beforeAll(async () => {
    prod = await trustApp(db, { NODE_ENV: 'production' });
  });

  it('names the wrong enum value, argument or field without suggesting the right one', async () => {
    const answers = [
      await post(prod, '{ search(text: "铝", types: [Persn]) { score } }'),
      await post(prod, 'query($t: [NodeType!]) { search(text: "铝", types: $t) { score } }', { t: ['Persn'] }),
      await post(prod, '{ serch(text: "铝") { score } }'),
      await post(prod, '{ search(txt: "铝") { score } }'),
    ];
    for (const a of answers) {
      expect(a.body.errors?.length, a.text).toBeGreaterThan(0);
      expect(a.text).not.toMatch(/Did you mean/i);
      for (const e of a.body.errors!) expect(typeof e.extensions?.code).toBe('string');
    }
    expect(answers[0]!.text).toContain('Persn');
    expect(answers[1]!.text).toContain('Persn');
    // Development keeps the suggestions that help while writing queries.
    const dev = await trustApp(db);
    expect((await post(dev, '{ search(text: "铝", types: [Persn]) { score } }')).text).toMatch(/Did you mean/);
  });
});

describe('finding 12: prototype keys in link properties', () => {
  it('refuses __proto__, constructor and other inherited names as unknown properties and writes nothing', async () => {
    const query = 'mutation($p: JSON) { link(type: "KNOWS", from: "tf:person:li", to: "tf:person:zhao", properties: $p) { type } }';
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      // Written as JSON text, as a client would send it: JSON.parse makes "__proto__" an own key.
      const body = `{"query": ${JSON.stringify(query)}, "variables": {"p": {"${key}": {"strength": 0.5}}}}`;
      const res = await raw('POST', '/graphql', { headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKENS.admin}` }, body });
      expect(res.body?.data?.link ?? null, key).toBeNull();
      expect(res.body?.errors?.[0]?.extensions?.code, key).toBe('BAD_USER_INPUT');
      expect(res.body?.errors?.[0]?.message, key).toContain(`properties.${key}`);
    }
    const rels = await db.runText('MATCH (:Person {id: "tf:person:li"})-[r:KNOWS]-(:Person {id: "tf:person:zhao"}) RETURN count(r) AS n');
    expect(Number(rels[0]!.n)).toBe(0);
  });
});

describe('finding 13: no secret in a start-up error', () => {
  const secret = 'tiny-Secret-4711';

  it('names TB_JWT_SECRET and its problem without printing the value', () => {
    let error: unknown;
    try {
      loadConfig({ TB_JWT_SECRET: secret });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^TB_JWT_SECRET .*32 characters/);
    expect((error as Error).message).not.toContain(secret);
    // Nor a password inside a malformed NEO4J_URI.
    expect(() => loadConfig({ NEO4J_URI: 'http://neo4j:pa55word-x@db:7687' })).toThrow(/^NEO4J_URI/);
    expect(() => loadConfig({ NEO4J_URI: 'http://neo4j:pa55word-x@db:7687' })).not.toThrow(/pa55word-x/);
  });

  it('the server started with that secret exits with one line that does not contain it', () => {
    const run = spawnSync(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['server/index.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, TB_JWT_SECRET: secret, NEO4J_URI: 'bolt://127.0.0.1:1', NODE_ENV: 'development' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/TB_JWT_SECRET/);
    expect(run.stderr + run.stdout).not.toContain(secret);
  });
});

describe('finding 14: JWTs must expire', () => {
  const secret = 'hostile-http-jwt-secret-0123456789abcdef';
  const key = new TextEncoder().encode(secret);
  const sign = (build: (j: SignJWT) => SignJWT) => build(new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setSubject('mallory')).sign(key);
  const me = async (app: App, token: string) => post(app, '{ me { id role } }', {}, 'anonymous', { authorization: `Bearer ${token}` });

  it('refuses a token without exp (it would never expire) and accepts one with exp', async () => {
    const app = await trustApp(db, { TB_JWT_SECRET: secret });
    const forever = await me(app, await sign((j) => j.setIssuedAt()));
    expect(forever.status).toBe(401);
    expect(forever.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(forever.body.errors?.[0]?.message).toMatch(/exp/);
    const bounded = await me(app, await sign((j) => j.setIssuedAt().setExpirationTime('10m')));
    expect(bounded.body.data?.me).toEqual({ id: 'jwt:mallory', role: 'admin' });
  });

  it('with TB_JWT_MAX_AGE, refuses tokens issued longer ago than that even when exp is far away', async () => {
    const app = await trustApp(db, { TB_JWT_SECRET: secret, TB_JWT_MAX_AGE: '1h' });
    const now = Math.floor(Date.now() / 1000);
    const old = await me(app, await sign((j) => j.setIssuedAt(now - 2 * 3600).setExpirationTime(now + 365 * 86400)));
    expect(old.status).toBe(401);
    const noIat = await me(app, await sign((j) => j.setExpirationTime('10m')));
    expect(noIat.status).toBe(401);
    // Within the maximum age a token without exp is bounded by it, so it is accepted.
    const fresh = await me(app, await sign((j) => j.setIssuedAt(now - 60)));
    expect(fresh.body.data?.me?.role).toBe('admin');
  });
});

describe('finding 15: the origin check does not trust Host', () => {
  it('refuses a foreign origin even when Host names the same host (DNS rebinding)', async () => {
    for (const host of [`evil.example:${port}`, 'evil.example']) {
      const answer = await raw('POST', '/graphql', jsonPost('{ me { role } }', {}, { host, origin: `http://${host}` }));
      expect(answer.status, host).toBe(403);
      expect(answer.body?.data).toBeUndefined();
    }
  });

  it('allows the server’s own loopback origin, as the web app sends it, and configured origins', async () => {
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      const answer = await raw('POST', '/graphql', jsonPost('{ me { role } }', {}, { origin }));
      expect(answer.status, origin).toBe(200);
    }
    const app = await trustApp(db, { TB_PUBLIC_ORIGIN: 'https://talent.example.org', TB_CORS_ORIGINS: 'https://partner.example' });
    for (const [origin, status] of [
      ['https://talent.example.org', 200],
      ['https://partner.example', 200],
      ['https://talent.example.org.evil.example', 403],
    ] as const) {
      const answer = await post(app, '{ me { role } }', {}, 'anonymous', { origin, host: new URL(origin).host });
      expect(answer.status, origin).toBe(status);
    }
  });
});
