// The shared working of the "question → ranked answer → pick → highlight" views (bridges, paths, brokers,
// recommend, diaspora): a draft of the form that follows the URL state, the answer loaded and drawn for the current
// key, the picked item lit on the canvas, and the run / choose actions that write the URL state.
import { useEffect, useRef, useState } from 'react';
import type { ElementIds } from '../core/graph/elements.js';
import type { AppState } from '../core/url/url-state.js';
import { useApp } from './app-context.js';
import { useViewContent, type ContentStatus, type ViewContent } from './use-view-content.js';

/** The views whose URL state holds the picked item of a ranked answer. */
export type RankedViewName = 'bridges' | 'paths' | 'brokers' | 'recommend';

/** The state with one view's inputs replaced; a run also drops the expansions and the selection of the last answer. */
export function withView<V extends keyof AppState>(s: AppState, view: V, inputs: AppState[V], fresh = false): AppState {
  const next = { ...s, [view]: inputs } as AppState;
  return fresh ? { ...next, expanded: [], selected: null } : next;
}

/** A form's working copy of its inputs: edits stay local until run, and it follows `value` whenever that (or `resetOn`) changes. */
export function useDraft<T>(value: T, resetOn?: unknown): [T, (next: T) => void] {
  const [draft, setDraft] = useState(value);
  useEffect(() => {
    setDraft(value);
  }, [value, resetOn]);
  return [draft, setDraft];
}

/** Lights on the canvas what `lit` names for the current pick once the answer is drawn (null: nothing lit, nothing dimmed). */
export function usePickHighlight<T, P>(content: ContentStatus<T>, pick: P, lit: (data: T, pick: P) => ElementIds | null): void {
  const { canvas } = useApp();
  const litRef = useRef(lit);
  litRef.current = lit;
  useEffect(() => {
    if (content.status !== 'ready') return;
    canvas.highlight(litRef.current(content.data, pick));
  }, [canvas, content.status, content.version, pick, content.data]);
}

export interface RankedAnswerOptions<T> {
  /** Cache key of the current question; null when the question is not complete yet (the idle state). */
  key: string | null;
  load(signal: AbortSignal): Promise<ViewContent<T>>;
  /** What the canvas pane says when there is nothing to draw. */
  emptyText: string;
  /** The ids to light for the item at this index (null when there is no such item). */
  lit(data: T, index: number): ElementIds | null;
  /** Choosing the picked item again un-picks it. */
  toggle?: boolean;
}

/** One ranked view's answer, its pick, and the actions that change them through the URL state. */
export function useRankedAnswer<V extends RankedViewName, T>(view: V, options: RankedAnswerOptions<T>) {
  const { state, update } = useApp();
  const pick = state[view].pick;
  const content = useViewContent<T>(options.key, options.load, options.emptyText);
  usePickHighlight(content, pick, (data, p) => (p === null ? null : options.lit(data, p)));
  const toggle = options.toggle ?? false;
  /** Asks the question in these inputs (or those made from the current ones). */
  const run = (inputs: AppState[V] | ((current: AppState[V]) => AppState[V])) =>
    update((s) => withView(s, view, typeof inputs === 'function' ? inputs(s[view]) : inputs, true));
  const choose = (i: number) => update((s) => withView(s, view, { ...s[view], pick: toggle && s[view].pick === i ? null : i }));
  return { content, pick, run, choose };
}
