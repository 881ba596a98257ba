// The introductions ledger (引荐台账): introductions filtered by broker, firm, lab and period, newest first, a page
// at a time (cursor paging, the cursor kept in the link). Each shows its chain, its broker (a link to their track
// record) and its outcome timeline; brokers append outcomes. The canvas draws the page's introductions as chains
// and highlights the one in focus. Viewers are told that the ledger needs a broker or admin token.
import { useEffect, useRef, useState } from 'react';
import { INTRODUCTION_BY_ID, INTRODUCTIONS } from '../core/api/ledger-documents.js';
import type { IntroductionPage, LedgerIntroduction } from '../core/api/ledger-types.js';
import { displayName, formatDate } from '../core/i18n/translate.js';
import { chainIds, introductionElements } from '../core/ledger/ledger-elements.js';
import { defaultLedgerState, withFilters, type LedgerState } from '../core/ledger/ledger-url.js';
import { useApp } from '../components/app-context.js';
import { OutcomeForm, OutcomeTimeline, useCanWrite } from '../components/LedgerParts.js';
import { NodePicker } from '../components/NodePicker.js';
import { Chain } from '../components/Ranking.js';
import { Empty, ErrorMessage, Loading } from '../components/StatusMessage.js';
import { DateField, RunButton } from '../components/ViewForm.js';
import { useAsync } from '../components/use-async.js';
import { forgetContent, useViewContent } from '../components/use-view-content.js';

const PAGE_SIZE = 20;

type Filters = Pick<LedgerState, 'broker' | 'firm' | 'lab' | 'from' | 'to'>;

interface LedgerData {
  page: IntroductionPage;
}

function filtersOf(s: LedgerState): Filters {
  return { broker: s.broker, firm: s.firm, lab: s.lab, from: s.from, to: s.to };
}

