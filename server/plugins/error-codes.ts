// Every error a client receives carries a typed extensions.code. graphql-js and graphql-armor leave some without
// one (limit violations, variables of the wrong type); they are given one here from what they are, so clients
// can branch on the code instead of parsing messages. Malformed GET parameters get a 400 instead of yoga's 500.
// Errors of an operation are masked like data before they leave: for a viewer, a hidden person's id or name in a
// message or an extension is replaced by the alias or the anonymous label (server/auth/masking.ts), except where it
// only echoes what the caller sent, since replacing that would tell them it names a hidden person.
import { GraphQLError, print, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { hasRole } from '../auth/guard.js';
import { redactNow } from '../auth/masking.js';

interface WireError {
  message?: string;
  extensions?: Record<string, unknown>;
}

/**
 * graphql-armor's rejections get their code where they are made, through its onReject hook (server/yoga.ts), so
 * that the code does not depend on the wording of its messages. `codeFor` below stays the fallback.
 */
export const REJECT_AS_TOO_COMPLEX = [
  (_ctx: unknown, error: GraphQLError): void => {
    const extensions = error.extensions as Record<string, unknown>;
    if (extensions.code !== undefined) return;
    try {
      extensions.code = 'QUERY_TOO_COMPLEX';
    } catch {
      /* a frozen extensions object keeps what it has; codeFor labels the error later */
    }
  },
];

/**
 * The code for an error that came without one: graphql-js's own parse and variable errors, and anything armor
 * rejected without its hook. Message text is the last resort here, never the first.
 */
export function codeFor(message: string): string {
  if (/\blimit of \d+ exceeded\b|Query Cost limit|exceeds the maximum/i.test(message)) return 'QUERY_TOO_COMPLEX';
  if (/^Syntax Error/.test(message)) return 'GRAPHQL_PARSE_FAILED';
  if (/^Variable "\$/.test(message)) return 'BAD_USER_INPUT';
  return 'BAD_REQUEST';
}

function label(errors: unknown): void {
  if (!Array.isArray(errors)) return;
  for (const e of errors as WireError[]) {
    if (!e || typeof e !== 'object') continue;
    const code = e.extensions?.code;
    if (typeof code === 'string' && code !== '') continue;
    // GraphQLError.extensions is frozen-ish in some builds; replace the object rather than mutate it.
    try {
      (e as { extensions: Record<string, unknown> }).extensions = { ...(e.extensions ?? {}), code: codeFor(String(e.message ?? '')) };
    } catch {
      /* a read-only error object keeps what it has */
    }
  }
}

function jsonObjectOrAbsent(text: string | null): boolean {
  if (text === null || text === '') return true;
  try {
    const v: unknown = JSON.parse(text);
    return v === null || (typeof v === 'object' && !Array.isArray(v));
  } catch {
    return false;
  }
}

/** Everything the caller sent in this operation (document and variables), lower case, for redactNow's `sent`. */
function sentText(context: unknown, document: DocumentNode, variables: unknown): string {
  const params = (context as { params?: { query?: unknown } } | undefined)?.params;
  const query = typeof params?.query === 'string' ? params.query : (document.loc?.source.body ?? print(document));
  return `${query}\n${JSON.stringify(variables ?? {})}`.toLowerCase();
}

async function maskError(error: GraphQLError, ctx: Context, sent: string): Promise<GraphQLError> {
  const message = await redactNow(error.message, ctx, { sent });
  const extensions = await redactNow(error.extensions ?? {}, ctx, { sent });
  if (message === error.message && JSON.stringify(extensions) === JSON.stringify(error.extensions ?? {})) return error;
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions,
  });
}

export function errorCodePlugin(): Plugin {
  return {
    // Masks every error of an operation for viewers, wherever it was raised (resolvers, variable coercion).
    onExecute({ args }) {
      const ctx = args.contextValue as unknown as Context;
      if (!ctx?.viewer || !ctx.db || hasRole(ctx, 'broker')) return undefined;
      return {
        async onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.length) return;
          const sent = sentText(ctx, args.document, args.variableValues);
          const errors = await Promise.all(result.errors.map((e) => maskError(e, ctx, sent)));
          if (errors.some((e, i) => e !== result.errors![i])) setResult({ ...result, errors });
        },
      };
    },
    // yoga parses GET `variables` and `extensions` with a bare JSON.parse, so bad JSON there would be a 500.
    onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET' || url.pathname !== '/graphql') return;
      for (const param of ['variables', 'extensions']) {
        if (!jsonObjectOrAbsent(url.searchParams.get(param))) {
          endResponse(
            new Response(JSON.stringify({ errors: [{ message: `The ${param} query parameter must be a JSON object`, extensions: { code: 'BAD_REQUEST' } }] }), {
              status: 400,
              headers: { 'content-type': 'application/json; charset=utf-8' },
            }),
          );
          return;
        }
      }
    },
    onResultProcess({ result }) {
      const results = Array.isArray(result) ? result : [result];
      for (const r of results) if (r && typeof r === 'object' && 'errors' in r) label((r as { errors?: unknown }).errors);
    },
  };
}
