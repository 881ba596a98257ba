// Tokens, JWTs, the rate limiter, origins and masking rules, without a database.
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { AuthError, createAuthenticator, hashToken, parseTokens, preflightAuth } from '../../server/auth/auth.js';
import { hasRole, requireRole } from '../../server/auth/guard.js';
import { anonymousLabel, displayName, stripPersonal, visibleNodeProperties, visibleRelProperties } from '../../server/auth/masking.js';
import { MAX_VARIABLE_DEPTH, MAX_VARIABLE_VALUES, RateLimiter, originAllowed, ownOrigins, variablesProblem } from '../../server/plugins/limits.js';
import { loadConfig } from '../../server/config.js';
import { PERSONAL_FIELDS } from '../../server/model/model.js';

const req = (headers: Record<string, string> = {}, url = 'http://api.example/graphql') => new Request(url, { headers });

describe('token entries', () => {
  it('parses name:role:token entries and keeps only hashes', () => {
    const entries = parseTokens('alice:broker:alice-secret-123456789\n# comment\n\nops:admin:sha256:' + hashToken('x'.repeat(20)), 'TB_TOKENS');
    expect(entries).toEqual([
      { name: 'alice', role: 'broker', hash: hashToken('alice-secret-123456789'), line: 1 },
      { name: 'ops', role: 'admin', hash: hashToken('x'.repeat(20)), line: 4 },
    ]);
    expect(JSON.stringify(entries)).not.toContain('alice-secret');
  });

  it('names the entry and what is wrong with it', () => {
    expect(() => parseTokens('alice:boss:alice-secret-123456789', 'TB_TOKENS')).toThrow(/^TB_TOKENS: entry 1 has an unknown role, expected viewer, broker or admin$/);
    expect(() => parseTokens('a:viewer:x,b:broker:short', 'tokens.txt')).toThrow(/^tokens.txt: entry 1: token is shorter than 16/);
    expect(() => parseTokens('justonefield', 'TB_TOKENS')).toThrow(/entry 1 must be name:role:token/);
    expect(() => parseTokens('a:admin:sha256:abc', 'TB_TOKENS')).toThrow(/64 hex digits/);
    expect(() => parseTokens('a:admin:aaaaaaaaaaaaaaaaaa,a:viewer:bbbbbbbbbbbbbbbbbbbb', 'TB_TOKENS')).toThrow(/^TB_TOKENS: entry 2: its name is used twice \(as in entry 1\)$/);
  });

  it('never quotes what could be the token of a misordered entry', () => {
    const token = 'Zq8secretTokenValue0123';
    for (const text of [`${token}:admin:short`, `${token}:admin:sha256:abc`, `alice:${token}:more`, `${token}+/=:admin:x`, `${token}:admin:x,${token}:viewer:y`]) {
      let message = '';
      try {
        parseTokens(text, 'TB_TOKENS');
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message, text).toMatch(/^TB_TOKENS: entry \d/);
      expect(message, text).not.toContain(token);
    }
  });

  it('refuses production without tokens, and a generated token on a public address', () => {
    expect(() => preflightAuth(loadConfig({ NODE_ENV: 'production' }))).toThrow(/NODE_ENV=production needs configured tokens/);
    expect(() => preflightAuth(loadConfig({ NODE_ENV: 'development', HOST: '0.0.0.0' }))).toThrow(/HOST=0.0.0.0 exposes/);
    expect(preflightAuth(loadConfig({ NODE_ENV: 'production', HOST: '0.0.0.0', TB_TOKENS: 'a:admin:aaaaaaaaaaaaaaaaaaaa' }))).toHaveLength(1);
    expect(preflightAuth(loadConfig({ NODE_ENV: 'development' }))).toEqual([]);
  });
});

