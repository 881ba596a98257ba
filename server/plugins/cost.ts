// Work-based limits, checked after validation and before any resolver runs:
// - a cost budget per request and role (cost-model.ts estimates each root field; over budget is COST_LIMIT naming
//   the costliest fields, the estimate and the budget);
// - heavy requests (estimate at or over TB_HEAVY_COST, or any GDS projection) need a slot: at most
//   TB_HEAVY_PER_CALLER at a time per caller (token, or client address when anonymous) and TB_HEAVY_CONCURRENCY
//   server-wide, with a queue of TB_HEAVY_QUEUE that waits at most HEAVY_QUEUE_WAIT_MS; beyond that the answer is
//   BUSY at once, so a burst of heavy requests never queues forever and light requests never wait at all;
// - every read the request starts runs under its AbortSignal (db.withRequestSignal): when the client goes away the
//   Neo4j transaction is stopped.
import { GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import { withRequestSignal, type Db } from '../db.js';
import { clientAddresses } from '../auth/audit.js';
import { estimate, type Estimate, type GraphSizes } from './cost-model.js';

/** How long a heavy request may wait in the queue for a server-wide slot before it is answered BUSY. */
export const HEAVY_QUEUE_WAIT_MS = 3_000;
/** The whole-graph size changes slowly; reading it once a minute is enough for an estimate. */
const GRAPH_SIZE_TTL_MS = 60_000;

export type CostLimits = Config['cost'];

const fmt = (n: number) => n.toLocaleString('en-US');

function busy(message: string, status: number, limit: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BUSY', limit, http: { status, headers: { 'retry-after': '1' } } },
  });
}

const cancelledWhileWaiting = () => new GraphQLError('The request was cancelled while it waited for a slot.', { extensions: { code: 'CANCELLED' } });

/**
 * Slots for heavy requests: a counting semaphore with a short, bounded FIFO queue, and a count per caller. A caller
 * over its own limit is refused before it can take a server-wide slot or a place in the queue.
 */
export class HeavyGate {
  private running = 0;
  private readonly waiting: Array<{ grant: () => void }> = [];
  private readonly perCaller = new Map<string, number>();

  constructor(
    private readonly limits: Pick<CostLimits, 'heavyConcurrency' | 'heavyPerCaller' | 'heavyQueue'>,
    private readonly queueWaitMs = HEAVY_QUEUE_WAIT_MS,
  ) {}

  /** Heavy requests running now (for tests and benchmarks). */
  get active(): number {
    return this.running;
  }

  /** Heavy requests waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }

  /** Waits for a slot and returns its release; throws BUSY when the caller or the server is full. */
  async enter(caller: string, signal?: AbortSignal): Promise<() => void> {
    const mine = this.perCaller.get(caller) ?? 0;
    if (mine >= this.limits.heavyPerCaller) {
      throw busy(
        `Too many heavy requests at once from this caller (limit ${this.limits.heavyPerCaller}, TB_HEAVY_PER_CALLER); wait for the running one to finish.`,
        429,
        'per-caller',
      );
    }
    this.perCaller.set(caller, mine + 1);
    const leaveCaller = () => {
      const n = (this.perCaller.get(caller) ?? 1) - 1;
      if (n <= 0) this.perCaller.delete(caller);
      else this.perCaller.set(caller, n);
    };
    try {
      await this.slot(signal);
    } catch (e) {
      leaveCaller();
      throw e;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      leaveCaller();
      const next = this.waiting.shift();
      if (next) next.grant();
      else this.running--;
    };
  }