export function LedgerView() {
  const { state, update, request, t, lang, canvas, rememberNodes, me, meError } = useApp();
  const canWrite = useCanWrite();
  const q = state.ledger;
  const [draft, setDraft] = useState<Filters>(filtersOf(q));
  useEffect(() => {
    setDraft(filtersOf(q));
  }, [q.broker, q.firm, q.lab, q.from, q.to]);
  // Cursors of the pages before this one, so "previous" can go back; a shared link starts with none.
  const cursors = useRef<(string | null)[]>([]);
  const [refresh, setRefresh] = useState(0);
  // Introductions changed here (an outcome added) since the page was loaded.
  const [changed, setChanged] = useState<Record<string, LedgerIntroduction>>({});
  const [adding, setAdding] = useState<string | null>(null);

  const key = canWrite ? `ledger|${me?.role}|${q.broker ?? ''}|${q.firm ?? ''}|${q.lab ?? ''}|${q.from ?? ''}|${q.to ?? ''}|${q.after ?? ''}|${lang}|${refresh}` : null;
  const content = useViewContent<LedgerData>(
    key,
    async (signal) => {
      const d = await request<{ introductions: IntroductionPage }>(
        INTRODUCTIONS,
        { brokerId: q.broker, firmId: q.firm, labId: q.lab, from: q.from, to: q.to, limit: PAGE_SIZE, after: q.after },
        signal,
      );
      const items = d.introductions.items;
      rememberNodes(items.flatMap((i) => [i.from, i.to, i.broker, ...i.intermediaries]));
      return { data: { page: d.introductions }, elements: introductionElements(items, lang) };
    },
    canWrite ? t('ledger.empty') : t('ledger.forbidden'),
  );

  const items = content.status === 'ready' ? content.data.page.items.map((i) => changed[i.id] ?? i) : [];
  const focusOnPage = q.intro ? items.find((i) => i.id === q.intro) : undefined;
  // A linked introduction that is not on this page is fetched on its own and shown above the list.
  const pinned = useAsync<LedgerIntroduction | null>(canWrite && q.intro && content.status === 'ready' && !focusOnPage ? `intro|${q.intro}|${lang}` : null, async (signal) => {
    const d = await request<{ introduction: LedgerIntroduction | null }>(INTRODUCTION_BY_ID, { id: q.intro }, signal);
    return d.introduction;
  });
  const pinnedIntro = pinned.status === 'ready' && pinned.data ? (changed[pinned.data.id] ?? pinned.data) : null;

  useEffect(() => {
    if (content.status !== 'ready') return;
    canvas.highlight(focusOnPage ? chainIds(focusOnPage) : null);
  }, [canvas, content.status, content.version, focusOnPage]);

  const run = () => {
    cursors.current = [];
    setChanged({});
    update((s) => ({ ...s, ledger: withFilters(s.ledger, draft), expanded: [], selected: null }));
  };
  const reset = () => {
    cursors.current = [];
    setDraft(filtersOf(defaultLedgerState()));
    update((s) => ({ ...s, ledger: defaultLedgerState(), expanded: [], selected: null }));
  };
  const goTo = (after: string | null) => update((s) => ({ ...s, ledger: { ...s.ledger, after, intro: null } }));
  const next = () => {
    if (content.status !== 'ready' || !content.data.page.nextCursor) return;
    cursors.current.push(q.after);
    goTo(content.data.page.nextCursor);
  };
  const prev = () => goTo(cursors.current.pop() ?? null);
  const focus = (id: string) => update((s) => ({ ...s, ledger: { ...s.ledger, intro: s.ledger.intro === id ? null : id } }));
  const openTrack = (id: string) => update((s) => ({ ...s, ledger: { ...s.ledger, track: id, project: null } }));
  const saved = (intro: LedgerIntroduction) => {
    setChanged((c) => ({ ...c, [intro.id]: intro }));
    setAdding(null);
    forgetContent('ledger|');
  };
  const filtered = Boolean(q.broker || q.firm || q.lab || q.from || q.to);
  const pageNo = cursors.current.length + 1;

  const card = (intro: LedgerIntroduction, pinnedCard = false) => {
    const names = [intro.from, ...intro.intermediaries, intro.to].map((n) => displayName(n, lang));
    const focused = q.intro === intro.id;
    return (
      <article className={`ledger-card${focused ? ' focused' : ''}`} data-testid={pinnedCard ? 'ledger-pinned' : 'ledger-item'} data-id={intro.id} aria-current={focused ? 'true' : undefined}>
        <header className="ledger-card-head">
          <time dateTime={intro.date} className="ledger-date">
            {formatDate(intro.date, lang)}
          </time>
          {intro.illustrative && <span className="badge badge-illustrative small">{t('ledger.intro.illustrative')}</span>}
          {!pinnedCard && (
            <button type="button" className="link-btn" onClick={() => focus(intro.id)} aria-pressed={focused} data-testid="ledger-focus">
              {focused ? t('ledger.intro.focused') : t('ledger.intro.show')}
            </button>
          )}
        </header>
        <Chain names={names} />
        {intro.intermediaries.length === 0 && <p className="muted small">{t('ledger.intro.direct')}</p>}
        <p className="ledger-broker">
          <span className="muted small">{t('ledger.intro.broker')}</span>{' '}
          <button type="button" className="link-btn" onClick={() => openTrack(intro.broker.id)} data-testid="ledger-broker-link" data-id={intro.broker.id}>
            {displayName(intro.broker, lang)}
          </button>
        </p>
        <OutcomeTimeline intro={intro} />
        {canWrite && adding !== intro.id && (
          <button type="button" className="btn btn-small" onClick={() => setAdding(intro.id)} data-testid="outcome-add">
            {t('ledger.outcome.add')}
          </button>
        )}
        {canWrite && adding === intro.id && <OutcomeForm intro={intro} onSaved={saved} onCancel={() => setAdding(null)} />}
        <p className="muted small">{t('ledger.intro.recorded', { who: intro.recordedBy, when: formatDate(intro.recordedAt, lang, true) })}</p>
      </article>
    );
  };

  return (
    <div className="view" data-testid="view-ledger">
      <p className="view-help">{t('view.ledger.help')}</p>
      {!canWrite && !me && !meError ? (
        <Loading />
      ) : !canWrite ? (
        <Empty testId="ledger-forbidden">{t('ledger.forbidden')}</Empty>
      ) : (
        <>
          <form
            className="form"
            onSubmit={(e) => {
              e.preventDefault();
              run();
            }}
          >
            <NodePicker label={t('ledger.filter.broker')} value={draft.broker} onChange={(broker) => setDraft({ ...draft, broker })} types={['Person']} testId="ledger-broker" />
            <NodePicker label={t('ledger.filter.firm')} value={draft.firm} onChange={(firm) => setDraft({ ...draft, firm })} types={['Enterprise', 'Organisation']} testId="ledger-firm" />
            <NodePicker label={t('ledger.filter.lab')} value={draft.lab} onChange={(lab) => setDraft({ ...draft, lab })} types={['Lab', 'Enterprise', 'Organisation']} testId="ledger-lab" />
            <div className="form-row">
              <DateField label={t('ledger.filter.from')} value={draft.from} onChange={(from) => setDraft({ ...draft, from })} testId="ledger-from" />
              <DateField label={t('ledger.filter.to')} value={draft.to} onChange={(to) => setDraft({ ...draft, to })} testId="ledger-to" />
            </div>
            <RunButton onClick={run} testId="ledger-run">
              {t('ledger.filter.run')}
            </RunButton>
            {filtered && (
              <button type="button" className="link-btn" onClick={reset} data-testid="ledger-reset">
                {t('ledger.filter.reset')}
              </button>
            )}
          </form>
          {pinnedIntro && <div className="ledger-pinned">{card(pinnedIntro, true)}</div>}
          {content.status === 'loading' && <Loading />}
          {content.status === 'error' &&
            (content.error.code === 'FORBIDDEN' || content.error.code === 'UNAUTHENTICATED' ? (
              <Empty testId="ledger-forbidden">{t('ledger.forbidden')}</Empty>
            ) : (
              <ErrorMessage error={content.error} onRetry={() => setRefresh((n) => n + 1)} />
            ))}
          {content.status === 'ready' && items.length === 0 && <Empty testId="ledger-empty">{filtered || q.after ? t('ledger.empty') : t('ledger.emptyAll')}</Empty>}
          {content.status === 'ready' && items.length > 0 && (
            <div className="results" data-testid="ledger-results" data-total={content.data.page.totalCount}>
              <h3 className="results-title">{t('ledger.results', { n: content.data.page.totalCount })}</h3>
              <ol className="ledger-list">
                {items.map((intro) => (
                  <li key={intro.id}>{card(intro)}</li>
                ))}
              </ol>
              <nav className="ledger-pager" aria-label={t('ledger.page.info', { n: pageNo })}>
                {cursors.current.length > 0 ? (
                  <button type="button" className="btn btn-small" onClick={prev} data-testid="ledger-prev">
                    {t('ledger.page.prev')}
                  </button>
                ) : q.after ? (
                  <button type="button" className="btn btn-small" onClick={() => goTo(null)} data-testid="ledger-first">
                    {t('ledger.page.first')}
                  </button>
                ) : (
                  <span />
                )}
                <span className="muted small">{t('ledger.page.info', { n: q.after && !cursors.current.length ? '…' : pageNo })}</span>
                <button type="button" className="btn btn-small" onClick={next} disabled={!content.data.page.hasMore || !content.data.page.nextCursor} data-testid="ledger-next">
                  {t('ledger.page.next')}
                </button>
              </nav>
            </div>
          )}
        </>
      )}
    </div>
  );
}
