// Request-level limits that run before any GraphQL parsing: any path but /graphql (404), cross-origin requests
// from origins not allowed (403), non-JSON posts (415), bodies over TB_MAX_BODY_BYTES (413), bad tokens (401),
// callers over TB_RATE_LIMIT_PER_MINUTE (429), and variables nested too deep or holding too many values (400).
// Each refusal is a GraphQL-shaped JSON answer with a typed extensions.code, so clients handle it like any error.
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';
import type { Viewer } from '../context.js';
import { GraphQLError, getOperationAST, parse } from 'graphql';
import { clientAddresses } from '../auth/audit.js';

type CorsOptions = {
  origin: string[];
  methods: string[];
  allowedHeaders: string[];
  credentials: boolean;
  maxAge: number;
};

/** Answers a refused request in the GraphQL error shape. */
export function errorResponse(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]']);

/**
 * The origins this server is itself served at, as a browser names them: TB_PUBLIC_ORIGIN when configured, the
 * configured HOST unless it is a wildcard, and the loopback names, all on the port the connection arrived at.
 * Never the Host header: a page on a rebound name (evil.example resolving to 127.0.0.1) sends its own name as Host
 * and as Origin, so comparing the two proves nothing.
 */
export function ownOrigins(config: Config, localPort: number = config.port): string[] {
  const hosts = new Set(LOOPBACK_NAMES);
  if (!WILDCARD_HOSTS.has(config.host)) hosts.add(config.host.includes(':') && !config.host.startsWith('[') ? `[${config.host}]` : config.host);
  const origins = new Set(config.publicOrigins);
  for (const host of hosts) {
    try {
      origins.add(new URL(`http://${host}:${localPort}`).origin);
    } catch {
      /* a HOST that is no URL host has no origin a browser could send */
    }
  }
  return [...origins];
}

/** True when a browser request with this Origin may use the API: it is one of `allowed` (or `allowed` has `*`). */
export function originAllowed(origin: string, allowed: readonly string[]): boolean {
  return allowed.includes('*') || allowed.includes(origin);
}

/**
 * CORS headers for createYoga's `cors` option: only the configured origins get them (same-origin requests need
 * none). Tokens travel in the Authorization header, never in cookies, so credentials are never allowed.
 */
export function corsOptions(config: Config): (request: Request) => CorsOptions | false {
  const allowed = config.corsOrigins;
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin || !(allowed.includes('*') || allowed.includes(origin))) return false;
    return {
      origin: [origin],
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['authorization', 'content-type', 'accept', 'accept-language', 'x-lang'],
      credentials: false,
      maxAge: 600,
    };
  };
}

/** Token buckets per caller: `perMinute` requests, refilled continuously. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly ratePerMs: number;

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.ratePerMs = perMinute / 60_000;
  }

  /** Takes one request from `key`'s bucket; returns 0 when allowed, else the seconds to wait. */
  take(key: string): number {
    const t = this.now();
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= 50_000) this.prune(t);
      b = { tokens: this.perMinute, at: t };
      this.buckets.set(key, b);
    }
    b.tokens = Math.min(this.perMinute, b.tokens + (t - b.at) * this.ratePerMs);
    b.at = t;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.ratePerMs / 1000));
  }

  /** Forgets buckets that have refilled completely; they hold no information. */
  private prune(t: number): void {
    for (const [k, b] of this.buckets) {
      if (b.tokens + (t - b.at) * this.ratePerMs >= this.perMinute) this.buckets.delete(k);
    }
  }
}

interface NodeServerContext {
  req?: { socket?: { remoteAddress?: string; localPort?: number } };
}

/** The client address: the socket's peer, or with TB_TRUST_PROXY the first X-Forwarded-For hop. */
export function clientAddress(request: Request, serverContext: unknown, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return (serverContext as NodeServerContext | undefined)?.req?.socket?.remoteAddress ?? 'local';
}

