// Request-level limits that run before any GraphQL parsing: cross-origin requests from origins not allowed
// (403), non-JSON posts (415), bodies over TB_MAX_BODY_BYTES (413), bad tokens (401) and callers over
// TB_RATE_LIMIT_PER_MINUTE (429).
// Each refusal is a GraphQL-shaped JSON answer with a typed extensions.code, so clients handle it like any error.
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';
import type { Viewer } from '../context.js';
import { GraphQLError } from 'graphql';
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

/** The Host a request was addressed to, without scheme (a TLS-terminating proxy changes the scheme, not the host). */
function requestHost(request: Request): string {
  return (request.headers.get('host') ?? new URL(request.url).host).toLowerCase();
}

/** True when a browser request with this Origin may use the API: same host, or listed in TB_CORS_ORIGINS. */
export function originAllowed(origin: string, request: Request, allowed: readonly string[]): boolean {
  if (allowed.includes('*') || allowed.includes(origin)) return true;
  try {
    return new URL(origin).host.toLowerCase() === requestHost(request);
  } catch {
    return false;
  }
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
  req?: { socket?: { remoteAddress?: string } };
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

const GUARDED_PATHS = new Set(['/graphql']);
const JSON_TYPES = /^\s*application\/(json|graphql\+json|graphql-response\+json)\s*(;|$)/i;

/**
 * The request gate for /graphql: origin, size, identity, rate, in that order. Bad tokens are counted against the
 * client address, so guessing tokens is rate limited as well. The decided viewer is left in `decided` for the
 * GraphQL context.
 */
export function trustPlugins(
  config: Config,
  authenticate: (request: Request) => Promise<Viewer>,
  decided: WeakMap<Request, Viewer>,
): Plugin[] {
  const limiter = new RateLimiter(config.rateLimitPerMinute);
  const trustProxy = config.trustProxy;
  const gate: Plugin = {
    async onRequest({ request, url, serverContext, endResponse }) {
      if (!GUARDED_PATHS.has(url.pathname) || request.method === 'OPTIONS') return;
      const origin = request.headers.get('origin');
      if (origin && !originAllowed(origin, request, config.corsOrigins)) {
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
    onResponse({ request, response }) {
      if (!GUARDED_PATHS.has(new URL(request.url).pathname)) return;
      // Answers can hold contact details for one caller: no shared cache may keep them.
      response.headers.set('cache-control', 'no-store');
      response.headers.set('x-content-type-options', 'nosniff');
      response.headers.set('referrer-policy', 'no-referrer');
    },
  };
  return [gate];
}
