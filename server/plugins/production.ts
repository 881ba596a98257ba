// Production hardening that depends on NODE_ENV=production: no introspection (the schema is not advertised to
// strangers; GraphiQL is already off through config). Development and tests keep introspection for tooling.
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

export function productionPlugins(config: Config): Plugin[] {
  if (config.env !== 'production') return [];
  return [
    {
      onValidate({ addValidationRule }) {
        addValidationRule(noIntrospection);
      },
    },
  ];
}
