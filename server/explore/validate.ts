// Argument checks at the edge of the API. Resolvers describe their arguments with zod schemas built from the
// helpers here; any failure becomes a BAD_USER_INPUT GraphQLError whose message names the argument and says what
// was wrong, and unknown ids become NOT_FOUND naming the argument. Shared by every answer resolver.
import { GraphQLError } from 'graphql';
import * as z from 'zod';
import { NODE_LABELS, REL_TYPES, isRelType } from '../model/model.js';

/** BAD_USER_INPUT naming the argument. */
export function badInput(argument: string, problem: string): GraphQLError {
  return new GraphQLError(`Invalid argument \`${argument}\`: ${problem}`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
}

/**
 * An id as error messages quote it. The masking layer restates errors in terms of the ids the caller sent by
 * finding ids in this form (server/auth/schema-mask.ts), so messages that quote ids should use it.
 */
export function quoteId(id: string): string {
  return JSON.stringify(id.slice(0, 200));
}

/** NOT_FOUND naming the argument and the id that matched nothing. */
export function notFound(argument: string, id: string): GraphQLError {
  return new GraphQLError(`No node has the id ${quoteId(id)} given as \`${argument}\`.`, {
    extensions: { code: 'NOT_FOUND', argument },
  });
}

const show = (v: unknown) => {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

/** A whole number from `min` to `max`; null or absent takes `fallback` (GraphQL passes an explicit null through). */
export function intArg(min: number, max: number, fallback: number) {
  return z.preprocess(
    (v) => (v === null || v === undefined ? fallback : v),
    z.number(`must be a whole number from ${min} to ${max}`)
      .int(`must be a whole number from ${min} to ${max}`)
      .min(min, `must be at least ${min}`)
      .max(max, `must be at most ${max}`),
  );
}

export const MAX_ID_LENGTH = 512;

/** A node id: a non-empty string of sane length. */
export const idArg = z
  .string('must be a node id (a string)')
  .refine((s) => s.trim() !== '', 'must not be empty')
  .refine((s) => s.length <= MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`);

/** A list of node ids (absent or null is an empty list). */
export function idListArg(maxItems: number) {
  return z.preprocess(
    (v) => (v === null || v === undefined ? [] : v),
    z.array(idArg).max(maxItems, `must list at most ${maxItems} ids`),
  );
}

/**
 * Relationship types allow-listed against the model; absent, null or empty means every type of the model. Never
 * "any type at all": ties outside REL_TYPES (the order desk's PROPOSED shortlist, the ledger's records) must not
 * reach an exploration, where a viewer would see who was proposed.
 */
export const relTypesArg = z.preprocess(
  (v) => (v === null || v === undefined || (Array.isArray(v) && v.length === 0) ? [...REL_TYPES] : v),
  z
    .array(z.string())
    .max(REL_TYPES.length * 2, 'lists too many relationship types')
    .superRefine((types, ctx) => {
      for (const t of types) {
        if (!isRelType(t)) {
          ctx.addIssue({
            code: 'custom',
            message: `unknown relationship type ${show(t)}; known types are ${REL_TYPES.join(', ')}`,
          });
          return;
        }
      }
    })
    .transform((types) => [...new Set(types)])
    .nullable(),
);

/** Node types from the NodeType enum (GraphQL has checked the values already); absent, null or empty means all. */
export const nodeTypesArg = z.preprocess(
  (v) => (v === null || v === undefined || (Array.isArray(v) && v.length === 0) ? null : v),
  z.array(z.enum(NODE_LABELS, `must be node types (${NODE_LABELS.join(', ')})`)).transform((t) => [...new Set(t)]).nullable(),
);

/** A calendar date already checked by the Date scalar; absent or null means no date filter. */
export const dateArg = z.preprocess(
  (v) => (v === undefined ? null : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD').nullable(),
);

/** A boolean flag; absent or null takes `fallback`. */
export function boolArg(fallback: boolean) {
  return z.preprocess((v) => (v === null || v === undefined ? fallback : v), z.boolean('must be true or false'));
}

/**
 * Parses resolver arguments with a zod object schema. The first problem becomes BAD_USER_INPUT naming the argument
 * (the top-level key of the issue's path), so the client learns which argument to fix.
 */
export function parseArgs<S extends z.ZodType>(schema: S, args: unknown): z.output<S> {
  const result = schema.safeParse(args ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const argument = issue.path.length ? String(issue.path[0]) : 'arguments';
  const item = issue.path.length > 1 ? ` (item ${issue.path.slice(1).map(String).join('.')})` : '';
  // Echo only the offending value: a list is shown by its length or by the item at fault, never whole, so the
  // echo cannot carry other items (ids the masking layer resolved) nor cut one in half.
  let given = issue.path.length ? (args as Record<string, unknown>)[argument] : args;
  if (Array.isArray(given) && issue.path.length > 1 && typeof issue.path[1] === 'number') given = given[issue.path[1]];
  const got = issue.code === 'custom' ? '' : Array.isArray(given) ? `; got a list of ${given.length}` : `; got ${show(given)}`;
  throw badInput(argument, `${issue.message}${item}${got}`);
}
