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

/** Messages of errors that come without a code, and the code each gets. */
const UNCODED: ReadonlyArray<[message: string, code: string]> = [
  ['Syntax Error: Aliases limit of 15 exceeded, found 30.', 'QUERY_TOO_COMPLEX'],
  ['Syntax Error: Expected Name, found <EOF>.', 'GRAPHQL_PARSE_FAILED'],
  ['Variable "$l" got invalid value "abc"; Int cannot represent non-integer value: "abc"', 'BAD_USER_INPUT'],
  ['something else', 'BAD_REQUEST'],
];

describe('error codes', () => {
  it('gives every kind of uncoded error a code', () => {
    for (const [message, code] of UNCODED) expect(codeFor(message), message).toBe(code);
  });
});

describe('anonymous alias', () => {
  it('is stable within the process, opaque, and distinct per person', () => {
    const alias = aliasOf('demo:person:pan-yutong');
    expect(alias).toBe(aliasOf('demo:person:pan-yutong'));
    expect(alias).not.toBe(aliasOf('demo:person:wang-zihan'));
    expect(alias).toMatch(/^anon:[\w-]{22}$/);
    expect(alias).not.toContain('yutong');
  });
});
