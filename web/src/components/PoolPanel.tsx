// The pool page of the desk: a pool's members (its sub-pools' too) filtered by tags and, for brokers, by a minimum
// score per admission dimension, with the sub-pool each came from, page by page; a broker can remove a member and
// admit a person with one 0..100 score per dimension the pool itself defines, with errors next to each field.
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../core/api/client.js';
import { isAbort } from '../core/api/client.js';
import { DESK_ADMIT, DESK_LEAVE, DESK_POOL, DESK_POOL_MEMBERS } from '../core/api/desk-documents.js';
import type { ApiNode } from '../core/api/types.js';
import type { MinScore } from '../core/desk/desk-url.js';
import type { PoolMember, PoolMemberPage } from '../core/desk/desk-types.js';
import { checkAdmission, fieldOfServerError, minScoreFilters, parseTags, type FieldProblem } from '../core/desk/pool-admission.js';
import { appendPage } from '../core/desk/shortlist.js';
import { worksTheDesk } from '../core/desk/status.js';
import { displayName, formatDate, joinList } from '../core/i18n/translate.js';
import { useApp } from './app-context.js';
import { NodePicker, useNode } from './NodePicker.js';
import { Empty, ErrorMessage, Loading, errorText } from './StatusMessage.js';
import { toApiError, useAsync } from './use-async.js';

const PAGE = 25;
/** One empty list, so a visitor's filters keep the same identity from render to render. */
const NO_MIN_SCORES: MinScore[] = [];

function dimensionsOf(pool: ApiNode | null): string[] {
  const raw = pool?.properties.dimensions;
  return Array.isArray(raw) ? raw.filter((d): d is string => typeof d === 'string' && d.trim() !== '') : [];
}

function problemText(t: ReturnType<typeof useApp>['t'], field: string, p: FieldProblem | string): string {
  if (p === 'required') return t('desk.field.required');
  if (p === 'notNumber') return t('desk.field.notNumber');
  if (p === 'range') return field === 'tags' ? t('desk.field.tags') : t('desk.field.range');
  return p;
}

function useMembers(poolId: string | null, tags: string[], minScores: MinScore[], reload: number) {
  const { request, rememberNodes } = useApp();
  const [items, setItems] = useState<PoolMember[]>([]);
  const [page, setPage] = useState<{ next: string | null; total: number }>({ next: null, total: 0 });
  const [status, setStatus] = useState<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const [error, setError] = useState<ApiError | null>(null);
  const [after, setAfter] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const key = `${poolId}|${JSON.stringify(tags)}|${JSON.stringify(minScores)}|${reload}`;
  const lastKey = useRef('');

  useEffect(() => {
    if (!poolId) {
      setStatus('idle');
      setItems([]);
      return;
    }
    const fresh = lastKey.current !== key;
    if (fresh && after !== null) {
      // A new filter starts from the first page.
      setAfter(null);
      return;
    }
    lastKey.current = key;
    const ctl = new AbortController();
    setStatus('loading');
    setError(null);
    request<{ poolMembers: PoolMemberPage }>(
      DESK_POOL_MEMBERS,
      { poolId, tags: tags.length ? tags : null, minScores: minScores.length ? minScores : null, limit: PAGE, after },
      ctl.signal,
    )
      .then((d) => {
        rememberNodes(d.poolMembers.items.flatMap((m) => [m.person, m.pool]));
        setItems((shown) => (after === null ? d.poolMembers.items : appendPage(shown, d.poolMembers.items, (m) => m.person.id)));
        setPage({ next: d.poolMembers.nextCursor, total: d.poolMembers.total });
        setStatus('ready');
      })
      .catch((e: unknown) => {
        if (ctl.signal.aborted || isAbort(e)) return;
        setError(toApiError(e));
        setStatus('error');
      });
    return () => ctl.abort();
  }, [key, after, attempt, poolId, request, rememberNodes, tags, minScores]);

  return { items, status, error, total: page.total, next: page.next, more: () => page.next && setAfter(page.next), retry: () => setAttempt((n) => n + 1) };
}

