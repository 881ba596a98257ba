// Who is calling. Bearer tokens are configured as "name:role:token" entries (TB_TOKENS, comma-separated, or one
// per line in TB_TOKENS_FILE) and kept only as SHA-256 hashes in memory; a token may also be a JWT signed with
// HS256 under TB_JWT_SECRET carrying a `role` claim and an `exp` (or an `iat` within TB_JWT_MAX_AGE). No header
// means the anonymous viewer; a header that does not name a known token is refused with 401 UNAUTHENTICATED rather
// than quietly downgraded, so a client with a stale token learns it at once instead of seeing masked data and
// guessing why. No message ever quotes a token, nor any text of a token entry that could be one.
// In development, when no token is configured, one admin token is generated and printed once at start-up.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { GraphQLError } from 'graphql';
import { errors as joseErrors, jwtVerify } from 'jose';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';
import type { Role, Viewer } from '../context.js';
import type { Db } from '../db.js';
import { trustPlugins, type RefusedChange } from '../plugins/limits.js';
import { productionPlugins } from '../plugins/production.js';
import { auditPlugin, recordAudit } from './audit.js';

export interface Auth {
  /** The caller of a request, or throws AuthError (401). */
  authenticate(request: Request): Promise<Viewer>;
  /** For createApp's context: the viewer the request plugin already decided, or decides it now. */
  resolveViewer(request: Request): Promise<Viewer>;
  plugins: Plugin[];
  startupNotes: string[];
}

export const ROLES: readonly Role[] = ['viewer', 'broker', 'admin'];
export const ANONYMOUS: Viewer = Object.freeze({ role: 'viewer', id: 'anonymous' });
/** Plain tokens shorter than this are refused at start-up: they could be guessed. */
export const MIN_TOKEN_LENGTH = 16;

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A fresh random token, URL-safe, 192 bits. */
export function newToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}

export interface TokenEntry {
  name: string;
  role: Role;
  hash: string;
  /** Where the entry stands in its variable or file (entry numbers count every line), for error messages. */
  line?: number;
}

/** Raised for a bad Authorization header; the request plugin answers it with 401. */
export class AuthError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

/**
 * Parses "name:role:token" entries (comma- or newline-separated, `#` starts a comment line). A token written as
 * "sha256:<64 hex>" is taken as already hashed, so a tokens file need never hold a usable secret.
 */
export function parseTokens(text: string, where: string): TokenEntry[] {
  const entries: TokenEntry[] = [];
  text.split(/[\n,]/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [name, role, ...rest] = line.split(':');
    const secret = rest.join(':');
    const at = `${where}: entry ${i + 1}`;
    if (!name || !role || !secret) throw new Error(`${at} must be name:role:token`);
    // Entries are named by position only, never by their text: in a misordered entry (token:role:name) any field
    // could be the token itself.
    if (!/^[\w.@-]{1,64}$/.test(name)) throw new Error(`${at} has a name that is not letters, digits, . _ @ - (at most 64)`);
    if (!ROLES.includes(role as Role)) throw new Error(`${at} has an unknown role, expected viewer, broker or admin`);
    let hash: string;
    if (secret.startsWith('sha256:')) {
      hash = secret.slice(7).toLowerCase();
      if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error(`${at}: sha256: must be followed by 64 hex digits`);
    } else {
      if (secret.length < MIN_TOKEN_LENGTH) throw new Error(`${at}: token is shorter than ${MIN_TOKEN_LENGTH} characters`);
      hash = hashToken(secret);
    }
    const first = entries.findIndex((e) => e.name === name);
    if (first !== -1) throw new Error(`${at}: its name is used twice (as in entry ${entries[first]!.line})`);
    entries.push({ name, role: role as Role, hash, line: i + 1 });
  });
  return entries;
}

