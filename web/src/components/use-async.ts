// Runs an API call for a key and tracks loading, data and error, cancelling the call when the key changes or the
// component goes away. A null key means "nothing to ask yet" (an empty state, not a loading one).
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, isAbort } from '../core/api/client.js';

export type AsyncState<T> =
  | { status: 'idle'; data: null; error: null }
  | { status: 'loading'; data: T | null; error: null }
  | { status: 'ready'; data: T; error: null }
  | { status: 'error'; data: null; error: ApiError };

export function toApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError('INTERNAL', e instanceof Error ? e.message : String(e));
}

export function useAsync<T>(key: string | null, run: (signal: AbortSignal) => Promise<T>): AsyncState<T> & { retry(): void } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'idle', data: null, error: null });
  const [attempt, setAttempt] = useState(0);
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle', data: null, error: null });
      return;
    }
    const ctl = new AbortController();
    setState((s) => ({ status: 'loading', data: s.status === 'ready' || s.status === 'loading' ? s.data : null, error: null }));
    runRef
      .current(ctl.signal)
      .then((data) => {
        if (!ctl.signal.aborted) setState({ status: 'ready', data, error: null });
      })
      .catch((e: unknown) => {
        if (ctl.signal.aborted || isAbort(e)) return;
        setState({ status: 'error', data: null, error: toApiError(e) });
      });
    return () => ctl.abort();
  }, [key, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