describe('authenticator', () => {
  const secret = 'a-jwt-secret-that-is-long-enough-0123456789';
  const authenticate = createAuthenticator(parseTokens('bob:broker:bob-token-0123456789', 't'), secret);
  const jwt = (claims: Record<string, unknown>, key = secret, exp: string | number = '5m') =>
    new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('carol').setIssuedAt().setExpirationTime(exp).sign(new TextEncoder().encode(key));

  it('is anonymous without a header and the token owner with a known token', async () => {
    expect(await authenticate(req())).toEqual({ role: 'viewer', id: 'anonymous' });
    expect(await authenticate(req({ authorization: 'Bearer bob-token-0123456789' }))).toEqual({ role: 'broker', id: 'bob' });
    expect(await authenticate(req({ authorization: 'bearer   bob-token-0123456789' }))).toEqual({ role: 'broker', id: 'bob' });
  });

  it('refuses unknown tokens and other schemes instead of downgrading to anonymous', async () => {
    for (const header of ['Bearer nope', 'Basic Ym9iOnNlY3JldA==', 'Bearer', 'Bearer a b', 'bob-token-0123456789']) {
      await expect(authenticate(req({ authorization: header })), header).rejects.toBeInstanceOf(AuthError);
    }
  });

  it('accepts an HS256 JWT with a role claim, and refuses a bad signature, an expired token or a missing role', async () => {
    expect(await authenticate(req({ authorization: `Bearer ${await jwt({ role: 'admin' })}` }))).toEqual({ role: 'admin', id: 'jwt:carol' });
    await expect(authenticate(req({ authorization: `Bearer ${await jwt({ role: 'admin' }, 'another-secret-that-is-long-enough-999')}` }))).rejects.toThrow(/not valid/);
    await expect(authenticate(req({ authorization: `Bearer ${await jwt({ role: 'admin' }, secret, Math.floor(Date.now() / 1000) - 60)}` }))).rejects.toThrow(/expired/);
    await expect(authenticate(req({ authorization: `Bearer ${await jwt({ role: 'root' })}` }))).rejects.toThrow(/role claim/);
    await expect(authenticate(req({ authorization: `Bearer ${await jwt({})}` }))).rejects.toThrow(/role claim/);
  });

  it('refuses a JWT that would never expire, naming the missing claim', async () => {
    const forever = await new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setSubject('carol').setIssuedAt().sign(new TextEncoder().encode(secret));
    await expect(authenticate(req({ authorization: `Bearer ${forever}` }))).rejects.toThrow(/no exp claim/);
  });

  it('with a maximum age, bounds every JWT by its iat and needs one', async () => {
    const bounded = createAuthenticator([], secret, 3600);
    const now = Math.floor(Date.now() / 1000);
    const sign = (iat: number | undefined, exp: number | undefined) => {
      const j = new SignJWT({ role: 'broker' }).setProtectedHeader({ alg: 'HS256' }).setSubject('dave');
      if (iat !== undefined) j.setIssuedAt(iat);
      if (exp !== undefined) j.setExpirationTime(exp);
      return j.sign(new TextEncoder().encode(secret));
    };
    expect(await bounded(req({ authorization: `Bearer ${await sign(now - 60, undefined)}` }))).toEqual({ role: 'broker', id: 'jwt:dave' });
    await expect(bounded(req({ authorization: `Bearer ${await sign(now - 7200, now + 86400)}` }))).rejects.toThrow(/expired/);
    await expect(bounded(req({ authorization: `Bearer ${await sign(undefined, now + 600)}` }))).rejects.toThrow(/no iat claim/);
    await expect(bounded(req({ authorization: `Bearer ${await sign(now + 7200, undefined)}` }))).rejects.toBeInstanceOf(AuthError);
  });

  it('refuses a JWT signed with "none"', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ role: 'admin', sub: 'x' })).toString('base64url');
    await expect(authenticate(req({ authorization: `Bearer ${header}.${body}.` }))).rejects.toBeInstanceOf(AuthError);
  });
});

describe('roles', () => {
  it('orders viewer < broker < admin', () => {
    const as = (role: 'viewer' | 'broker' | 'admin') => ({ viewer: { role, id: role } });
    expect([hasRole(as('viewer'), 'broker'), hasRole(as('broker'), 'broker'), hasRole(as('admin'), 'broker')]).toEqual([false, true, true]);
    expect(() => requireRole(as('broker'), 'admin', 'upsertPerson')).toThrow(/upsertPerson needs the admin role/);
    try {
      requireRole(as('viewer'), 'broker');
    } catch (e) {
      expect((e as { extensions: { code: string } }).extensions.code).toBe('FORBIDDEN');
    }
  });
});

describe('rate limiter', () => {
  it('allows perMinute requests at once, then refills continuously', () => {
    let now = 0;
    const limiter = new RateLimiter(6, () => now);
    for (let i = 0; i < 6; i++) expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBeGreaterThan(0);
    expect(limiter.take('b')).toBe(0); // buckets are per caller
    now += 10_000; // 6 per minute = one every 10 s
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(10);
  });
});