/**
 * Reads at most `max` bytes of a body that came without Content-Length (chunked uploads, in-process fetch);
 * returns false when it is longer. Reads a clone, so the request itself stays unread for yoga.
 */
async function bodyWithin(request: Request, max: number): Promise<boolean> {
  if (!request.body) return true;
  const reader = request.clone().body!.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return true;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => {});
      return false;
    }
  }
}

/** The one path where GraphQL is executed; every other path is refused before anything is parsed. */
const GRAPHQL_PATH = '/graphql';
const JSON_TYPES = /^\s*application\/(json|graphql\+json|graphql-response\+json)\s*(;|$)/i;

/** Nesting beyond this has no use in this API's inputs (properties are flat, input objects shallow). */
export const MAX_VARIABLE_DEPTH = 32;
/** Values (scalars, lists and objects) over all variables of one operation. */
export const MAX_VARIABLE_VALUES = 10_000;

/**
 * What is wrong with an operation's variables, or null: the first variable that nests deeper than
 * MAX_VARIABLE_DEPTH, or where the values pass MAX_VARIABLE_VALUES. Walks with its own stack, so a value deeper
 * than the call stack is measured, not crashed on.
 */
export function variablesProblem(variables: unknown): string | null {
  if (variables === null || typeof variables !== 'object' || Array.isArray(variables)) return null;
  let values = 0;
  for (const [name, value] of Object.entries(variables as Record<string, unknown>)) {
    const stack: Array<[unknown, number]> = [[value, 0]];
    while (stack.length) {
      const [v, depth] = stack.pop()!;
      if (++values > MAX_VARIABLE_VALUES) return `Variables hold more than ${MAX_VARIABLE_VALUES} values (counting up to variable "$${name}")`;
      if (v === null || typeof v !== 'object') continue;
      if (depth >= MAX_VARIABLE_DEPTH) return `Variable "$${name}" is nested deeper than ${MAX_VARIABLE_DEPTH} levels`;
      for (const child of Array.isArray(v) ? v : Object.values(v as Record<string, unknown>)) stack.push([child, depth + 1]);
    }
  }
  return null;
}

/** A change refused before it ran, for the audit record. */
export interface RefusedChange {
  viewer: Viewer;
  operation: string;
  fields: string[];
  client: string;
  code: string;
  reason: string;
}

/** The operation a request names, when its text parses: its type, name and root fields. */
function operationOf(query: unknown, operationName: unknown): { mutation: boolean; name: string; fields: string[] } {
  const text = typeof query === 'string' ? query : '';
  const named = typeof operationName === 'string' && operationName ? operationName : undefined;
  try {
    const op = getOperationAST(parse(text, { maxTokens: 5_000 }), named);
    if (op) {
      const fields = op.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : []));
      return { mutation: op.operation === 'mutation', name: op.name?.value ?? named ?? '(unnamed)', fields };
    }
  } catch {
    /* unparseable: judged by its text below */
  }
  // Text that does not parse would not run, but an attempt that reads like a change is still recorded.
  return { mutation: /\bmutation\b/.test(text), name: named ?? '(unparsed)', fields: [] };
}

/**
 * The request gate for /graphql: origin, size, identity, rate, in that order. Bad tokens are counted against the
 * client address, so guessing tokens is rate limited as well. The decided viewer is left in `decided` for the
 * GraphQL context.
 */
