// Who is calling. Bearer tokens are configured as "name:role:token" entries (TB_TOKENS, comma-separated, or one
// per line in TB_TOKENS_FILE) and kept only as SHA-256 hashes in memory. In development, when no token is
// configured, one admin token is generated and printed once at start-up.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';
import type { Role, Viewer } from '../context.js';
import type { Db } from '../db.js';

export interface Auth {
  resolveViewer(request: Request): Viewer;
  plugins: Plugin[];
  startupNotes: string[];
}

const ROLES: readonly Role[] = ['viewer', 'broker', 'admin'];

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

export interface TokenEntry {
  name: string;
  role: Role;
  hash: string;
}

/** Parses "name:role:token" entries; a token given as "sha256:<hex>" is taken as already hashed. */
export function parseTokens(text: string, where: string): TokenEntry[] {
  const entries: TokenEntry[] = [];
  text.split(/[\n,]/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [name, role, ...rest] = line.split(':');
    const secret = rest.join(':');
    if (!name || !role || !secret) throw new Error(`${where}: entry ${i + 1} must be name:role:token`);
    if (!ROLES.includes(role as Role)) throw new Error(`${where}: entry ${i + 1} has role '${role}', expected viewer, broker or admin`);
    const hash = secret.startsWith('sha256:') ? secret.slice(7).toLowerCase() : hashToken(secret);
    entries.push({ name, role: role as Role, hash });
  });
  return entries;
}

export async function createAuth(config: Config, _db: Db): Promise<Auth> {
  const notes: string[] = [];
  let entries: TokenEntry[] = [];
  if (config.auth.tokens) entries = entries.concat(parseTokens(config.auth.tokens, 'TB_TOKENS'));
  if (config.auth.tokensFile) entries = entries.concat(parseTokens(fs.readFileSync(config.auth.tokensFile, 'utf8'), config.auth.tokensFile));
  if (entries.length === 0) {
    if (config.env === 'production') throw new Error('NODE_ENV=production needs configured tokens (TB_TOKENS or TB_TOKENS_FILE)');
    const token = crypto.randomBytes(24).toString('base64url');
    entries.push({ name: 'dev-admin', role: 'admin', hash: hashToken(token) });
    notes.push(`development admin token (shown once): ${token}`);
  }
  const byHash = new Map(entries.map((e) => [e.hash, e]));
  return {
    resolveViewer(request) {
      const header = request.headers.get('authorization') ?? '';
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      if (!m) return { role: 'viewer', id: 'anonymous' };
      const entry = byHash.get(hashToken(m[1]!));
      return entry ? { role: entry.role, id: entry.name } : { role: 'viewer', id: 'anonymous' };
    },
    plugins: [],
    startupNotes: notes,
  };
}
