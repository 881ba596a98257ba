// The one door to Neo4j. Named queries are loaded from cypher/*.cypher at start-up and run through managed
// transactions (executeRead / executeWrite, so reads route to followers in a cluster) with a timeout and metadata
// naming the query. Neo4j errors become GraphQL errors with a code here, and Neo4j values become plain JSON here,
// so no other module imports neo4j-driver.
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
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
import { PROJECT_ROOT } from './config.js';
import { classifyNeo4jCode } from './db-errors.js';
import { QUERY_NAMES, type QueryName } from './query-names.js';
import { requestId } from './request-context.js';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');


export interface DbOptions {
  uri: string;
  username?: string;
  password?: string;
  database?: string;
  queryTimeoutMs: number;
  /** Folder of .cypher files; defaults to the project's cypher/. */
  cypherDir?: string;
  maxConnectionPoolSize?: number;
}

/** One named query's run, for metrics (server/metrics.ts). */
export interface QueryObservation {
  query: string;
  ms: number;
  /** OK, or the error code it ended with. */
  outcome: string;
}

export interface RunOptions {
  /** Overrides the default per-query timeout. */
  timeoutMs?: number;
  /** Who asked; recorded in the transaction metadata. */
  user?: string;
  /**
   * Aborting it closes the session, which resets the Bolt connection and so makes Neo4j stop the transaction.
   * Defaults to the signal of the request being served (withRequestSignal).
   */
  signal?: AbortSignal;
}

/**
 * The signal of the GraphQL request whose resolvers are running. Set once around execution (plugins/cost.ts), so
 * every query a request starts is cancelled with it without threading the signal through each resolver.
 */
const requestSignal = new AsyncLocalStorage<AbortSignal>();

/** Runs `fn` so that every read it starts is cancelled when `signal` aborts (the client left, the request timed out). */
export function withRequestSignal<T>(signal: AbortSignal, fn: () => T): T {
  return requestSignal.run(signal, fn);
}

/**
 * Runs `fn` outside any request's signal: for work shared between requests (a cache filled by the first asker), which
 * must not be cancelled for everyone when the request that happened to start it goes away. Its own query timeout
 * still bounds it.
 */
export function detachedFromRequest<T>(fn: () => T): T {
  return requestSignal.exit(fn);
}

/** The typed error of a query cut short because its request was cancelled. */
export function cancelledError(query: string, reason: unknown): GraphQLError {
  const timedOut = reason instanceof Error && reason.name === 'TimeoutError';
  return timedOut
    ? new GraphQLError(`The query ${query} took too long and was stopped.`, { extensions: { code: 'TIMEOUT', query } })
    : new GraphQLError(`The request was cancelled; the query ${query} was stopped.`, { extensions: { code: 'CANCELLED', query } });
}

/**
 * Neo4j stops a transaction at its own timeout; this guard only covers a server that does not answer then (a stuck
 * connection), so the session is closed a little after that.
 */
const TIMEOUT_GRACE_MS = 2_000;

/** A plain-JSON graph node as every resolver sees it. */
export interface PlainNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface PlainRelationship {
  type: string;
  /** Entity ids (our `id` property) of the endpoints, resolved where the query returned them. */
  start: string;
  end: string;
  elementId: string;
  properties: Record<string, unknown>;
}

export interface PlainPath {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

export class MissingQueryError extends Error {}

/** Why the database cannot take queries right now (the embedded JVM is restarting), or undefined when it can. */
export type AvailabilityGate = () => string | undefined;

/**
 * Neo4j refused a transaction for its memory limits (db.memory.transaction.max / .total.max). The error code is
 * transient, so the driver would re-run the same greedy query until its retry time ran out; wrapping it in a
 * non-driver error inside the transaction function ends the retries at the first refusal.
 */
class MemoryLimitRefusal extends Error {
  constructor(readonly neo4jError: Neo4jError) {
    super(neo4jError.message);
  }
}


async function refuseRetryOnMemoryLimit<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof Neo4jError && classifyNeo4jCode(e.code) === 'memory') throw new MemoryLimitRefusal(e);
    throw e;
  }
}

/** Loads every cypher/*.cypher file into a map, and checks that each name the code uses has a file. */
export function loadQueries(dir = CYPHER_DIR, required: readonly string[] = QUERY_NAMES): Map<string, string> {
  const queries = new Map<string, string>();
  for (const file of fs.readdirSync(dir)) {
    if (!file.endsWith('.cypher') || file === 'schema.cypher') continue;
    queries.set(file.slice(0, -'.cypher'.length), fs.readFileSync(path.join(dir, file), 'utf8'));
  }
  const missing = required.filter((name) => !queries.has(name));
  if (missing.length) {
    throw new MissingQueryError(`missing query file(s) in ${dir}: ${missing.map((n) => `${n}.cypher`).join(', ')}`);
  }
  return queries;
}

