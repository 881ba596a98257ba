// Masking that no resolver can forget: applied to the built schema, it wraps every field whose value could carry
// personal data outside the Node and Relationship types (which mask through their own field resolvers):
// - every String field (reasons, matched search terms, summaries): names of non-consenting people are replaced by
//   "a researcher" for viewers;
// - every ID field: a non-consenting person's id is replaced by its alias for viewers (ids often spell names);
// - every ID argument of a root field goes through callerId (server/auth/masking.ts), the one place where an alias
//   becomes the real id and a viewer's guessed real id of a hidden person becomes an unknown id; an error the field
//   throws is restated with the ids as the caller gave them, so it never shows the real id behind an alias;
// - every `reasons` / `reasonDetails` field of a ranked item about a hidden person (the suggested node, a people
//   bridge's intermediaries): one withheld reason for viewers, since reasons tell posts, dates and roles;
// - every JSON field: personal fields are removed for viewers (nested objects too), and contact fields a broker or
//   admin receives are noted for the audit;
// - Query.search: the query itself leaves non-consenting people out for viewers (cypher/search.cypher); the
//   wrapper drops any that still come through, as a second line.
// Error messages as a whole are redacted once more for viewers in server/plugins/error-codes.ts.
// New fields are covered the moment they are added to the SDL.
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLNamedType, type GraphQLObjectType, type GraphQLInputType, type GraphQLOutputType, type GraphQLSchema } from 'graphql';
import type { Context } from '../context.js';
import { hasRole } from './guard.js';
import { anyHiddenFrom, callerId, findContactFields, isHiddenFrom, redactForViewer, stripPersonal, thenMaybe, visibleId } from './masking.js';
import { quoteId } from '../explore/validate.js';
import { noteContactRead } from './audit.js';

/** Types whose own field resolvers (server/resolvers/Node, Relationship) already mask. */
const SELF_MASKING = new Set(['Node', 'Relationship']);
/** Admin-only answers that must show what was recorded, unaltered. */
const UNMASKED_TYPES = new Set(['AuditEvent']);

type Resolve = GraphQLFieldResolver<unknown, Context>;

/** Applies f to a resolved value, synchronously when the value is not a promise (most fields of most answers). */
const then = <T>(value: unknown, f: (v: unknown) => T | Promise<T>): T | Promise<T> => thenMaybe(value, f);

// Brokers and admins see everything, so for them a wrapper adds no promise: graphql-js then completes plain fields
// synchronously, which is most of the cost of a large answer.
function wrapString(resolve: Resolve, field: string): Resolve {
  const lang = field === 'zh' ? 'zh' : field === 'en' ? 'en' : undefined;
  return (parent, args, ctx, info) => {
    const value = resolve(parent, args, ctx, info);
    if (hasRole(ctx, 'broker')) return value;
    return then(value, (v) => redactForViewer(v, ctx, lang ?? ctx.lang));
  };
}

function wrapId(resolve: Resolve): Resolve {
  return (parent, args, ctx, info) => {
    const value = resolve(parent, args, ctx, info);
    if (hasRole(ctx, 'broker')) return value;
    return then(value, (v) => {
      if (typeof v === 'string') return visibleId(v, ctx);
      if (Array.isArray(v)) return Promise.all(v.map((x) => (typeof x === 'string' ? visibleId(x, ctx) : x)));
      return v;
    });
  };
}

/**
 * Restates an error thrown with internal ids in terms of what the caller sent: each internal id, quoted as the
 * answers quote ids (quoteId) or bare, becomes the caller's text. A viewer who passed an alias reads the alias back,
 * and one who typed a hidden person's real id reads it back just as an unknown id would be.
 */
