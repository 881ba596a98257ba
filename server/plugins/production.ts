// Production hardening that depends on NODE_ENV=production: no introspection (the schema is not advertised to
// strangers; GraphiQL is already off through config) and no "Did you mean ...?" in any error, since a suggestion
// spells out schema names (fields, arguments, enum values) to someone probing with guesses. Development and tests
// keep both for tooling.
import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';

/** Refuses __schema and __type (not __typename, which clients need for unions). */
export const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(new GraphQLError('Introspection is turned off in production', { nodes: node }));
    }
  },
});

// graphql-js ends a message with one suggestion sentence ('Did you mean "a", "b", or "c"?'; names never hold '?').
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** The message without its suggestions. */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

interface ResultWithErrors {
  errors?: readonly unknown[];
}

/** The same error with its suggestions removed; graphql-js and graphql-armor errors are GraphQLErrors or plain. */
function stripped(error: unknown): unknown {
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof message !== 'string') return error;
  const clean = withoutSuggestions(message);
  if (clean === message) return error;
  if (error instanceof GraphQLError) {
    return new GraphQLError(clean, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      originalError: error.originalError,
      extensions: error.extensions,
    });
  }
  return { ...(error as object), message: clean };
}

/**
 * Removes suggestions from every error of every result, wherever it was raised: validation (unknown fields and
 * arguments, enum literals) and execution (enum values in variables are only checked while coercing them).
 */
const noSuggestions: Plugin = {
  onResultProcess({ result, setResult }) {
    const list = (Array.isArray(result) ? result : [result]) as ResultWithErrors[];
    if (!list.some((r) => r && typeof r === 'object' && Array.isArray(r.errors))) return;
    const cleaned = list.map((r) => (r && typeof r === 'object' && Array.isArray(r.errors) ? { ...r, errors: r.errors.map(stripped) } : r));
    setResult((Array.isArray(result) ? cleaned : cleaned[0]) as typeof result);
  },
};

export function productionPlugins(config: Config): Plugin[] {
  if (config.env !== 'production') return [];
  return [
    {
      onValidate({ addValidationRule }) {
        addValidationRule(noIntrospection);
      },
    },
    noSuggestions,
  ];
}
