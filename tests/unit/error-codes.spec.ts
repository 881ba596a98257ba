// graphql-armor's rejections carry QUERY_TOO_COMPLEX from its onReject hook, whatever its message says; the
// message-based codeFor is only the fallback (tests/unit/auth-audit.spec.ts covers it).
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { buildSchema, GraphQLError, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { REJECT_AS_TOO_COMPLEX } from '../../server/plugins/error-codes.js';

const schema = buildSchema('type Node { id: ID! next: Node } type Query { node: Node }');

function rejection(rule: Parameters<typeof validate>[2]): GraphQLError {
  try {
    const errors = validate(schema, parse('{ a: node { next { next { id } } } b: node { id } }'), rule);
    if (errors[0]) return errors[0];
  } catch (e) {
    // armor throws its rejection (propagateOnRejection); it may come from graphql's other build, so no instanceof.
    if (e && typeof e === 'object' && 'extensions' in e) return e as GraphQLError;
    throw e;
  }
  throw new Error('the rule did not reject the document');
}

describe('armor rejections', () => {
  it.each([
    ['depth', [maxDepthRule({ n: 2, onReject: REJECT_AS_TOO_COMPLEX, exposeLimits: false, errorMessage: 'wording of a future release' })]],
    ['aliases', [maxAliasesRule({ n: 1, onReject: REJECT_AS_TOO_COMPLEX, exposeLimits: false, errorMessage: 'wording of a future release' })]],
  ])('a %s rejection is QUERY_TOO_COMPLEX whatever its message', (_name, rules) => {
    const error = rejection(rules);
    expect(error.message).toContain('wording of a future release');
    expect(error.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('leaves a code that is already there', () => {
    const error = new GraphQLError('x', { extensions: { code: 'BAD_USER_INPUT' } });
    REJECT_AS_TOO_COMPLEX[0]!(null, error);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
  });
});
