// The demand desk's side panel: its sections (queue, 48-hour record, talent pool), the scope (a region or a pool)
// and, for the queue, the status filter and the demands themselves, soonest due first, each with a clock that
// ticks on screen. The opened demand, the statistics and the pool page are drawn in the main area (DeskWorkspace).
import { useEffect, useRef, useState } from 'react';
import { DESK_QUEUE } from '../core/api/desk-documents.js';
import type { ApiError } from '../core/api/client.js';
import { isAbort } from '../core/api/client.js';
import { tickInterval } from '../core/desk/countdown.js';
import { isQueueFilter, QUEUE_FILTERS, queueArgs, type DeskSection, type DeskState, type QueueFilter } from '../core/desk/desk-url.js';
import type { DeskItem, DeskPage } from '../core/desk/desk-types.js';
import { appendPage } from '../core/desk/shortlist.js';
import { worksTheDesk } from '../core/desk/status.js';
import type { MessageKey } from '../core/i18n/messages.js';
import { displayName, formatDate } from '../core/i18n/translate.js';
import { useApp } from '../components/app-context.js';
import { ClockBadge, StatusBadge } from '../components/DeadlineBadge.js';
import { useDeskChanges } from '../components/desk-refresh.js';
import { NodePicker } from '../components/NodePicker.js';
import { Empty, ErrorMessage, Loading } from '../components/StatusMessage.js';
import { toApiError } from '../components/use-async.js';
import { useNow } from '../components/use-now.js';
import { DateField } from '../components/ViewForm.js';

const PAGE = 25;
const SECTIONS: readonly DeskSection[] = ['queue', 'stats', 'pool'];

type QueueState =
  | { status: 'loading'; items: DeskItem[]; total: number; next: string | null }
  | { status: 'ready'; items: DeskItem[]; total: number; next: string | null }
  | { status: 'error'; items: DeskItem[]; total: number; next: string | null; error: ApiError };

function useQueue(scope: string | null, status: QueueFilter | null) {
  const { request, rememberNodes } = useApp();
  const changes = useDeskChanges();
  const [state, setState] = useState<QueueState>({ status: 'loading', items: [], total: 0, next: null });
  const [more, setMore] = useState<{ after: string; seq: number } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const shown = useRef(0);

  const load = (after: string | null, keep: DeskItem[], signal: AbortSignal, limit: number) =>
    request<{ demandDesk: DeskPage }>(DESK_QUEUE, { scopeId: scope, ...queueArgs(status, new Date()), limit, after }, signal).then((d) => {
      rememberNodes(d.demandDesk.items.flatMap((i) => [i.firm, i.region, i.pool].filter((n): n is NonNullable<typeof n> => !!n)));
      const items = appendPage(keep, d.demandDesk.items, (i) => i.id);
      shown.current = items.length;
      setState({ status: 'ready', items, total: d.demandDesk.total, next: d.demandDesk.nextCursor });
    });

  // A new filter starts from one page (this runs before the load below).
  useEffect(() => {
    shown.current = 0;
  }, [scope, status]);

  // A new filter starts over; a change to a demand reloads as many as were shown, so the list does not jump.
  useEffect(() => {
    const ctl = new AbortController();
    setState((s) => ({ status: 'loading', items: s.items, total: s.total, next: s.next }));
    load(null, [], ctl.signal, Math.min(200, Math.max(PAGE, shown.current))).catch((e: unknown) => {
      if (ctl.signal.aborted || isAbort(e)) return;
      setState((s) => ({ status: 'error', items: s.items, total: s.total, next: s.next, error: toApiError(e) }));
    });
    return () => ctl.abort();
  }, [scope, status, changes, attempt]);

  useEffect(() => {
    if (!more) return;
    const ctl = new AbortController();
    setState((s) => ({ ...s, status: 'loading' }) as QueueState);
    load(more.after, state.items, ctl.signal, PAGE).catch((e: unknown) => {
      if (ctl.signal.aborted || isAbort(e)) return;
      setState((s) => ({ status: 'error', items: s.items, total: s.total, next: s.next, error: toApiError(e) }));
    });
    return () => ctl.abort();
  }, [more]);

  return {
    ...state,
    loadMore: () => state.next && setMore((m) => ({ after: state.next!, seq: (m?.seq ?? 0) + 1 })),
    retry: () => setAttempt((n) => n + 1),
  };
}

