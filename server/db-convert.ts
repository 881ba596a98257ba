// Values across the db gateway (db.ts): parameters into Neo4j's types (whole numbers to integers, dates), results
// out of them as plain JSON (integers, temporals, nodes, relationships, paths), and Neo4j's errors to GraphQL errors
// by their status code (db-errors.ts). Part of the gateway, the one place that knows the driver's types.
import { GraphQLError } from 'graphql';
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  Neo4jError,
} from 'neo4j-driver';
import { classifyNeo4jCode } from './db-errors.js';
import { FloatParam, TemporalParam, type PlainNode, type PlainPath, type PlainRelationship } from './db-values.js';

/**
 * Neo4j refused a transaction for its memory limits (db.memory.transaction.max / .total.max). The error code is
 * transient, so the driver would re-run the same greedy query until its retry time ran out; wrapping it in a
 * non-driver error inside the transaction function ends the retries at the first refusal.
 */
export class MemoryLimitRefusal extends Error {
  constructor(readonly neo4jError: Neo4jError) {
    super(neo4jError.message);
  }
}


export async function refuseRetryOnMemoryLimit<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof Neo4jError && classifyNeo4jCode(e.code) === 'memory') throw new MemoryLimitRefusal(e);
    throw e;
  }
}

function temporalToNeo4j(t: TemporalParam): unknown {
  if (t.kind === 'date') {
    const [y, m, d] = t.iso.slice(0, 10).split('-').map(Number);
    return new neo4j.types.Date(y!, m!, d!);
  }
  return neo4j.types.DateTime.fromStandardDate(new Date(t.iso));
}

/**
 * Parameters cross into Cypher here. Whole numbers that the query uses as counts or limits must be Neo4j integers
 * (JS numbers are floats to the driver), so integral numbers become integers; fractional numbers stay floats.
 */
export function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (v: unknown): unknown => {
    if (typeof v === 'number' && Number.isInteger(v)) return neo4j.int(v);
    if (v instanceof TemporalParam) return temporalToNeo4j(v);
    if (v instanceof FloatParam) return v.value; // a JS number reaches Neo4j as a FLOAT
    if (Array.isArray(v)) return v.map(convert);
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, convert(x)]));
    }
    return v;
  };
  return convert(params) as Record<string, unknown>;
}

/** Neo4j values to plain JSON: integers to numbers, temporals to ISO strings, nodes, relationships and paths to objects. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings, numbers, lists and maps: answer them before the driver's type tests, which are the
  // bulk of this function's cost on a large answer.
  const kind = typeof value;
  if (kind === 'string' || kind === 'number' || kind === 'boolean') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (kind === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const k in value as Record<string, unknown>) out[k] = toPlain((value as Record<string, unknown>)[k]);
    return out;
  }
  if (isInt(value)) {
    const n = value as ReturnType<typeof neo4j.int>;
    return n.inSafeRange() ? n.toNumber() : n.toString();
  }
  if (typeof value === 'bigint') return Number(value);
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return String(value);
  }
  if (isPoint(value)) return { x: value.x, y: value.y, z: value.z ?? null, srid: toPlain(value.srid) };
  if (isNode(value)) {
    const properties = toPlain(value.properties) as Record<string, unknown>;
    return { id: String(properties.id ?? value.elementId), labels: value.labels, properties } satisfies PlainNode;
  }
  if (isRelationship(value)) {
    return {
      type: value.type,
      start: value.startNodeElementId,
      end: value.endNodeElementId,
      elementId: value.elementId,
      properties: toPlain(value.properties) as Record<string, unknown>,
    } satisfies PlainRelationship;
  }
  if (isPath(value)) {
    const nodes: PlainNode[] = [toPlain(value.start) as PlainNode];
    const byElementId = new Map<string, string>([[value.start.elementId, nodes[0]!.id]]);
    const relationships: PlainRelationship[] = [];
    for (const seg of value.segments) {
      const end = toPlain(seg.end) as PlainNode;
      nodes.push(end);
      byElementId.set(seg.end.elementId, end.id);
      relationships.push(toPlain(seg.relationship) as PlainRelationship);
    }
    for (const r of relationships) {
      r.start = byElementId.get(r.start) ?? r.start;
      r.end = byElementId.get(r.end) ?? r.end;
    }
    return { nodes, relationships } satisfies PlainPath;
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

/**
 * Maps a driver or Neo4j error to a GraphQLError with an extensions.code, by the error's status code (db-errors.ts);
 * unknown errors stay masked.
 */
export function toGraphQLError(e: unknown, query: string): GraphQLError | Error {
  if (e instanceof GraphQLError) return e;
  const neo = e instanceof MemoryLimitRefusal ? e.neo4jError : e instanceof Neo4jError ? e : undefined;
  const kind = neo ? classifyNeo4jCode(neo.code) : null;
  const made = (message: string, extensions: Record<string, unknown>) => new GraphQLError(message, { extensions: { ...extensions, query } });
  switch (kind) {
    case 'memory': {
      // Which of the two limits it was is only in the text; the code already said it is a memory limit.
      const limit = /db\.memory\.transaction\.(total\.)?max/.exec(neo!.message)?.[0] ?? 'the transaction memory limit';
      return made(`The query ${query} needed more memory than the database allows (${limit}) and was stopped.`, { code: 'RESOURCE_LIMIT', limit });
    }
    case 'unavailable':
      return made('The graph database is unavailable; try again shortly.', { code: 'UNAVAILABLE', http: { status: 503 } });
    case 'timeout':
      return made(`The query ${query} took too long and was stopped.`, { code: 'TIMEOUT' });
    case 'conflict':
      return made('That change conflicts with an existing node (duplicate id).', { code: 'BAD_USER_INPUT' });
    case 'missing-procedure':
      return made(`A procedure this query needs is not installed on the Neo4j server: ${neo!.message.split('\n')[0]}`, { code: 'UNAVAILABLE' });
    case 'busy':
      return made('The graph database is busy; try again.', { code: 'UNAVAILABLE' });
    case 'sign-in':
      return made('The server cannot sign in to its graph database.', { code: 'UNAVAILABLE' });
    case null:
      break;
  }
  // Anything else is a defect; yoga masks the message and logs the original.
  const err = e instanceof Error ? e : new Error(String(e));
  (err as Error & { query?: string }).query = query;
  return err;
}