/** Reads the configured tokens; throws with the variable or file named when one is malformed. */
export function configuredTokens(config: Config): TokenEntry[] {
  let entries: TokenEntry[] = [];
  if (config.auth.tokens) entries = entries.concat(parseTokens(config.auth.tokens, 'TB_TOKENS'));
  if (config.auth.tokensFile) {
    let text: string;
    try {
      text = fs.readFileSync(config.auth.tokensFile, 'utf8');
    } catch (e) {
      throw new Error(`TB_TOKENS_FILE: cannot read ${config.auth.tokensFile}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, {
        cause: e,
      });
    }
    entries = entries.concat(parseTokens(text, config.auth.tokensFile));
  }
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.name)) throw new Error(`${config.auth.tokensFile}: entry ${e.line} uses a token name that TB_TOKENS configures too`);
    seen.add(e.name);
  }
  return entries;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/**
 * Decides the viewer from the Authorization header. Exported for tests and for callers without HTTP plugins.
 * A JWT must end: it carries `exp`, or, when `jwtMaxAgeSeconds` is set, an `iat` no older than that (which then
 * bounds every JWT, whatever its exp says). A token that would never expire is refused.
 */
export function createAuthenticator(entries: TokenEntry[], jwtSecret?: string, jwtMaxAgeSeconds?: number): (request: Request) => Promise<Viewer> {
  const byHash = new Map(entries.map((e) => [e.hash, e]));
  const key = jwtSecret ? new TextEncoder().encode(jwtSecret) : undefined;
  const verifyOptions = jwtMaxAgeSeconds
    ? { algorithms: ['HS256'], maxTokenAge: jwtMaxAgeSeconds, requiredClaims: ['iat'] }
    : { algorithms: ['HS256'], requiredClaims: ['exp'] };
  return async (request) => {
    const header = request.headers.get('authorization');
    if (header === null || header.trim() === '') return ANONYMOUS;
    const m = /^Bearer[ \t]+([\x21-\x7e]+)[ \t]*$/i.exec(header);
    if (!m) throw new AuthError('The Authorization header must be "Bearer <token>"');
    const token = m[1]!;
    const entry = byHash.get(hashToken(token));
    if (entry) return { role: entry.role, id: entry.name };
    if (key && JWT_SHAPE.test(token)) {
      try {
        const { payload } = await jwtVerify(token, key, verifyOptions);
        const role = payload.role;
        if (typeof role !== 'string' || !ROLES.includes(role as Role)) {
          throw new AuthError('The token has no valid role claim (viewer, broker or admin)');
        }
        const sub = typeof payload.sub === 'string' && payload.sub ? payload.sub.slice(0, 64) : 'jwt';
        return { role: role as Role, id: `jwt:${sub}` };
      } catch (e) {
        if (e instanceof AuthError) throw e;
        if (e instanceof joseErrors.JWTExpired) throw new AuthError('The token has expired');
        if (e instanceof joseErrors.JWTClaimValidationFailed && e.reason === 'missing') {
          throw new AuthError(
            e.claim === 'exp'
              ? 'The token has no exp claim; tokens must expire (or the server must set TB_JWT_MAX_AGE)'
              : `The token has no ${e.claim} claim; TB_JWT_MAX_AGE needs the time it was issued`,
          );
        }
        throw new AuthError('The token is not valid');
      }
    }
    throw new AuthError('The token is not valid');
  };
}

/**
 * Checks the token configuration before anything starts: malformed entries, production without tokens, and a
 * generated development token on an address others can reach all stop start-up with one line saying why.
 */
export function preflightAuth(config: Config): TokenEntry[] {
  const entries = configuredTokens(config);
  if (entries.length === 0 && !config.auth.jwtSecret) {
    if (config.env === 'production') {
      throw new Error('NODE_ENV=production needs configured tokens (TB_TOKENS, TB_TOKENS_FILE or TB_JWT_SECRET)');
    }
    // A generated admin token is only safe while nobody else can reach the port.
    if (!LOOPBACK.has(config.host)) {
      throw new Error(`HOST=${config.host} exposes the server beyond this machine: configure TB_TOKENS or TB_TOKENS_FILE first`);
    }
  }
  return entries;
}

export async function createAuth(config: Config, db: Db): Promise<Auth> {
  const notes: string[] = [];
  const entries = preflightAuth(config);
  if (entries.length === 0 && !config.auth.jwtSecret) {
    const token = newToken();
    entries.push({ name: 'dev-admin', role: 'admin', hash: hashToken(token) });
    notes.push(`development admin token (shown once): ${token}`);
    notes.push('send it as "Authorization: Bearer <token>"; without a token you are an anonymous viewer');
  }
  const authenticate = createAuthenticator(entries, config.auth.jwtSecret, config.auth.jwtMaxAgeSeconds);
  const decided = new WeakMap<Request, Viewer>();
  // A change refused at the gate (deep or huge variables) never reaches the audit plugin, so it is recorded here.
  const recordRefusedChange = async (r: RefusedChange) => {
    await recordAudit(db, {
      actor: r.viewer.id,
      role: r.viewer.role,
      action: 'change',
      operation: r.operation,
      fields: r.fields,
      variables: JSON.stringify({ refused: r.reason }),
      status: 'failed',
      errorCodes: [r.code],
      client: r.client,
    });
  };
  return {
    authenticate,
    async resolveViewer(request) {
      return decided.get(request) ?? authenticate(request);
    },
    plugins: [
      ...trustPlugins(config, authenticate, decided, recordRefusedChange),
      ...productionPlugins(config),
      auditPlugin(db),
    ],
    startupNotes: notes,
  };
}
