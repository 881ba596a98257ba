// Every error a client receives carries a typed extensions.code. graphql-js and graphql-armor leave some without
// one (limit violations, variables of the wrong type); they are given one here from what they are, so clients
// can branch on the code instead of parsing messages. Malformed GET parameters get a 400 instead of yoga's 500.
import type { Plugin } from 'graphql-yoga';

interface WireError {
  message?: string;
  extensions?: Record<string, unknown>;
}

/** The code for an error that came without one. */
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

export function errorCodePlugin(): Plugin {
  return {
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
