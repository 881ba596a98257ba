// Production hardening that depends on NODE_ENV=production: no introspection (the schema is not advertised to
// strangers; GraphiQL is already off through config). Development and tests keep introspection for tooling.
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';

export function productionPlugins(config: Config): Plugin[] {
  if (config.env !== 'production') return [];
  return [
    {
      onValidate({ addValidationRule }) {
        addValidationRule(NoSchemaIntrospectionCustomRule);
      },
    },
  ];
}
