// One GraphQL client for the integration tests: a POST to /graphql through the app's fetch (yoga.fetch, no port),
// with the caller's language, token or other headers, returning the parsed body. `data` also asserts there were no
// errors and returns the data.
import { expect } from 'vitest';

export interface GqlError {
  message: string;
  extensions?: { code?: string; argument?: string; [key: string]: unknown };
  path?: unknown[];
}

export interface GqlResult {
  data?: any;
  errors?: GqlError[];
}

export interface GqlOptions {
  /** Sent as accept-language; no header when absent. */
  lang?: string;
  /** Sent as a bearer token. */
  token?: string;
  headers?: Record<string, string>;
}

interface Fetcher {
  fetch(url: string, init: RequestInit): Response | Promise<Response>;
}

export interface GqlClient {
  (query: string, variables?: Record<string, unknown>, opts?: GqlOptions): Promise<GqlResult>;
  /** The data of an answer that must have no errors. */
  data(query: string, variables?: Record<string, unknown>, opts?: GqlOptions): Promise<any>;
}

/** `app` may be a function, so that a client can be made before beforeAll builds the app. */
export function gqlClient(app: Fetcher | (() => Fetcher), defaults: GqlOptions = {}): GqlClient {
  const call = async (query: string, variables: Record<string, unknown> = {}, opts: GqlOptions = {}): Promise<GqlResult> => {
    const o = { ...defaults, ...opts, headers: { ...defaults.headers, ...opts.headers } };
    // A yoga app is itself callable, so tell the two apart by fetch, not by typeof.
    const target = 'fetch' in app ? app : app();
    const res = await target.fetch('http://test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(o.lang ? { 'accept-language': o.lang } : {}),
        ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
        ...o.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult;
  };
  return Object.assign(call, {
    async data(query: string, variables: Record<string, unknown> = {}, opts: GqlOptions = {}) {
      const body = await call(query, variables, opts);
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data;
    },
  });
}