/** Splits a DDL file into statements, dropping `//` comment lines. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The driver captures a stack trace for every query it starts, to decorate its own errors; formatting it (through
 * source maps when they are on) cost about as much CPU as decoding a small answer. Our errors name the query
 * instead (toGraphQLError), so the capture is switched off for the synchronous call that starts the query.
 */
function runWithoutStack(tx: ManagedTransaction, text: string, params: Record<string, unknown>) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return tx.run(text, params);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export class Db {
  private readonly driver: Driver;
  private readonly queries: Map<string, string>;
  private gate: AvailabilityGate | undefined;
  private observer: ((o: QueryObservation) => void) | undefined;
  private openSessions = 0;

  private constructor(
    driver: Driver,
    queries: Map<string, string>,
    readonly options: DbOptions,
  ) {
    this.driver = driver;
    this.queries = queries;
  }

  /** Builds the gateway. Throws MissingQueryError before touching the network if a query file is missing. */
  static create(options: DbOptions): Db {
    const queries = loadQueries(options.cypherDir ?? CYPHER_DIR);
    const auth = options.password !== undefined ? neo4j.auth.basic(options.username ?? 'neo4j', options.password) : undefined;
    const driver = neo4j.driver(options.uri, auth, {
      maxConnectionPoolSize: options.maxConnectionPoolSize ?? 100,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      // Give up on retries quickly so that an outage surfaces as UNAVAILABLE instead of a hung request.
      maxTransactionRetryTime: 2_000,
      disableLosslessIntegers: false,
      userAgent: 'talent-bridge',
    });
    return new Db(driver, queries, options);
  }

  get uri(): string {
    return this.options.uri;
  }

  /**
   * While the embedded JVM restarts, named queries answer UNAVAILABLE at once instead of each waiting for its
   * connection to fail (or reaching a database that is still recovering). verify() and applySchema() ignore the
   * gate: they are the checks that open it again.
   */
  setAvailabilityGate(gate: AvailabilityGate | undefined): void {
    this.gate = gate;
  }

  /** Called after every named query with its time and outcome (metrics). */
  setQueryObserver(observer: ((o: QueryObservation) => void) | undefined): void {
    this.observer = observer;
  }

  sessionsInUse(): number {
    return this.openSessions;
  }

  poolSize(): number {
    return this.options.maxConnectionPoolSize ?? 100;
  }

  private observe(query: string, started: number, error?: unknown): void {
    if (!this.observer) return;
    const code = error === undefined ? 'OK' : String((error as { extensions?: { code?: unknown } }).extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    this.observer({ query, ms: performance.now() - started, outcome: code });
  }

  private refuseWhileUnavailable(query: string): void {
    const reason = this.gate?.();
    if (reason === undefined) return;
    throw new GraphQLError(`The graph database is unavailable (${reason}); try again shortly.`, {
      extensions: { code: 'UNAVAILABLE', http: { status: 503 }, query },
    });
  }

  /** The text of a named query (for EXPLAIN tests, benchmarks that run the same Cypher raw). */
  text(name: string): string {
    const q = this.queries.get(name);
    if (q === undefined) throw new MissingQueryError(`no query named ${name}`);
    return q;
  }

  queryNames(): string[] {
    return [...this.queries.keys()].sort();
  }

  /** Fails with a message naming the URI when Neo4j cannot be reached. */
  async verify(): Promise<string> {
    try {
      const info = await this.driver.getServerInfo({ database: this.options.database });
      return info.agent ?? 'Neo4j';
    } catch (e) {
      throw new Error(`cannot reach Neo4j at ${this.options.uri}: ${(e as Error).message.split('\n')[0]}`, { cause: e });
    }
  }

  /** Neo4j's version string, or throws UNAVAILABLE. Used by /healthz. */
  async health(): Promise<string> {
    try {
      const info = await this.driver.getServerInfo({ database: this.options.database });
      return info.agent ?? 'Neo4j';
    } catch (e) {
      throw toGraphQLError(e, 'healthz');
    }
  }

  async read<T = Record<string, unknown>>(name: QueryName, params: Record<string, unknown> = {}, opts: RunOptions = {}): Promise<T[]> {
    return this.run<T>('READ', name, this.text(name), params, opts);
  }

  async write<T = Record<string, unknown>>(name: QueryName, params: Record<string, unknown> = {}, opts: RunOptions = {}): Promise<T[]> {
    return this.run<T>('WRITE', name, this.text(name), params, opts);
  }

  /**
   * Runs a named read whose text holds whole-number slots that Cypher cannot take as parameters (`SHORTEST 3`,
   * the bound of `{1,6}`). See fillIntSlots: the values come from code, validated, never from request text.
   */
  async readWithInts<T = Record<string, unknown>>(
    name: QueryName,
    ints: Record<string, number>,
    params: Record<string, unknown> = {},
    opts: RunOptions = {},
  ): Promise<T[]> {
    return this.run<T>('READ', name, fillIntSlots(this.text(name), ints), params, opts);
  }

  /**
   * Runs several named writes in one transaction, so that either all of them land or none does (an import batch
   * of nodes and their relationships, for instance).
   */
  async writeAll(steps: Array<{ name: QueryName; params: Record<string, unknown> }>, opts: RunOptions = {}): Promise<void> {
    this.refuseWhileUnavailable(steps.map((s) => s.name).join('+'));
    const gated = await this.writeGateQuery();
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite(
        async (tx: ManagedTransaction) => {
          if (gated) await tx.run(gated);
          for (const step of steps) await refuseRetryOnMemoryLimit(runWithoutStack(tx, this.text(step.name), toNeo4jParams(step.params)));
        },
        this.txConfig(steps.map((s) => s.name).join('+'), opts),
      );
    } catch (e) {
      throw toGraphQLError(e, steps.map((s) => s.name).join('+'));
    } finally {
      await session.close();
    }
  }

  /** Applies cypher/schema.cypher statement by statement; every statement is IF NOT EXISTS. */
  async applySchema(file = path.join(this.options.cypherDir ?? CYPHER_DIR, 'schema.cypher')): Promise<number> {
    const statements = splitStatements(fs.readFileSync(file, 'utf8'));
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      for (const statement of statements) await session.run(statement);
      await session.run('CALL db.awaitIndexes(300)');
    } catch (e) {
      throw toGraphQLError(e, 'schema');
    } finally {
      await session.close();
    }
    return statements.length;
  }

  /**
   * Runs Cypher text that is not a named query. Only for tests and benchmarks that must run the very same text
   * raw (EXPLAIN checks, the raw-vs-GraphQL comparison); never for request handling. `label` names it in
   * errors and in the transaction metadata.
   */
  async runText(text: string, params: Record<string, unknown> = {}, mode: 'READ' | 'WRITE' = 'READ', label = 'raw'): Promise<Record<string, unknown>[]> {
    return this.run('READ' === mode ? 'READ' : 'WRITE', label, text, params, {});
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /**
   * The statement every write transaction runs first: a shared lock on the write gate, so writes run side by side
   * but none runs while a backup holds the gate exclusively (snapshot()). Undefined when the database lacks APOC's
   * lock procedures; backups then say that they cannot guarantee a consistent copy under concurrent writes.
   */
  private async writeGateQuery(): Promise<string | undefined> {
    this.gateReady ??= this.probeWriteGate().catch(() => {
      this.gateReady = undefined; // ask again on the next write (the database may be restarting)
      return false;
    });
    return (await this.gateReady) ? this.text('writeGateShared') : undefined;
  }

  private gateReady: Promise<boolean> | undefined;

  /** Whether the gate statement compiles here, i.e. APOC's lock procedures are installed. */
  private async probeWriteGate(): Promise<boolean> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.executeRead((tx) => tx.run(`EXPLAIN ${this.text('writeGateShared')}`));
      return true;
    } catch (e) {
      if (e instanceof Neo4jError && e.code === 'Neo.ClientError.Procedure.ProcedureNotFound') return false;
      throw e;
    } finally {
      await session.close();
    }
  }

  /** True when writes take the gate, so snapshot() is consistent under concurrent writes. */
  async writesAreGated(): Promise<boolean> {
    return (await this.writeGateQuery()) !== undefined;
  }

  /**
   * Reads a consistent copy of the graph while the product keeps serving: one transaction takes the write gate
   * exclusively (writes wait for it, reads do not), then streams each named query's rows to `onRow` in order, with
   * the driver's back-pressure, so memory does not grow with the graph. Values keep Neo4j's types as plain JSON
   * (toPlain); queries that need exact types return them with valueType().
   */
  async snapshot(
    steps: ReadonlyArray<{ name: QueryName; params?: Record<string, unknown> }>,
    onRow: (step: QueryName, row: Record<string, unknown>) => void | Promise<void>,
    opts: { timeoutMs: number },
  ): Promise<{ gated: boolean }> {
    this.refuseWhileUnavailable('snapshot');
    const gated = await this.writesAreGated();
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    // The gate is created, committed, before the copy's transaction, so that every write from then on takes it.
    if (gated) await session.executeWrite((tx) => tx.run(this.text('writeGateCreate')));
    // An explicit transaction, not a managed one: a retry after rows were already handed out would repeat them.
    const tx = session.beginTransaction(this.txConfig('snapshot', { timeoutMs: opts.timeoutMs }));
    try {
      if (gated) await tx.run(this.text('writeGateExclusive'));
      for (const step of steps) {
        const result = tx.run(this.text(step.name), toNeo4jParams(step.params ?? {}));
        for await (const record of result) await onRow(step.name, toPlain(record.toObject()) as Record<string, unknown>);
      }
      await tx.rollback(); // nothing was written but the lock
      return { gated };
    } catch (e) {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      throw toGraphQLError(e, 'snapshot');
    } finally {
      await session.close();
    }
  }

  private txConfig(name: string, opts: RunOptions) {
    return {
      timeout: opts.timeoutMs ?? this.options.queryTimeoutMs,
      metadata: {
        app: 'talent-bridge',
        query: name,
        ...(opts.user ? { user: opts.user } : {}),
        // The HTTP request this runs for, as in the server's log lines (request-context.ts).
        ...(requestId() ? { requestId: requestId() } : {}),
      },
    };
  }

  private async run<T>(mode: 'READ' | 'WRITE', name: string, text: string, params: Record<string, unknown>, opts: RunOptions): Promise<T[]> {
    this.refuseWhileUnavailable(name);
    // Reads follow the request's signal; a write runs to its end (it is one transaction either way, and its audit
    // record says whether it happened), unless its caller passes a signal itself.
    const signal = opts.signal ?? (mode === 'READ' ? requestSignal.getStore() : undefined);
    if (signal?.aborted) throw cancelledError(name, signal.reason);
    const started = performance.now();
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    this.openSessions += 1;
    // Closing the session while the transaction runs makes the driver RESET the connection, and Neo4j then
    // terminates the transaction; the caller gets its answer at once instead of when the driver settles.
    let stop: ((reason: unknown) => void) | undefined;
    const stopped = new Promise<never>((_resolve, reject) => {
      stop = (reason) => {
        void session.close().catch(() => undefined);
        reject(cancelledError(name, reason));
      };
    });
    stopped.catch(() => undefined);
    const onAbort = () => stop!(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const timeoutMs = opts.timeoutMs ?? this.options.queryTimeoutMs;
    const guard = setTimeout(() => stop!(new DOMException('query timeout', 'TimeoutError')), timeoutMs + TIMEOUT_GRACE_MS);
    guard.unref();
    try {
      const gated = mode === 'WRITE' ? await this.writeGateQuery() : undefined;
      const work = async (tx: ManagedTransaction) => {
        if (gated) await tx.run(gated);
        return refuseRetryOnMemoryLimit(runWithoutStack(tx, text, toNeo4jParams(params)));
      };
      const result: QueryResult<RecordShape> = await Promise.race([
        mode === 'READ' ? session.executeRead(work, this.txConfig(name, opts)) : session.executeWrite(work, this.txConfig(name, opts)),
        stopped,
      ]);
      const rows = result.records.map((r) => toPlain(r.toObject()) as T);
      this.observe(name, started);
      return rows;
    } catch (e) {
      const error = toGraphQLError(e, name);
      this.observe(name, started, error);
      throw error;
    } finally {
      clearTimeout(guard);
      signal?.removeEventListener('abort', onAbort);
      this.openSessions -= 1;
      await session.close();
    }
  }
}

