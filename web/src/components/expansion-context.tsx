// Expanding nodes on the canvas: double-click or "expand" fetches the neighbourhood, adds what is new, and asks
// first (GuardDialog) when more than the configured number of nodes would appear. Every expansion is recorded in
// the URL state, and replayed in order when a link is opened, so a shared view comes back as it was.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { config } from '../config.js';
import { isAbort } from '../core/api/client.js';
import { NEIGHBOURHOOD } from '../core/api/documents.js';
import type { NodeType, Subgraph } from '../core/api/types.js';
import { graphElements } from '../core/graph/elements.js';
import { planExpansion, takeTop, type ExpansionPlan } from '../core/graph/expansion.js';
import { displayName } from '../core/i18n/translate.js';
import type { Expansion } from '../core/url/url-state.js';
import { useApp } from './app-context.js';
import { toApiError } from './use-async.js';
import { errorText } from './StatusMessage.js';
import { GuardDialog } from './GuardDialog.js';

export interface ExpansionServices {
  /** Expands a node as the user asked (may open the guard dialog). */
  expand(id: string): Promise<void>;
  /** Puts a node on the canvas beside what is drawn (with its ties to it), selects and centres it. */
  openNode(id: string): Promise<void>;
  /** Re-applies recorded expansions after the view's own content is drawn. */
  replay(list: readonly Expansion[], signal: AbortSignal): Promise<void>;
  busy: string | null;
}

const ExpansionContext = createContext<ExpansionServices | null>(null);

export function useExpansion(): ExpansionServices {
  const ctx = useContext(ExpansionContext);
  if (!ctx) throw new Error('useExpansion outside <ExpansionProvider>');
  return ctx;
}

type GuardPlan = Extract<ExpansionPlan, { kind: 'guard' }>;

export function ExpansionProvider({ children }: { children: ReactNode }) {
  const app = useApp();
  const { request, canvas, update, notify, rememberNodes } = app;
  const appRef = useRef(app);
  appRef.current = app;
  const [busy, setBusy] = useState<string | null>(null);
  const [guard, setGuard] = useState<{ id: string; plan: GuardPlan } | null>(null);

  const fetchNeighbourhood = useCallback(
    async (id: string, signal?: AbortSignal) => {
      // The explore view's time slider: its neighbourhoods are as of that date (the other views' answers carry theirs).
      const { state } = appRef.current;
      const asOf = state.view === 'explore' ? (state.explore.asOf ?? null) : null;
      const data = await request<{ neighbourhood: Subgraph }>(NEIGHBOURHOOD, { id, depth: 1, limitPerType: Math.min(500, config.expandGuard + 1), asOf }, signal);
      rememberNodes(data.neighbourhood.nodes);
      return data.neighbourhood;
    },
    [request, rememberNodes],
  );

  const draw = useCallback(
    async (id: string, sub: Subgraph, choice: { top?: number; types?: NodeType[] }) => {
      const onCanvas = canvas.nodeIds();
      const picked = choice.top === undefined ? { nodes: sub.nodes, edges: sub.edges } : takeTop(sub, onCanvas, choice.top, choice.types ? new Set(choice.types) : undefined);
      const depth = new Map(sub.distances.map((d) => [d.id, d.depth + 1]));
      const added = await canvas.add(graphElements(picked.nodes, picked.edges, appRef.current.lang), { around: id, depth });
      if (choice.top !== 0) canvas.markExpanded(id);
      return added;
    },
    [canvas],
  );

  const record = useCallback(
    (entry: Expansion) => {
      update((s) => ({ ...s, expanded: [...s.expanded.filter((e) => e.id !== entry.id || (e.top === 0) !== (entry.top === 0)), entry] }));
    },
    [update],
  );

  const expand = useCallback(
    async (id: string) => {
      const { t, lang } = appRef.current;
      setBusy(id);
      try {
        const sub = await fetchNeighbourhood(id);
        const plan = planExpansion(sub, canvas.nodeIds(), config.expandGuard);
        if (plan.kind === 'guard') {
          setGuard({ id, plan });
          return;
        }
        const added = await draw(id, sub, {});
        record({ id });
        const name = displayName(sub.root, lang);
        notify(added.length ? t('expand.added', { n: added.length }) : t('expand.nothingNew', { name }));
      } catch (e) {
        if (!isAbort(e)) notify(errorText(appRef.current.t, toApiError(e)), 'error');
      } finally {
        setBusy(null);
      }
    },
    [canvas, draw, fetchNeighbourhood, notify, record],
  );

  const takeGuarded = useCallback(
    async (n: number | null, types: NodeType[]) => {
      if (!guard) return;
      const { id, plan } = guard;
      setGuard(null);
      setBusy(id);
      try {
        const choice = n === null ? {} : { top: n, types: types.length ? types : undefined };
        const added = await draw(id, plan.subgraph, choice);
        record(n === null ? { id } : { id, top: n, ...(types.length ? { types } : {}) });
        notify(appRef.current.t('expand.added', { n: added.length }));
      } finally {
        setBusy(null);
      }
    },
    [draw, guard, notify, record],
  );

  const openNode = useCallback(
    async (id: string) => {
      update((s) => ({ ...s, selected: id }));
      if (canvas.hasNode(id)) {
        canvas.focus(id);
        return;
      }
      setBusy(id);
      try {
        const sub = await fetchNeighbourhood(id);
        await draw(id, sub, { top: 0 });
        record({ id, top: 0 });
        canvas.select(id);
        canvas.focus(id);
      } catch (e) {
        if (!isAbort(e)) notify(errorText(appRef.current.t, toApiError(e)), 'error');
      } finally {
        setBusy(null);
      }
    },
    [canvas, draw, fetchNeighbourhood, notify, record, update],
  );

  const replay = useCallback(
    async (list: readonly Expansion[], signal: AbortSignal) => {
      for (const entry of list) {
        if (signal.aborted) return;
        try {
          const sub = await fetchNeighbourhood(entry.id, signal);
          if (signal.aborted) return;
          await draw(entry.id, sub, { top: entry.top, types: entry.types });
        } catch (e) {
          if (isAbort(e) || signal.aborted) return;
          notify(errorText(appRef.current.t, toApiError(e)), 'error');
        }
      }
    },
    [draw, fetchNeighbourhood, notify],
  );

  // A double-click on the canvas expands.
  useEffect(() => {
    canvas.setCallbacks({ onExpand: (id) => void expand(id) });
  }, [canvas, expand]);

  return (
    <ExpansionContext.Provider value={{ expand, openNode, replay, busy }}>
      {children}
      {guard && <GuardDialog plan={guard.plan} onTake={takeGuarded} onCancel={() => setGuard(null)} />}
    </ExpansionContext.Provider>
  );
}