export function trustPlugins(
  config: Config,
  authenticate: (request: Request) => Promise<Viewer>,
  decided: WeakMap<Request, Viewer>,
  recordRefusedChange: (refused: RefusedChange) => Promise<void> = async () => {},
  log: (line: string) => void = (l) => console.error(l),
): Plugin[] {
  const limiter = new RateLimiter(config.rateLimitPerMinute);
  const trustProxy = config.trustProxy;
  const gate: Plugin = {
    async onRequest({ request, url, serverContext, endResponse }) {
      if (url.pathname === '/healthz') return;
      // yoga itself would execute at any URL that ends in /graphql; here only the exact path is the API.
      if (url.pathname !== GRAPHQL_PATH) {
        endResponse(errorResponse(404, 'NOT_FOUND', `Nothing here: the API answers at ${GRAPHQL_PATH}`));
        return;
      }
      if (request.method === 'OPTIONS') return;
      const origin = request.headers.get('origin');
      const localPort = (serverContext as NodeServerContext | undefined)?.req?.socket?.localPort;
      if (origin && !originAllowed(origin, [...config.corsOrigins, ...ownOrigins(config, localPort)])) {
        endResponse(errorResponse(403, 'FORBIDDEN', `Requests from ${origin.slice(0, 100)} are not allowed (TB_CORS_ORIGINS)`));
        return;
      }
      // JSON only: form and multipart posts are "simple" cross-site requests a browser sends without asking.
      if (request.method === 'POST' && !JSON_TYPES.test(request.headers.get('content-type') ?? '')) {
        endResponse(errorResponse(415, 'UNSUPPORTED_MEDIA_TYPE', 'POST /graphql takes a JSON body (content-type: application/json)'));
        return;
      }
      const length = request.headers.get('content-length');
      const tooLarge =
        length !== null
          ? !/^\d+$/.test(length) || Number(length) > config.maxBodyBytes
          : !(await bodyWithin(request, config.maxBodyBytes));
      if (tooLarge) {
        endResponse(errorResponse(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${config.maxBodyBytes} bytes (TB_MAX_BODY_BYTES)`));
        return;
      }
      const address = clientAddress(request, serverContext, trustProxy);
      let viewer: Viewer;
      try {
        viewer = await authenticate(request);
      } catch (e) {
        const wait = limiter.take(`ip:${address}`);
        if (wait > 0) {
          endResponse(errorResponse(429, 'RATE_LIMITED', `Too many requests; retry in ${wait}s`, { 'retry-after': String(wait) }));
          return;
        }
        const message = e instanceof GraphQLError ? e.message : 'The token is not valid';
        endResponse(errorResponse(401, 'UNAUTHENTICATED', message, { 'www-authenticate': 'Bearer error="invalid_token"' }));
        return;
      }
      const key = viewer.id === 'anonymous' ? `ip:${address}` : `token:${viewer.id}`;
      const wait = limiter.take(key);
      if (wait > 0) {
        endResponse(
          errorResponse(429, 'RATE_LIMITED', `Too many requests (limit ${config.rateLimitPerMinute} per minute); retry in ${wait}s`, {
            'retry-after': String(wait),
          }),
        );
        return;
      }
      decided.set(request, viewer);
      clientAddresses.set(request, address);
    },
    // Deep or huge variables are refused before anything parses, validates or records them (a 5,000-deep value
    // used to overflow the stack in the audit record and come back as UNAVAILABLE). A refused change is still
    // recorded, without the value.
    async onParams({ params, request, setResult }) {
      const problem = variablesProblem(params.variables);
      if (!problem) return;
      const op = operationOf(params.query, params.operationName);
      if (op.mutation) {
        const viewer = decided.get(request) ?? { role: 'viewer', id: 'anonymous' };
        try {
          await recordRefusedChange({ viewer, operation: op.name, fields: op.fields, client: clientAddresses.get(request) ?? '', code: 'BAD_USER_INPUT', reason: problem });
        } catch (e) {
          // The change is refused either way; only the record of the attempt is missing, so say so in the log.
          log(`audit: could not record a refused change (${op.name}): ${(e as Error).message}`);
        }
      }
      setResult({ errors: [new GraphQLError(problem, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } })] });
    },
    onResponse({ response }) {
      // Answers can hold contact details for one caller: no shared cache may keep them.
      response.headers.set('cache-control', 'no-store');
      response.headers.set('x-content-type-options', 'nosniff');
      response.headers.set('referrer-policy', 'no-referrer');
    },
  };
  return [gate];
}