/**
 * In a .cypher file a slot is a block comment holding `:name` directly followed by an example number, e.g.
 * `SHORTEST /` + `*:k*` + `/3`: valid Cypher, so the file runs unchanged in Neo4j Browser. Each slot is replaced by
 * a whole number from 0 to 1000 given by code; a missing or unfilled slot is an error.
 */
export function fillIntSlots(text: string, ints: Record<string, number>): string {
  const used = new Set<string>();
  const filled = text.replace(/\/\*:([A-Za-z]\w*)\*\/\d+/g, (_m, slot: string) => {
    const value = ints[slot];
    if (value === undefined) throw new Error(`no value for the integer slot ${slot}`);
    if (!Number.isSafeInteger(value) || value < 0 || value > 1000) throw new Error(`integer slot ${slot} must be 0..1000, got ${value}`);
    used.add(slot);
    return `/*:${slot}*/${value}`;
  });
  const unused = Object.keys(ints).filter((k) => !used.has(k));
  if (unused.length) throw new Error(`the query has no integer slot(s) ${unused.join(', ')}`);
  return filled;
}

/** A value the caller wants stored as a Neo4j DATE (`YYYY-MM-DD`) or ZONED DATETIME (ISO 8601). */
export class TemporalParam {
  constructor(
    readonly kind: 'date' | 'datetime',
    readonly iso: string,
  ) {}
}
export const cypherDate = (iso: string) => new TemporalParam('date', iso);
/** A number the caller wants stored as a FLOAT even when it is whole (10 % escrow, strength 1.0). */
export class FloatParam {
  constructor(readonly value: number) {}
}
export const cypherFloat = (value: number) => new FloatParam(value);
export const cypherDateTime = (iso: string) => new TemporalParam('datetime', iso);

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
