// Tokens, JWTs, the rate limiter, origins and masking rules, without a database.
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { AuthError, createAuthenticator, hashToken, parseTokens, preflightAuth } from '../../server/auth/auth.js';
import { hasRole, requireRole } from '../../server/auth/guard.js';
import { anonymousLabel, displayName, stripPersonal, visibleNodeProperties, visibleRelProperties } from '../../server/auth/masking.js';
import { RateLimiter, originAllowed } from '../../server/plugins/limits.js';
import { loadConfig } from '../../server/config.js';
import { PERSONAL_FIELDS } from '../../server/model/model.js';

const req = (headers: Record<string, string> = {}, url = 'http://api.example/graphql') => new Request(url, { headers });

describe('token entries', () => {
  it('parses name:role:token entries and keeps only hashes', () => {
    const entries = parseTokens('alice:broker:alice-secret-123456789\n# comment\n\nops:admin:sha256:' + hashToken('x'.repeat(20)), 'TB_TOKENS');
    expect(entries).toEqual([
      { name: 'alice', role: 'broker', hash: hashToken('alice-secret-123456789') },
      { name: 'ops', role: 'admin', hash: hashToken('x'.repeat(20)) },
    ]);
    expect(JSON.stringify(entries)).not.toContain('alice-secret');
  });

  it('names the entry and what is wrong with it', () => {
    expect(() => parseTokens('alice:boss:alice-secret-123456789', 'TB_TOKENS')).toThrow(/TB_TOKENS: entry 1 \(alice\) has role 'boss'/);
    expect(() => parseTokens('a:viewer:x,b:broker:short', 'tokens.txt')).toThrow(/tokens.txt: entry 1 \(a\): token is shorter than 16/);
    expect(() => parseTokens('justonefield', 'TB_TOKENS')).toThrow(/entry 1 must be name:role:token/);
    expect(() => parseTokens('a:admin:sha256:abc', 'TB_TOKENS')).toThrow(/64 hex digits/);
    expect(() => parseTokens('a:admin:aaaaaaaaaaaaaaaaaa,a:viewer:bbbbbbbbbbbbbbbbbbbb', 'TB_TOKENS')).toThrow(/used twice/);
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
  it('allows the same host and listed origins only', () => {
    const r = req({ host: 'tb.example.org' }, 'http://tb.example.org/graphql');
    expect(originAllowed('https://tb.example.org', r, [])).toBe(true);
    expect(originAllowed('https://evil.example', r, [])).toBe(false);
    expect(originAllowed('https://app.example', r, ['https://app.example'])).toBe(true);
    expect(originAllowed('null', r, [])).toBe(false);
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
