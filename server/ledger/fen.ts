// Money in fen (1 yuan = 100 fen), exact. On the wire a Fen is a decimal string of digits: a GraphQL Int is 32 bits
// and cannot hold 100M yuan (10^10 fen). In the server an amount is a JS safe integer (amounts are capped at 10^15
// fen, far below 2^53), stored in Neo4j as an INTEGER; products that could pass 2^53 are worked out with BigInt.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** The largest amount the ledger accepts: 10^15 fen (10 trillion yuan). */
export const MAX_FEN = 1_000_000_000_000_000;

function refuse(value: unknown): never {
  throw new GraphQLError(
    `Fen must be a whole, non-negative amount in fen written as a string of digits (e.g. "1000000000" for 10,000,000 yuan), at most ${MAX_FEN}; got ${JSON.stringify(value)?.slice(0, 40)}`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

/** Parses a Fen input: a string of digits, or a whole JSON number; never a fraction, a sign or an exponent. */
export function parseFen(value: unknown): number {
  let n: number;
  if (typeof value === 'string') {
    if (!/^\d{1,16}$/.test(value)) refuse(value);
    n = Number(value);
  } else if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) refuse(value);
    n = value;
  } else {
    refuse(value);
  }
  if (n < 0 || n > MAX_FEN) refuse(value);
  return n;
}

/** A stored amount as the wire shows it. */
export function serializeFen(value: unknown): string {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'string' && /^\d+$/.test(value)) return value;
  if (typeof value === 'bigint') return value.toString();
  throw new GraphQLError(`not an amount in fen: ${String(value).slice(0, 40)}`);
}

export const FenScalar = new GraphQLScalarType({
  name: 'Fen',
  description: 'An exact amount of money in fen (1 yuan = 100 fen), written as a decimal string of digits.',
  serialize: serializeFen,
  parseValue: parseFen,
  parseLiteral: (ast) => parseFen(ast.kind === Kind.STRING ? ast.value : ast.kind === Kind.INT ? Number(ast.value) : undefined),
});

/** round-half-up(feeTotal × percent / 100), exactly: the deposit an 安心宝 escrow account takes first. */
export function escrowDeposit(feeTotal: number, percent: number): number {
  if (!Number.isSafeInteger(feeTotal) || feeTotal < 0) throw new RangeError('feeTotal must be a whole number of fen');
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) throw new RangeError('percent must be a whole number 0..100');
  return Number((BigInt(feeTotal) * BigInt(percent) + 50n) / 100n);
}
