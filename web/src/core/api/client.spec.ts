import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createClient } from './client.js';

// A tiny real HTTP server standing in for the API's transport: each path answers one way.
let server: http.Server;
let base = '';
const seen: { url: string; headers: http.IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ url: req.url ?? '', headers: req.headers, body });
      const path = (req.url ?? '').split('?')[0];
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (path === '/ok') json(200, { data: { hello: 'world' } });
      else if (path === '/bad-input') json(200, { data: null, errors: [{ message: 'k must be between 1 and 10', extensions: { code: 'BAD_USER_INPUT' } }] });
      else if (path === '/masked') json(200, { errors: [{ message: 'Unexpected error.' }] });
      else if (path === '/unavailable') json(503, { errors: [{ message: 'Neo4j is unavailable', extensions: { code: 'UNAVAILABLE' } }] });
      else if (path === '/html') {
        res.writeHead(502, { 'content-type': 'text/html' });
        res.end('<html>bad gateway</html>');
      } else if (path === '/nodata') json(200, {});
      else json(404, {});
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

function client(path: string, token: string | null = null, lang: 'zh' | 'en' = 'en') {
  return createClient({ url: `${base}${path}`, lang: () => lang, token: () => token });
}

async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

describe('GraphQL client', () => {
  it('posts the document with variables, language and token', async () => {
    const data = await client('/ok', 'secret-token', 'en')<{ hello: string }>('query { hello }', { a: 1 });
    expect(data.hello).toBe('world');
    const last = seen.at(-1)!;
    expect(last.url).toBe('/ok?lang=en');
    expect(last.headers.authorization).toBe('Bearer secret-token');
    expect(last.headers['accept-language']).toBe('en');
    expect(JSON.parse(last.body)).toEqual({ query: 'query { hello }', variables: { a: 1 } });
    await client('/ok', null, 'zh')('query { hello }');
    expect(seen.at(-1)!.headers.authorization).toBeUndefined();
    expect(seen.at(-1)!.headers['accept-language']).toBe('zh-CN');
  });

  it('turns every kind of failure into an ApiError with a code and words', async () => {
    const bad = await failure(client('/bad-input')('q'));
    expect([bad.code, bad.detail]).toEqual(['BAD_USER_INPUT', 'k must be between 1 and 10']);
    expect((await failure(client('/masked')('q'))).code).toBe('INTERNAL');
    const down = await failure(client('/unavailable')('q'));
    expect([down.code, down.status]).toEqual(['UNAVAILABLE', 503]);
    const html = await failure(client('/html')('q'));
    expect(html.code).toBe('INTERNAL');
    expect(html.detail).toContain('502');
    expect((await failure(client('/nodata')('q'))).code).toBe('BAD_RESPONSE');
    const closed = await failure(createClient({ url: 'http://127.0.0.1:9/graphql', lang: () => 'zh', token: () => null })('q'));
    expect(closed.code).toBe('NETWORK');
  });

  it('lets an aborted request reject as an abort, not as an API error', async () => {
    const ctl = new AbortController();
    ctl.abort();
    await expect(client('/ok')('q', {}, ctl.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });
});
