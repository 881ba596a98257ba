// The one way the web app talks to the server: a POST of a GraphQL document to the API, in the user's language,
// with the bearer token when one is stored. Every failure (network, HTTP, GraphQL error) becomes an ApiError with
// a code the UI can put into words, so no view ever sees a raw exception or an empty answer by accident.
import type { Lang } from './types.js';

export type ApiErrorCode =
  | 'NETWORK'
  | 'HTTP'
  | 'BAD_RESPONSE'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'TIMEOUT'
  | 'UNAVAILABLE'
  | 'RATE_LIMITED'
  | 'CONFLICT'
  | 'INTERNAL';

const KNOWN_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'TIMEOUT',
  'UNAVAILABLE',
  'RATE_LIMITED',
  'CONFLICT',
]);

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    /** The server's own words, when it gave any (they name the argument or field at fault). */
    readonly detail: string,
    readonly status?: number,
    /** The id or argument the error is about, when the app itself found the problem (e.g. a node that is gone). */
    readonly subject?: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'ApiError';
  }
}

export function isAbort(e: unknown): boolean {
  return e instanceof DOMException ? e.name === 'AbortError' : (e as { name?: string } | null)?.name === 'AbortError';
}

export interface ClientOptions {
  url: string;
  lang: () => Lang;
  token: () => string | null;
  fetch?: typeof fetch;
}

interface GraphQLErrorJson {
  message?: string;
  extensions?: { code?: string };
}

function errorCode(raw: string | undefined, status: number): ApiErrorCode {
  if (raw && KNOWN_CODES.has(raw)) return raw as ApiErrorCode;
  if (raw === 'GRAPHQL_VALIDATION_FAILED' || raw === 'BAD_REQUEST' || raw === 'GRAPHQL_PARSE_FAILED') return 'BAD_USER_INPUT';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 503) return 'UNAVAILABLE';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  return 'INTERNAL';
}

export type Requester = <T>(document: string, variables?: Record<string, unknown>, signal?: AbortSignal) => Promise<T>;

/** Builds `request(document, variables)`; it resolves with `data` or rejects with an ApiError. */
export function createClient(options: ClientOptions): Requester {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  return async function request<T>(document: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
    const lang = options.lang();
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      'accept-language': lang === 'en' ? 'en' : 'zh-CN',
    };
    const token = options.token();
    if (token) headers.authorization = `Bearer ${token}`;
    const sep = options.url.includes('?') ? '&' : '?';
    let response: Response;
    try {
      response = await doFetch(`${options.url}${sep}lang=${lang}`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: document, variables }),
        signal,
      });
    } catch (e) {
      if (isAbort(e)) throw e;
      throw new ApiError('NETWORK', (e as Error).message || 'fetch failed');
    }
    let body: { data?: T | null; errors?: GraphQLErrorJson[] } | undefined;
    try {
      body = (await response.json()) as typeof body;
    } catch (e) {
      if (isAbort(e)) throw e;
      if (!response.ok) throw new ApiError(errorCode(undefined, response.status), `HTTP ${response.status} ${response.statusText}`.trim(), response.status);
      throw new ApiError('BAD_RESPONSE', 'the server did not answer with JSON', response.status);
    }
    const first = body?.errors?.[0];
    if (first) {
      throw new ApiError(errorCode(first.extensions?.code, response.status), first.message ?? 'unknown error', response.status);
    }
    if (!response.ok) throw new ApiError(errorCode(undefined, response.status), `HTTP ${response.status}`, response.status);
    if (body?.data === undefined || body.data === null) throw new ApiError('BAD_RESPONSE', 'the answer has no data', response.status);
    return body.data;
  };
}
