// The one door to Neo4j. Named queries are loaded from cypher/*.cypher at start-up (db-queries.ts) and run with a
// timeout and metadata naming the query. Reads are auto-commit transactions in a READ session (one round trip, and
// a cluster routes them to followers), retried here on transient errors as a managed transaction would be; writes
// are managed transactions (executeWrite) that first take the write gate. Neo4j errors become GraphQL errors with
// a code, and Neo4j values become plain JSON (db-convert.ts), so no module outside the gateway imports neo4j-driver.
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape, type Session, Neo4jError } from 'neo4j-driver';
import { refuseRetryOnMemoryLimit, toGraphQLError, toNeo4jParams, toPlain } from './db-convert.js';
import { classifyNeo4jCode } from './db-errors.js';
import { CYPHER_DIR, fillIntSlots, loadQueries, MissingQueryError, splitStatements } from './db-queries.js';
import { cancelledError, currentRequestSignal, onAbort } from './db-request.js';
import type { QueryName } from './query-names.js';
import { requestId } from './request-context.js';

// The gateway's parts, re-exported so that callers keep importing from db.ts.
export { toGraphQLError, toNeo4jParams, toPlain } from './db-convert.js';
export { CYPHER_DIR, fillIntSlots, loadQueries, MissingQueryError, splitStatements } from './db-queries.js';
export { cancelledError, detachedFromRequest, withRequestSignal } from './db-request.js';
export * from './db-values.js';

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
 * Neo4j stops a transaction at its own timeout; this guard only covers a server that does not answer then (a stuck
 * connection), so the session is closed a little after that.
 */
const TIMEOUT_GRACE_MS = 2_000;

/** Why the database cannot take queries right now (the embedded JVM is restarting), or undefined when it can. */
export type AvailabilityGate = () => string | undefined;

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

/** How long a read is tried again after transient errors (the driver's maxTransactionRetryTime for writes). */
const READ_RETRY_MS = 2_000;

/**
 * A read as one auto-commit transaction: RUN and PULL in one round trip, where a managed transaction also sends
 * BEGIN and COMMIT (a read took 2.8 ms that way against 1.3 ms in one, `RETURN 1` on an idle store; see
 * bench/micro-gateway.ts). What the managed transaction gave besides is kept: transient failures (a leader
 * switch, a connection lost before the answer) are tried again with a growing pause until READ_RETRY_MS has
 * passed; a memory-limit refusal is not (the same greedy query would be refused again).
 */
async function autoCommitRead(
  session: Session,
  query: { text: string; params: Record<string, unknown> },
  config: { timeout: number; metadata: Record<string, unknown> },
): Promise<QueryResult<RecordShape>> {
  const giveUpAt = performance.now() + READ_RETRY_MS;
  for (let pauseMs = 50; ; pauseMs = Math.min(pauseMs * 2, 500)) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0; // as in runWithoutStack
    let running;
    try {
      running = session.run(query.text, query.params, config);
    } finally {
      Error.stackTraceLimit = limit;
    }
    try {
      return await running;
    } catch (e) {
      const again = e instanceof Neo4jError && e.retryable && classifyNeo4jCode(e.code) !== 'memory';
      if (!again || performance.now() + pauseMs > giveUpAt) throw e;
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
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
    opts: { timeoutMs: number; /** False: take no gate and read in READ mode, for a store this must not write to. */ gate?: boolean },
  ): Promise<{ gated: boolean }> {
    this.refuseWhileUnavailable('snapshot');
    const gated = opts.gate !== false && (await this.writesAreGated());
    const mode = opts.gate === false ? neo4j.session.READ : neo4j.session.WRITE;
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
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
    const signal = opts.signal ?? (mode === 'READ' ? currentRequestSignal() : undefined);
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
    const stopListening = signal ? onAbort(signal, () => stop!(signal.reason)) : undefined;
    const timeoutMs = opts.timeoutMs ?? this.options.queryTimeoutMs;
    const guard = setTimeout(() => stop!(new DOMException('query timeout', 'TimeoutError')), timeoutMs + TIMEOUT_GRACE_MS);
    guard.unref();
    try {
      const config = this.txConfig(name, opts);
      const neoParams = toNeo4jParams(params);
      let answer: Promise<QueryResult<RecordShape>>;
      if (mode === 'READ') {
        answer = autoCommitRead(session, { text, params: neoParams }, config);
      } else {
        const gated = await this.writeGateQuery();
        answer = session.executeWrite(async (tx: ManagedTransaction) => {
          if (gated) await tx.run(gated);
          return refuseRetryOnMemoryLimit(runWithoutStack(tx, text, neoParams));
        }, config);
      }
      const result = await Promise.race([answer, stopped]);
      const rows = result.records.map((r) => toPlain(r.toObject()) as T);
      this.observe(name, started);
      return rows;
    } catch (e) {
      const error = toGraphQLError(e, name);
      this.observe(name, started, error);
      throw error;
    } finally {
      clearTimeout(guard);
      stopListening?.();
      this.openSessions -= 1;
      await session.close();
    }
  }
}
