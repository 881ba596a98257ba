// Date, DateTime and JSON scalars. Dates are ISO strings on the wire; bad literals are rejected with the field named.
import { GraphQLError, GraphQLScalarType, Kind, type EnumValueNode, type ValueNode, type VariableNode } from 'graphql';
import { FenScalar } from '../ledger/fen.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
      new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`Date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)?.slice(0, 40)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value)) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    throw new GraphQLError(`DateTime must be an ISO 8601 date-time, got ${JSON.stringify(value)?.slice(0, 40)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return new Date(value).toISOString();
}

/**
 * A GraphQL value written in a document, as plain JSON. `named` answers for what only the request can settle: a
 * variable (its value) and an enum value (its name, or a refusal). The JSON scalar's literals and the audit log's
 * record of a mutation's arguments both read values this way.
 */
export function plainValue(ast: ValueNode, named: (node: VariableNode | EnumValueNode) => unknown): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.LIST:
      return ast.values.map((v) => plainValue(v, named));
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, plainValue(f.value, named)]));
    case Kind.NULL:
      return null;
    default:
      return named(ast);
  }
}

function literalToJson(ast: ValueNode): unknown {
  return plainValue(ast, () => {
    throw new GraphQLError('JSON literals cannot contain variables', { extensions: { code: 'BAD_USER_INPUT' } });
  });
}

export const scalarResolvers = {
  Fen: FenScalar,
  Date: new GraphQLScalarType({
    name: 'Date',
    description: 'A calendar date, YYYY-MM-DD.',
    serialize: (v) => String(v).slice(0, 10),
    parseValue: parseDate,
    parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
  }),
  DateTime: new GraphQLScalarType({
    name: 'DateTime',
    description: 'An instant, ISO 8601.',
    serialize: (v) => String(v),
    parseValue: parseDateTime,
    parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
  }),
  JSON: new GraphQLScalarType({
    name: 'JSON',
    description: 'Plain JSON.',
    serialize: (v) => v,
    parseValue: (v) => v,
    parseLiteral: literalToJson,
  }),
};