function restate(error: unknown, shown: ReadonlyMap<string, string>): unknown {
  if (!(error instanceof Error) || !('extensions' in error)) return error;
  const swaps = new Map<string, string>();
  for (const [internal, sent] of shown) {
    swaps.set(quoteId(internal), quoteId(sent));
    swaps.set(internal, sent);
  }
  const pattern = new RegExp([...swaps.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  error.message = error.message.replace(pattern, (m) => swaps.get(m) ?? m);
  return error;
}

function wrapIdArguments(resolve: Resolve, idArgs: string[]): Resolve {
  return async (parent, args, ctx, info) => {
    const real: Record<string, unknown> = { ...(args as Record<string, unknown>) };
    const shown = new Map<string, string>();
    const lookUp = async (v: unknown) => {
      if (typeof v !== 'string') return v;
      const id = await callerId(v, ctx);
      if (id !== v) shown.set(id, v);
      return id;
    };
    for (const name of idArgs) {
      const v = real[name];
      real[name] = Array.isArray(v) ? await Promise.all(v.map(lookUp)) : await lookUp(v);
    }
    if (shown.size === 0) return resolve(parent, real, ctx, info);
    try {
      return await resolve(parent, real, ctx, info);
    } catch (e) {
      throw restate(e, shown);
    }
  };
}

function wrapJson(resolve: Resolve): Resolve {
  return (parent, args, ctx, info) =>
    then(resolve(parent, args, ctx, info), (value) => {
      if (hasRole(ctx, 'broker')) {
        const found = findContactFields(value);
        if (found.size) noteContactRead(ctx, info, null, [...found]);
        return value;
      }
      return redactForViewer(stripPersonal(value), ctx);
    });
}

function wrapSearch(resolve: Resolve): Resolve {
  return (parent, args, ctx, info) =>
    then(resolve(parent, args, ctx, info), (value) => {
      if (hasRole(ctx, 'broker') || !Array.isArray(value)) return value;
      return value.filter((hit: { node?: { type?: string; labels?: string[]; properties?: Record<string, unknown> } }) => {
        const node = hit?.node;
        return !(node && node.properties && isHiddenFrom({ type: node.type, labels: node.labels, properties: node.properties }, ctx));
      });
    });
}

/** What a viewer reads instead of the reasons about a person who did not consent. */
const WITHHELD = {
  code: 'WITHHELD',
  zh: '此人未同意公开身份，其任职、关系与经历的细节不予显示',
  en: 'Details withheld: this person has not agreed to be shown, so their posts, ties and record are not described',
};

/** Ids of the people a ranked item is about: the suggested node, or a people bridge's intermediaries. */
function subjectIds(parent: unknown): string[] {
  if (!parent || typeof parent !== 'object') return [];
  const p = parent as { node?: { id?: unknown }; intermediaries?: Array<{ id?: unknown }> };
  const ids = [p.node?.id, ...(Array.isArray(p.intermediaries) ? p.intermediaries.map((n) => n?.id) : [])];
  return ids.filter((id): id is string => typeof id === 'string');
}

/**
 * Reasons describe their subject's posts, dates, roles and ties: for a hidden person that is the detail their ties
 * lose (finding 9), and dates and roles can single a person out even under an anonymous label. A viewer gets one
 * withheld reason instead; the score and its parts stay, so the ranking is the same for every role.
 */
function wrapReasons(resolve: Resolve, detailed: boolean): Resolve {
  return (parent, args, ctx, info) => {
    if (hasRole(ctx, 'broker')) return resolve(parent, args, ctx, info);
    const ids = subjectIds(parent);
    const withheld = () => (detailed ? [WITHHELD] : [ctx.lang === 'en' ? WITHHELD.en : WITHHELD.zh]);
    if (!ids.length) return resolve(parent, args, ctx, info);
    return then(anyHiddenFrom(ids, ctx), (hidden) => (hidden ? withheld() : resolve(parent, args, ctx, info)));
  };
}

// Type tests by tag rather than instanceof: the schema may come from another copy of graphql-js (CJS beside ESM).
function isObjectType(t: GraphQLNamedType): t is GraphQLObjectType {
  return Object.prototype.toString.call(t) === '[object GraphQLObjectType]';
}

function namedTypeName(t: GraphQLOutputType | GraphQLInputType): string {
  let x: unknown = t;
  while (x && typeof x === 'object' && 'ofType' in x) x = (x as { ofType: unknown }).ofType;
  return (x as GraphQLNamedType).name;
}

/** Wraps the schema's resolvers in place and returns the schema. */
export function applyMasking(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || SELF_MASKING.has(type.name) || UNMASKED_TYPES.has(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = (field.resolve ?? defaultFieldResolver) as Resolve;
      const named = namedTypeName(field.type);
      if (named === 'String') field.resolve = wrapString(resolve, field.name);
      else if (named === 'ID') field.resolve = wrapId(resolve);
      else if (named === 'JSON') field.resolve = wrapJson(resolve);
      else if (type.name === 'Query' && field.name === 'search') field.resolve = wrapSearch(resolve);
      if (field.name === 'reasons' || field.name === 'reasonDetails') {
        field.resolve = wrapReasons(field.resolve ?? resolve, field.name === 'reasonDetails');
      }
      const idArgs = field.args.filter((a) => namedTypeName(a.type) === 'ID').map((a) => a.name);
      if ((type.name === 'Query' || type.name === 'Mutation') && idArgs.length) field.resolve = wrapIdArguments(field.resolve ?? resolve, idArgs);
    }
  }
  return schema;
}