function QueueItem({ item, open, now, onOpen }: { item: DeskItem; open: boolean; now: number; onOpen(): void }) {
  const { t, lang } = useApp();
  const ref = useRef<HTMLButtonElement>(null);
  // The opened demand stays in sight in a long queue (braces: scrollIntoView may return a promise).
  useEffect(() => {
    if (open) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [open]);
  return (
    <li>
      <button
        ref={ref}
        type="button"
        className={`desk-item${open ? ' picked' : ''}`}
        onClick={onOpen}
        aria-current={open ? 'true' : undefined}
        data-testid="desk-item"
        data-id={item.id}
        data-status={item.status}
      >
        <span className="desk-item-head">
          <span className="desk-item-name">{displayName(item.node, lang)}</span>
        </span>
        <span className="desk-item-sub muted small">
          {item.firm ? displayName(item.firm, lang) : null}
          {item.region ? ` · ${displayName(item.region, lang)}` : null}
        </span>
        <span className="meta-row">
          <StatusBadge status={item.status} />
          <ClockBadge demand={item} now={now} />
          <span className="muted small" data-testid="desk-item-shortlist" data-n={item.shortlistSize}>
            {t('desk.queue.shortlist', { n: item.shortlistSize })}
          </span>
          {item.acceptedCount > 0 && <span className="muted small">{t('desk.queue.accepted', { n: item.acceptedCount })}</span>}
        </span>
        <span className="muted small">{t('desk.queue.due', { at: formatDate(item.responseDue, lang, true) })}</span>
      </button>
    </li>
  );
}

function Queue({ desk, setDesk }: { desk: DeskState; setDesk(change: Partial<DeskState>): void }) {
  const { t } = useApp();
  const queue = useQueue(desk.scope, desk.status);
  const now = useNow(tickInterval(queue.items, Date.now()));
  return (
    <div className="desk-queue">
      <label className="field">
        <span className="field-label">{t('desk.status')}</span>
        <select
          value={desk.status ?? ''}
          onChange={(e) => setDesk({ status: isQueueFilter(e.target.value) ? e.target.value : null })}
          data-testid="desk-status-filter"
        >
          <option value="">{t('desk.status.all')}</option>
          {QUEUE_FILTERS.map((s) => (
            <option key={s} value={s}>
              {t(`desk.status.${s}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <div className="results-nav">
        <h3 className="results-title" id="desk-queue-title">
          {t('desk.queue.label')}
        </h3>
        <button type="button" className="btn btn-small" onClick={queue.retry} data-testid="desk-queue-refresh">
          {t('desk.refresh')}
        </button>
      </div>
      {queue.status === 'error' && <ErrorMessage error={queue.error} onRetry={queue.retry} testId="desk-queue-error" />}
      {queue.status === 'loading' && queue.items.length === 0 && <Loading testId="desk-queue-loading" />}
      {queue.status === 'ready' && queue.items.length === 0 && <Empty testId="desk-queue-empty">{t('desk.queue.empty')}</Empty>}
      {queue.items.length > 0 && (
        <>
          <ol className="desk-list" aria-labelledby="desk-queue-title" data-testid="desk-queue" data-total={queue.total}>
            {queue.items.map((item) => (
              <QueueItem key={item.id} item={item} now={now} open={desk.demand === item.id} onOpen={() => setDesk({ demand: item.id })} />
            ))}
          </ol>
          <p className="muted small" data-testid="desk-queue-count">
            {t('desk.queue.count', { shown: queue.items.length, total: queue.total })}
          </p>
          {queue.next && (
            <button type="button" className="btn btn-block" onClick={queue.loadMore} disabled={queue.status === 'loading'} data-testid="desk-queue-more">
              {queue.status === 'loading' ? t('state.loading') : t('desk.queue.more')}
            </button>
          )}
        </>
      )}
    </div>
  );
}

export function DeskView() {
  const { state, update, t, me } = useApp();
  const desk = state.desk;
  const setDesk = (change: Partial<DeskState>) => update((s) => ({ ...s, desk: { ...s.desk, ...change } }));
  const viewer = !worksTheDesk(me?.role);
  return (
    <div className="view" data-testid="view-desk">
      <p className="view-help">{t('view.desk.help')}</p>
      <div className="tabs" role="tablist" aria-label={t('desk.sections')}>
        {SECTIONS.map((s) => (
          <button key={s} type="button" role="tab" aria-selected={desk.section === s} className={desk.section === s ? 'on' : undefined} onClick={() => setDesk({ section: s })} data-testid={`desk-section-${s}`}>
            {t(`desk.section.${s}`)}
          </button>
        ))}
      </div>
      {viewer && <p className="note" data-testid="desk-viewer-note">{t('desk.viewerNote')}</p>}
      {desk.section !== 'pool' && (
        <div className="form">
          <NodePicker label={t('desk.scope')} value={desk.scope} onChange={(scope) => setDesk({ scope })} types={['Region', 'TalentPool']} testId="desk-scope" />
          {!desk.scope && <p className="muted small">{t('desk.scopeAll')}</p>}
          {desk.section === 'stats' && (
            <>
              <span className="field-label">{t('desk.stats.period')}</span>
              <div className="form-row">
                <DateField label={t('desk.stats.from')} value={desk.from} onChange={(from) => setDesk({ from })} testId="desk-stats-from" />
                <DateField label={t('desk.stats.to')} value={desk.to} onChange={(to) => setDesk({ to })} testId="desk-stats-to" />
              </div>
            </>
          )}
        </div>
      )}
      {desk.section === 'queue' && <Queue desk={desk} setDesk={setDesk} />}
      {desk.section === 'pool' && <p className="muted small">{t('desk.pool.pickHelp')}</p>}
    </div>
  );
}
