// Which request a query runs for: the signal of the GraphQL request whose resolvers are running, so every read it
// starts is cancelled with it, and the typed error of a query cut short that way. Part of the db gateway (db.ts).
import { AsyncLocalStorage } from 'node:async_hooks';
import { GraphQLError } from 'graphql';

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

/** The signal of the request being served, if any. */
export function currentRequestSignal(): AbortSignal | undefined {
  return requestSignal.getStore();
}

/**
 * The queries waiting on each signal, behind one listener. A request runs its fields at once (a document of a dozen
 * aliased fields starts a dozen queries), so a listener per query passed Node's limit of ten on one signal
 * (MaxListenersExceededWarning) and grew with the request; this way a signal holds one listener however many of its
 * queries run, and none once they have all settled.
 */
const waiting = new WeakMap<AbortSignal, { stops: Set<() => void>; fire: () => void }>();

/** Calls `stop` once if `signal` aborts before the function returned is called (when the query settles). */
export function onAbort(signal: AbortSignal, stop: () => void): () => void {
  if (signal.aborted) {
    stop();
    return () => {};
  }
  let entry = waiting.get(signal);
  if (!entry) {
    const stops = new Set<() => void>();
    const fire = () => {
      waiting.delete(signal);
      for (const f of [...stops]) f();
    };
    entry = { stops, fire };
    waiting.set(signal, entry);
    signal.addEventListener('abort', fire, { once: true });
  }
  const { stops, fire } = entry;
  // Each registration owns its own entry in the set, even when one function is registered twice.
  const own = () => stop();
  stops.add(own);
  return () => {
    stops.delete(own);
    if (stops.size === 0 && waiting.get(signal)?.fire === fire) {
      waiting.delete(signal);
      signal.removeEventListener('abort', fire);
    }
  };
}

/** The typed error of a query cut short because its request was cancelled. */
export function cancelledError(query: string, reason: unknown): GraphQLError {
  const timedOut = reason instanceof Error && reason.name === 'TimeoutError';
  return timedOut
    ? new GraphQLError(`The query ${query} took too long and was stopped.`, { extensions: { code: 'TIMEOUT', query } })
    : new GraphQLError(`The request was cancelled; the query ${query} was stopped.`, { extensions: { code: 'CANCELLED', query } });
}
