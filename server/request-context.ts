// The id of the HTTP request being served, for log lines and for Neo4j's transaction metadata (db.ts), so one
// request can be followed from the access log into Neo4j's query log. Set once per request in index.ts.
import { AsyncLocalStorage } from 'node:async_hooks';
import crypto from 'node:crypto';

const current = new AsyncLocalStorage<string>();

export function withRequestId<T>(id: string, fn: () => T): T {
  return current.run(id, fn);
}

export function requestId(): string | undefined {
  return current.getStore();
}

/** The caller's X-Request-Id when it is a plain token (letters, digits, `-_.:`, up to 64), else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && /^[A-Za-z0-9._:-]{1,64}$/.test(given) ? given : crypto.randomUUID();
}