  private slot(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(cancelledWhileWaiting());
    if (this.running < this.limits.heavyConcurrency) {
      this.running++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.limits.heavyQueue) {
      return Promise.reject(
        busy(
          `The server is running its limit of heavy requests (${this.limits.heavyConcurrency}, TB_HEAVY_CONCURRENCY) and its queue is full; retry shortly.`,
          503,
          'server',
        ),
      );
    }
    return new Promise<void>((resolve, reject) => {
      const entry = {
        // A released slot passes straight to the first waiter, so `running` is unchanged.
        grant: () => {
          cleanup();
          resolve();
        },
      };
      const leave = (error: GraphQLError) => {
        const i = this.waiting.indexOf(entry);
        if (i >= 0) this.waiting.splice(i, 1);
        cleanup();
        reject(error);
      };
      const timer = setTimeout(
        () => leave(busy(`The server stayed busy with heavy requests for ${HEAVY_QUEUE_WAIT_MS / 1000} s; retry shortly.`, 503, 'server')),
        this.queueWaitMs,
      );
      const onAbort = () => leave(cancelledWhileWaiting());
      const cleanup = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(entry);
    });
  }
}

/** Graph sizes for the estimate through named count queries; the whole-graph count is kept for a minute. */
export function graphSizes(db: Db): GraphSizes {
  let graph: { at: number; size: Promise<number> } | undefined;
  return {
    graph() {
      if (!graph || Date.now() - graph.at > GRAPH_SIZE_TTL_MS) {
        const size = db.read<{ size: number }>('costGraphSize').then(([row]) => row?.size ?? 0);
        graph = { at: Date.now(), size };
        size.catch(() => (graph = undefined));
      }
      return graph.size;
    },
    async scope(scopeId) {
      const [row] = await db.read<{ size: number }>('costScopeSize', { scopeId });
      return row?.size ?? 0;
    },
  };
}

/** The caller a per-caller limit counts against: the token's name, or the client address of anonymous callers. */
export function callerKey(ctx: Pick<Context, 'viewer' | 'request'>): string {
  return ctx.viewer.id === 'anonymous' ? `ip:${clientAddresses.get(ctx.request) ?? 'local'}` : `token:${ctx.viewer.id}`;
}

function overBudget(est: Estimate, budget: number, role: string): GraphQLError {
  const costliest = [...est.fields].sort((a, b) => b.cost - a.cost).slice(0, 3);
  const named = costliest.map((f) => (f.path === f.field ? `${f.field} ${fmt(f.cost)}` : `${f.path} (${f.field}) ${fmt(f.cost)}`)).join(', ');
  return new GraphQLError(
    `The request would cost about ${fmt(est.total)} units, over the budget of ${fmt(budget)} for a ${role} (TB_COST_BUDGET); costliest: ${named}. Ask for fewer aliases, a smaller depth, limitPerType, k or scope.`,
    {
      extensions: {
        code: 'COST_LIMIT',
        estimate: est.total,
        budget,
        fields: costliest,
      },
    },
  );
}

export interface CostPluginOptions {
  limits: CostLimits;
  db: Db;
  /** Shared with tests that hold slots; one per app otherwise. */
  gate?: HeavyGate;
}

export function costPlugin({ limits, db, gate = new HeavyGate(limits) }: CostPluginOptions): Plugin {
  const sizes = graphSizes(db);
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (execArgs: ExecutionArgs): Promise<ExecutionResult> => {
        const ctx = execArgs.contextValue as Context;
        const signal = ctx.request.signal;
        const run = () => withRequestSignal(signal, () => executeFn(execArgs) as Promise<ExecutionResult>);
        let est: Estimate | null;
        try {
          // Not under the request's signal: the size reads are cheap and the whole-graph one is shared between
          // requests, so one client leaving must not fail the others' estimates.
          est = await estimate(execArgs.schema, execArgs.document, execArgs.operationName, execArgs.variableValues as Record<string, unknown> | undefined, sizes);
        } catch (e) {
          return { errors: [e instanceof GraphQLError ? e : new GraphQLError('The request cost could not be estimated; try again.', { extensions: { code: 'UNAVAILABLE' } })] };
        }
        if (!est) return run();
        const budget = limits.budgets[ctx.viewer.role];
        if (est.total > budget) return { errors: [overBudget(est, budget, ctx.viewer.role)] };
        if (est.total < limits.heavyCost && !est.alwaysHeavy) return run();
        let release: () => void;
        try {
          release = await gate.enter(callerKey(ctx), signal);
        } catch (e) {
          return { errors: [e as GraphQLError] };
        }
        try {
          return await run();
        } finally {
          release();
        }
      });
    },
  };
}
