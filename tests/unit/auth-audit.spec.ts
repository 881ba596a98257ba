// Pure parts of the audit and error plumbing: which ids a change names, root arguments with variables filled in,
// codes for errors that came without one, and the anonymous alias.
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { idsIn, rootArguments } from '../../server/auth/audit.js';
import { aliasOf } from '../../server/auth/masking.js';
import { codeFor } from '../../server/plugins/error-codes.js';

const op = (text: string) => parse(text).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;

describe('audit subjects', () => {
  it('reads root arguments with variables filled in, and the ids they name', () => {
    const args = rootArguments(
      op('mutation P($e: ID!, $t: [ID!]!) { postDemand(enterpriseId: $e, techAreas: $t, regionId: "r:1", description: "x", limit: 3) { demand { id } } a: link(type: "KNOWS", from: "p:1", to: "p:2") { id } }'),
      { e: 'e:1', t: ['t:1', 't:2'] },
    );
    expect(args).toEqual({
      postDemand: { enterpriseId: 'e:1', techAreas: ['t:1', 't:2'], regionId: 'r:1', description: 'x', limit: 3 },
      a: { type: 'KNOWS', from: 'p:1', to: 'p:2' },
    });
    expect([...idsIn(args)].sort()).toEqual(['e:1', 'p:1', 'p:2', 'r:1']);
    expect([...idsIn({ upsertPerson: { id: 'p:9', name: 'x' } })]).toEqual(['p:9']);
  });
});

describe('error codes', () => {
  it('gives every kind of uncoded error a code', () => {
    expect(codeFor('Syntax Error: Aliases limit of 15 exceeded, found 30.')).toBe('QUERY_TOO_COMPLEX');
    expect(codeFor('Syntax Error: Expected Name, found <EOF>.')).toBe('GRAPHQL_PARSE_FAILED');
    expect(codeFor('Variable "$l" got invalid value "abc"; Int cannot represent non-integer value: "abc"')).toBe('BAD_USER_INPUT');
    expect(codeFor('something else')).toBe('BAD_REQUEST');
  });
});

describe('anonymous alias', () => {
  it('is stable within the process, opaque, and distinct per person', () => {
    expect(aliasOf('demo:person:pan-yutong')).toBe(aliasOf('demo:person:pan-yutong'));
    expect(aliasOf('demo:person:pan-yutong')).not.toBe(aliasOf('demo:person:wang-zihan'));
    expect(aliasOf('demo:person:pan-yutong')).toMatch(/^anon:[\w-]{22}$/);
    expect(aliasOf('demo:person:pan-yutong')).not.toContain('yutong');
  });
});
