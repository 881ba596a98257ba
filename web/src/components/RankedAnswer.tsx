// The parts the ranked views draw alike: the idle / loading / error / empty states of an answer, one item of a
// ranked list as a toggle button that carries its ids for tests and assistive tools, and the fragility lens of the
// two-ended views (bridges, paths).
import type { ReactNode } from 'react';
import { withView } from './use-ranked-answer.js';
import type { ContentStatus } from './use-view-content.js';
import { useApp } from './app-context.js';
import { FragilityPanel, FragilityToggle, type FragilityQuestion } from './FragilityPanel.js';
import { Empty, ErrorMessage, Loading } from './StatusMessage.js';

interface AnswerStatesProps<T> {
  content: ContentStatus<T> & { retry(): void };
  /** Said while the question is incomplete; nothing when the view has no idle state. */
  idle?: string;
  isEmpty(data: T): boolean;
  empty: string;
  emptyTestId: string;
}

/** Everything but the answer itself: idle, loading, error (with retry) and an empty answer. */
export function AnswerStates<T>({ content, idle, isEmpty, empty, emptyTestId }: AnswerStatesProps<T>) {
  return (
    <>
      {content.status === 'idle' && idle !== undefined && <Empty>{idle}</Empty>}
      {content.status === 'loading' && <Loading />}
      {content.status === 'error' && <ErrorMessage error={content.error} onRetry={content.retry} />}
      {content.status === 'ready' && isEmpty(content.data) && <Empty testId={emptyTestId}>{empty}</Empty>}
    </>
  );
}

/** The ids of a chain's nodes, each once and sorted, as one attribute value. */
export function chainIds(nodes: readonly { id: string }[]): string {
  return [...new Set(nodes.map((n) => n.id))].sort().join(' ');
}

interface RankedItemProps {
  index: number;
  pick: number | null;
  onChoose(index: number): void;
  testId: string;
  /** data-* attributes naming what the item is (ids, rank, kind). */
  attrs?: Record<`data-${string}`, string | number>;
  children: ReactNode;
}

/** One item of a ranked list: pressed when picked. */
export function RankedItem({ index, pick, onChoose, testId, attrs, children }: RankedItemProps) {
  return (
    <button type="button" className={`ranked-item${pick === index ? ' picked' : ''}`} onClick={() => onChoose(index)} aria-pressed={pick === index} data-testid={testId} {...attrs}>
      {children}
    </button>
  );
}

/** The fragility toggle of a two-ended view and, while it is on, the lens over the view's question. */
export function FragilityLens({ view, question }: { view: 'bridges' | 'paths'; question: FragilityQuestion }) {
  const { state, update } = useApp();
  const on = state[view].fragility ?? false;
  return (
    <>
      <FragilityToggle on={on} onChange={(next) => update((s) => withView(s, view, { ...s[view], fragility: next || undefined }))} testId={`${view}-fragility`} />
      {on && <FragilityPanel question={question} />}
    </>
  );
}