describe('origins', () => {
  it('allows configured origins and the server\'s own, never what Host claims', () => {
    const config = loadConfig({ PORT: '4000', TB_CORS_ORIGINS: 'https://app.example', TB_PUBLIC_ORIGIN: 'https://TB.example.org/' });
    const own = ownOrigins(config);
    expect(new Set(own)).toEqual(new Set(['https://tb.example.org', 'http://127.0.0.1:4000', 'http://localhost:4000', 'http://[::1]:4000']));
    const allowed = [...config.corsOrigins, ...own];
    expect(originAllowed('https://tb.example.org', allowed)).toBe(true);
    expect(originAllowed('https://app.example', allowed)).toBe(true);
    expect(originAllowed('http://127.0.0.1:4000', allowed)).toBe(true);
    // A rebound name on the right port, another port on loopback, and the opaque origin of a sandboxed page.
    for (const origin of ['http://evil.example:4000', 'http://127.0.0.1:4001', 'https://tb.example.org.evil.example', 'null']) {
      expect(originAllowed(origin, allowed), origin).toBe(false);
    }
    // The port the connection arrived at counts when it differs from PORT (PORT=0 picks a free one).
    expect(ownOrigins(config, 51234)).toContain('http://localhost:51234');
    // A specific HOST is an origin of its own; a wildcard HOST is not.
    expect(ownOrigins(loadConfig({ HOST: '10.1.2.3', PORT: '80', TB_TOKENS: 'a:admin:aaaaaaaaaaaaaaaaaaaa' }))).toContain('http://10.1.2.3');
    expect(ownOrigins(loadConfig({ HOST: '0.0.0.0', PORT: '80' })).some((o) => o.includes('0.0.0.0'))).toBe(false);
  });
});

describe('variable limits', () => {
  const deep = (n: number) => {
    let v: unknown = 1;
    for (let i = 0; i < n; i++) v = i % 2 ? { x: v } : [v];
    return v;
  };

  it('measures depth and size without recursion and names the variable', () => {
    expect(variablesProblem({ a: deep(MAX_VARIABLE_DEPTH), b: 'x' })).toBeNull();
    expect(variablesProblem({ a: 1, b: deep(MAX_VARIABLE_DEPTH + 1) })).toBe(`Variable "$b" is nested deeper than ${MAX_VARIABLE_DEPTH} levels`);
    expect(variablesProblem({ p: deep(200_000) })).toMatch(/"\$p" is nested deeper/);
    // Each variable's own value counts as one, so MAX_VARIABLE_VALUES values in all is the most allowed.
    expect(variablesProblem({ l: Array.from({ length: MAX_VARIABLE_VALUES - 1 }, () => 0) })).toBeNull();
    expect(variablesProblem({ l: Array.from({ length: MAX_VARIABLE_VALUES }, () => 0) })).toMatch(/more than \d+ values .*"\$l"/);
    expect(variablesProblem(undefined)).toBeNull();
    expect(variablesProblem('x')).toBeNull();
  });
});

describe('masking rules', () => {
  const viewer = { viewer: { role: 'viewer' as const, id: 'anonymous' }, lang: 'zh' as const };
  const broker = { viewer: { role: 'broker' as const, id: 'b' }, lang: 'en' as const };
  const person = {
    type: 'Person',
    labels: ['Person'],
    name: '王静',
    properties: { name: '王静', email: 'w@x.cn', phone: '1', wechat: 'w', birthday: '1990-01-01', gender: 'f', title: '研究员', consent: true },
  };

  it('drops every personal field for viewers and keeps them for brokers', () => {
    const seen = visibleNodeProperties(person, viewer);
    for (const f of PERSONAL_FIELDS) expect(seen).not.toHaveProperty(f);
    expect(seen).toMatchObject({ title: '研究员' });
    expect(visibleNodeProperties(person, broker)).toEqual(person.properties);
  });

  it('shows a non-consenting person to viewers only as anonymous', () => {
    const hidden = { ...person, properties: { ...person.properties, consent: false } };
    expect(visibleNodeProperties(hidden, viewer)).toEqual({ consent: false });
    expect(displayName(hidden, viewer)).toBe('一位研究人员');
    expect(displayName(hidden, broker)).toBe('王静');
    expect(anonymousLabel({ kind: 'Lab', name: '天目山实验室', nameZh: '天目山实验室', nameEn: null }, 'zh')).toBe('一位天目山实验室的研究人员');
    expect(anonymousLabel({ kind: 'Lab', name: '天目山实验室', nameZh: '天目山实验室', nameEn: null }, 'en')).toBe('a researcher at 天目山实验室');
  });

  it('strips the detail of personal ties for viewers', () => {
    expect(visibleRelProperties({ type: 'KNOWS', properties: { since: '2010-01-01' } }, viewer)).toEqual({});
    expect(visibleRelProperties({ type: 'WORKS_AT', properties: { role: 'x' } }, viewer)).toEqual({ role: 'x' });
    expect(visibleRelProperties({ type: 'KNOWS', properties: { since: '2010-01-01' } }, broker)).toEqual({ since: '2010-01-01' });
  });

  it('strips personal fields at any depth of JSON', () => {
    const json = { people: [{ id: 'p', email: 'a@b', nested: { phone: '1', ok: 2 } }], wechat: 'x' };
    expect(stripPersonal(json)).toEqual({ people: [{ id: 'p', nested: { ok: 2 } }] });
  });
});