export function PoolPanel() {
  const { state, update, t, request, me } = useApp();
  const desk = state.desk;
  const canChange = worksTheDesk(me?.role);
  const [reload, setReload] = useState(0);
  const pool = useAsync<ApiNode | null>(desk.pool ? `${desk.pool}` : null, async (signal) => (await request<{ node: ApiNode | null }>(DESK_POOL, { id: desk.pool }, signal)).node);
  const dimensions = dimensionsOf(pool.status === 'ready' ? pool.data : null);
  const setDesk = (change: Partial<typeof desk>) => update((s) => ({ ...s, desk: { ...s.desk, ...change } }));

  // Filter inputs are drafts until applied, so typing does not ask the server at every key.
  const [tagDraft, setTagDraft] = useState(desk.tags.join(', '));
  const [minDraft, setMinDraft] = useState<Record<string, string>>(() => Object.fromEntries(desk.minScores.map((m) => [m.dimension, String(m.score)])));
  useEffect(() => {
    setTagDraft(desk.tags.join(', '));
    setMinDraft(Object.fromEntries(desk.minScores.map((m) => [m.dimension, String(m.score)])));
  }, [desk.tags, desk.minScores]);
  const minScores = canChange ? desk.minScores : NO_MIN_SCORES;
  const members = useMembers(desk.pool, desk.tags, minScores, reload);

  const apply = () => setDesk({ tags: parseTags(tagDraft), minScores: canChange ? minScoreFilters(minDraft, dimensions) : [] });
  const reset = () => setDesk({ tags: [], minScores: [] });

  return (
    <section className="desk-pool" aria-labelledby="desk-pool-title" data-testid="desk-pool">
      <h2 id="desk-pool-title">{t('desk.section.pool')}</h2>
      <div className="form desk-pool-pick">
        <NodePicker label={t('desk.pool.pick')} value={desk.pool} onChange={(p) => setDesk({ pool: p, tags: [], minScores: [] })} types={['TalentPool']} testId="desk-pool-pick" />
        {!desk.pool && <p className="muted small">{t('desk.pool.pickHelp')}</p>}
      </div>
      {desk.pool && pool.status === 'loading' && <Loading />}
      {pool.status === 'error' && <ErrorMessage error={pool.error} onRetry={pool.retry} />}
      {desk.pool && pool.status === 'ready' && (
        <div className="desk-pool-body">
          <div>
            <form
              className="form desk-filters"
              aria-label={t('desk.pool.filters')}
              onSubmit={(e) => {
                e.preventDefault();
                apply();
              }}
            >
              <label className="field">
                <span className="field-label">{t('desk.pool.tags')}</span>
                <input type="text" value={tagDraft} placeholder={t('desk.pool.tagsHelp')} onChange={(e) => setTagDraft(e.target.value)} data-testid="desk-pool-tags" />
              </label>
              {canChange && dimensions.length > 0 && (
                <fieldset className="desk-dims">
                  <legend className="field-label">{t('desk.pool.minScores')}</legend>
                  {dimensions.map((d) => (
                    <label key={d} className="field">
                      <span className="small">{d}</span>
                      <input type="number" min={0} max={100} value={minDraft[d] ?? ''} onChange={(e) => setMinDraft((m) => ({ ...m, [d]: e.target.value }))} data-testid="desk-pool-min" data-dimension={d} />
                    </label>
                  ))}
                </fieldset>
              )}
              {!canChange && <p className="muted small">{t('desk.pool.scoresHidden')}</p>}
              <div className="card-actions">
                <button type="submit" className="btn btn-primary btn-small" data-testid="desk-pool-apply">
                  {t('desk.pool.apply')}
                </button>
                {(desk.tags.length > 0 || desk.minScores.length > 0) && (
                  <button type="button" className="btn btn-small" onClick={reset}>
                    {t('desk.pool.reset')}
                  </button>
                )}
              </div>
            </form>
            <MemberTable members={members} dimensions={dimensions} canChange={canChange} poolId={desk.pool} onChanged={() => setReload((n) => n + 1)} />
          </div>
          {canChange ? (
            <AdmitForm poolId={desk.pool} dimensions={dimensions} onAdmitted={() => setReload((n) => n + 1)} />
          ) : (
            <p className="note">{t('desk.admit.needsToken')}</p>
          )}
        </div>
      )}
      {desk.pool && pool.status === 'ready' && !pool.data && <Empty>{t('error.NOT_FOUND')}</Empty>}
    </section>
  );
}

