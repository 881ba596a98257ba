// Loads a view's answer for its current inputs and draws it: the canvas gets the view's elements, then the
// expansions recorded in the URL are replayed, so a reloaded or shared link shows the same canvas. Answers are
// cached by key, so switching views back and forth does not ask the server again.
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { ElementDefinition } from 'cytoscape';
import type { ApiError } from '../core/api/client.js';
import { isAbort } from '../core/api/client.js';
import { useApp } from './app-context.js';
import { useExpansion } from './expansion-context.js';
import { toApiError } from './use-async.js';

export interface ViewContent<T> {
  data: T;
  elements: ElementDefinition[];
  roots?: string[];
  depth?: ReadonlyMap<string, number>;
}

export type ContentStatus<T> =
  | { status: 'idle'; data: null; error: null; version: number }
  | { status: 'loading'; data: null; error: null; version: number }
  | { status: 'ready'; data: T; error: null; version: number }
  | { status: 'error'; data: null; error: ApiError; version: number };

const CACHE_SIZE = 24;
const cache = new Map<string, ViewContent<unknown>>();

function remember(key: string, content: ViewContent<unknown>): void {
  cache.delete(key);
  cache.set(key, content);
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
}

/** Forgets cached answers whose key starts with this prefix (after a change that makes them stale). */
export function forgetContent(prefix: string): void {
  for (const key of [...cache.keys()]) if (key.startsWith(prefix)) cache.delete(key);
}

export interface PaneStatus {
  emptyText: string | null;
  loading: boolean;
}

export const PaneStatusContext = createContext<(s: PaneStatus) => void>(() => {});

export function useViewContent<T>(key: string | null, load: (signal: AbortSignal) => Promise<ViewContent<T>>, emptyText: string) {
  const { canvas, state } = useApp();
  const { replay } = useExpansion();
  const setPane = useContext(PaneStatusContext);
  const [status, setStatus] = useState<ContentStatus<T>>({ status: 'idle', data: null, error: null, version: 0 });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const expandedRef = useRef(state.expanded);
  expandedRef.current = state.expanded;
  const version = useRef(0);

  useEffect(() => {
    if (key === null) {
      canvas.clear();
      setStatus({ status: 'idle', data: null, error: null, version: ++version.current });
      return;
    }
    const ctl = new AbortController();
    setStatus({ status: 'loading', data: null, error: null, version: version.current });
    void (async () => {
      try {
        let content = cache.get(key) as ViewContent<T> | undefined;
        if (!content) {
          content = await loadRef.current(ctl.signal);
          remember(key, content as ViewContent<unknown>);
        }
        if (ctl.signal.aborted) return;
        const drawn = canvas.setContent(content.elements, { roots: content.roots, depth: content.depth });
        await replay(expandedRef.current, ctl.signal);
        await drawn;
        if (ctl.signal.aborted) return;
        setStatus({ status: 'ready', data: content.data, error: null, version: ++version.current });
      } catch (e) {
        if (ctl.signal.aborted || isAbort(e)) return;
        canvas.clear();
        setStatus({ status: 'error', data: null, error: toApiError(e), version: ++version.current });
      }
    })();
    return () => ctl.abort();
    // Expansions recorded while this content is shown are already drawn; only a new key redraws.
  }, [key, attempt, canvas, replay]);

  useEffect(() => {
    setPane({ emptyText: status.status === 'error' ? null : emptyText, loading: status.status === 'loading' });
  }, [setPane, status.status, emptyText]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...status, retry };
}