function MemberTable({ members, dimensions, canChange, poolId, onChanged }: { members: ReturnType<typeof useMembers>; dimensions: string[]; canChange: boolean; poolId: string; onChanged(): void }) {
  const { t, lang, request, notify } = useApp();
  const [errors, setErrors] = useState<Record<string, ApiError>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const leave = async (m: PoolMember) => {
    const name = displayName(m.person, lang);
    setBusy(m.person.id);
    try {
      await request(DESK_LEAVE, { personId: m.person.id, poolId: m.pool.id });
      notify(t('desk.pool.left', { name }));
      onChanged();
    } catch (e) {
      if (!isAbort(e)) setErrors((all) => ({ ...all, [m.person.id]: toApiError(e) }));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="desk-members" data-testid="desk-pool-members" data-pool={poolId}>
      <h3>{t('desk.pool.members', { shown: members.items.length, total: members.total })}</h3>
      {members.status === 'error' && members.error && <ErrorMessage error={members.error} onRetry={members.retry} />}
      {members.status === 'loading' && members.items.length === 0 && <Loading />}
      {members.status === 'ready' && members.items.length === 0 && <Empty testId="desk-pool-empty">{t('desk.pool.empty')}</Empty>}
      {members.items.length > 0 && (
        <div className="desk-table-wrap">
          <table className="desk-table">
            <thead>
              <tr>
                <th scope="col">{t('desk.pool.person')}</th>
                <th scope="col">{t('desk.pool.subPool')}</th>
                <th scope="col">{t('desk.admit.tags')}</th>
                {canChange && dimensions.map((d) => <th key={d} scope="col">{d}</th>)}
                {canChange && <th scope="col">{t('desk.pool.average')}</th>}
                <th scope="col">{t('desk.pool.admittedOn')}</th>
                {canChange && <th scope="col"><span className="visually-hidden">{t('desk.pool.leave')}</span></th>}
              </tr>
            </thead>
            <tbody>
              {members.items.map((m) => {
                const name = displayName(m.person, lang);
                const score = (d: string) => m.scores.find((s) => s.dimension === d)?.score;
                return (
                  <tr key={m.person.id} data-testid="desk-pool-member" data-id={m.person.id} data-pool={m.pool.id}>
                    <th scope="row">{name}</th>
                    <td>{displayName(m.pool, lang)}</td>
                    <td>{joinList(m.tags, lang) || t('common.none')}</td>
                    {canChange && dimensions.map((d) => <td key={d} className="num">{score(d) ?? t('common.none')}</td>)}
                    {canChange && <td className="num">{m.averageScore === null ? t('common.none') : m.averageScore.toFixed(1)}</td>}
                    <td>{m.admittedOn ? formatDate(m.admittedOn, lang) : t('common.none')}</td>
                    {canChange && (
                      <td>
                        <button type="button" className="btn btn-small" disabled={busy !== null} onClick={() => void leave(m)} aria-label={t('desk.pool.leaveLabel', { name })} data-testid="desk-pool-leave">
                          {t('desk.pool.leave')}
                        </button>
                        {errors[m.person.id] && (
                          <span className="desk-action-error" role="alert">
                            {errorText(t, errors[m.person.id]!)}
                          </span>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {members.next && (
        <button type="button" className="btn btn-block" disabled={members.status === 'loading'} onClick={members.more} data-testid="desk-pool-more">
          {members.status === 'loading' ? t('state.loading') : t('desk.pool.more')}
        </button>
      )}
    </div>
  );
}

function AdmitForm({ poolId, dimensions, onAdmitted }: { poolId: string; dimensions: string[]; onAdmitted(): void }) {
  const { t, lang, request, notify } = useApp();
  const [personId, setPersonId] = useState<string | null>(null);
  const [scores, setScores] = useState<Record<string, string>>({});
  const [tags, setTags] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<ApiError | null>(null);
  const [sending, setSending] = useState(false);
  const [tried, setTried] = useState(false);
  const { node: person } = useNode(personId);
  const checked = checkAdmission({ personId, scores, tags }, dimensions);
  const shown: Record<string, string> = tried ? { ...Object.fromEntries(Object.entries(checked.errors).map(([k, v]) => [k, problemText(t, k, v)])), ...errors } : errors;

  const submit = async () => {
    setTried(true);
    setErrors({});
    setGeneral(null);
    if (Object.keys(checked.errors).length) return;
    setSending(true);
    try {
      await request(DESK_ADMIT, { personId, poolId, scores: checked.scores.map((s) => ({ dimension: s.dimension, score: Math.round(s.score) })), tags: checked.tags });
      notify(t('desk.admit.done', { name: person ? displayName(person, lang) : (personId ?? '') }));
      setPersonId(null);
      setScores({});
      setTags('');
      setTried(false);
      onAdmitted();
    } catch (e) {
      if (isAbort(e)) return;
      const err = toApiError(e);
      const field = err.code === 'CONFLICT' ? 'person' : err.code === 'BAD_USER_INPUT' || err.code === 'NOT_FOUND' ? fieldOfServerError(err.detail, dimensions) : null;
      if (field) setErrors({ [field]: errorText(t, err) });
      else setGeneral(err);
    } finally {
      setSending(false);
    }
  };

  const fieldError = (key: string, id: string) =>
    shown[key] ? (
      <span className="field-error" id={id} role="alert" data-testid="desk-admit-error" data-field={key}>
        {shown[key]}
      </span>
    ) : null;

  return (
    <form
      className="form desk-admit"
      aria-labelledby="desk-admit-title"
      data-testid="desk-admit"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="desk-admit-title">{t('desk.admit')}</h3>
      <p className="muted small">{t('desk.admit.help')}</p>
      <NodePicker label={t('desk.admit.person')} value={personId} onChange={setPersonId} types={['Person']} testId="desk-admit-person" />
      {fieldError('person', 'desk-admit-person-error')}
      {dimensions.length === 0 && <p className="muted small">{t('desk.pool.noDimensions')}</p>}
      {dimensions.map((d, i) => (
        <label key={d} className="field">
          <span className="field-label">{t('desk.field.score', { dimension: d })}</span>
          <input
            type="number"
            min={0}
            max={100}
            step={1}
            inputMode="numeric"
            value={scores[d] ?? ''}
            onChange={(e) => setScores((s) => ({ ...s, [d]: e.target.value }))}
            aria-invalid={!!shown[`score:${d}`]}
            aria-describedby={shown[`score:${d}`] ? `desk-admit-score-${i}` : undefined}
            data-testid="desk-admit-score"
            data-dimension={d}
          />
          {fieldError(`score:${d}`, `desk-admit-score-${i}`)}
        </label>
      ))}
      <label className="field">
        <span className="field-label">{t('desk.admit.tags')}</span>
        <input type="text" value={tags} placeholder={t('desk.pool.tagsHelp')} onChange={(e) => setTags(e.target.value)} aria-invalid={!!shown.tags} data-testid="desk-admit-tags" />
        {fieldError('tags', 'desk-admit-tags-error')}
      </label>
      {general && <ErrorMessage error={general} />}
      <button type="submit" className="btn btn-primary" disabled={sending} data-testid="desk-admit-submit">
        {sending ? t('state.loading') : t('desk.admit.submit')}
      </button>
    </form>
  );
}
