// One demand at the desk: the firm, its needs and clock; the ranked talents from recommendTalents with their
// reasons, each added to the shortlist with one button; the shortlist in rank order (up, down, remove); the answer
// to the firm; the firm's response per candidate; withdrawal; the timeline and the audited changes. Every change
// sends the version the broker was looking at, so a change made meanwhile by someone else comes back as CONFLICT;
// any refused change is put into words next to its control and the demand is read again.
import { useEffect, useRef, useState } from 'react';
import { config } from '../config.js';
import type { ApiError } from '../core/api/client.js';
import { isAbort } from '../core/api/client.js';
import {
  DESK_ANSWER,
  DESK_DEMAND,
  DESK_PROPOSE,
  DESK_RANKED,
  DESK_REMOVE,
  DESK_REORDER,
  DESK_RESPOND,
  DESK_WITHDRAW,
} from '../core/api/desk-documents.js';
import { formatDuration, hoursToAnswer, tickInterval } from '../core/desk/countdown.js';
import { deskErrorKey } from '../core/desk/desk-errors.js';
import type { Candidate, DeskDemand, RankedTalent } from '../core/desk/desk-types.js';
import { moveItem } from '../core/desk/shortlist.js';
import { actionsFor, worksTheDesk } from '../core/desk/status.js';
import { isMessageKey, displayName, formatDate, type Translate } from '../core/i18n/translate.js';
import { reasonsIn } from '../core/recommend/ranking-display.js';
import { useApp } from './app-context.js';
import { ClockBadge, StatusBadge } from './DeadlineBadge.js';
import { announceDeskChange } from './desk-refresh.js';
import { Reasons, ScoreBar } from './Ranking.js';
import { Empty, ErrorMessage, Loading, errorText } from './StatusMessage.js';
import { TypeSwatch } from './TypeSwatch.js';
import { toApiError, useAsync } from './use-async.js';
import { useNow } from './use-now.js';

/** A refused change in plain words: who got there first, or which state stopped it, plus the server's own words. */
export function deskErrorText(t: Translate, error: ApiError): string {
  const key = deskErrorKey(error.code);
  return key ? `${t(key)} ${t('error.detail', { detail: error.detail })}` : errorText(t, error);
}

function ActionError({ error, testId }: { error: ApiError | undefined; testId: string }) {
  const { t } = useApp();
  if (!error) return null;
  return (
    <p className="desk-action-error" role="alert" data-testid={testId} data-code={error.code}>
      {deskErrorText(t, error)}
    </p>
  );
}

function Fact({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

type Busy = string | null;

export function DemandPanel({ demandId }: { demandId: string }) {
  const { t, lang, request, me, notify, rememberNodes } = useApp();
  const [reload, setReload] = useState(0);
  const [demand, setDemand] = useState<DeskDemand | null>(null);
  const [errors, setErrors] = useState<Record<string, ApiError>>({});
  const [busy, setBusy] = useState<Busy>(null);
  const [message, setMessage] = useState('');
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const focusAfter = useRef<string | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const canChange = worksTheDesk(me?.role);

  const loaded = useAsync<DeskDemand>(`${demandId}|${reload}|${me?.role ?? ''}`, async (signal) => {
    const d = await request<{ demand: DeskDemand }>(DESK_DEMAND, { id: demandId }, signal);
    return d.demand;
  });
  useEffect(() => {
    if (loaded.status === 'ready') {
      setDemand(loaded.data);
      rememberNodes([loaded.data.node, ...loaded.data.techAreas, ...loaded.data.shortlist.map((c) => c.person)]);
    }
  }, [loaded.status, loaded.data, rememberNodes]);

  const ranked = useAsync<RankedTalent[]>(canChange ? `${demandId}|ranked|${me?.role}` : null, async (signal) => {
    const d = await request<{ recommendTalents: RankedTalent[] }>(DESK_RANKED, { id: demandId, limit: config.rankedLimit }, signal);
    return d.recommendTalents;
  });

  const now = useNow(demand ? tickInterval([demand], Date.now()) : null);

  // After a move, keyboard focus follows the moved candidate's button.
  useEffect(() => {
    const key = focusAfter.current;
    if (!key || !panel.current) return;
    focusAfter.current = null;
    // The same button, or (at the end of the list, where it is disabled) another button of the same candidate.
    const [, who] = key.split(/:(.*)/s);
    const row = panel.current.querySelector(`[data-testid=candidate][data-id="${CSS.escape(who ?? '')}"]`);
    const same = panel.current.querySelector<HTMLButtonElement>(`[data-focus-key="${CSS.escape(key)}"]`);
    (same && !same.disabled ? same : row?.querySelector<HTMLButtonElement>('button:not(:disabled)'))?.focus();
  }, [demand]);

  if (!demand) {
    if (loaded.status === 'error') return <ErrorMessage error={loaded.error} onRetry={loaded.retry} testId="desk-demand-error" />;
    return <Loading testId="desk-demand-loading" />;
  }

  const actions = actionsFor(demand.status, canChange);
  const listed = new Set(demand.shortlist.map((c) => c.person.id));

  /** Runs one change; on success shows the new state, on failure says why next to the control and reads again. */
  const change = async (key: string, doc: string, field: string, vars: Record<string, unknown>, done?: string): Promise<boolean> => {
    setBusy(key);
    setErrors((e) => {
      const { [key]: _gone, ...rest } = e;
      return rest;
    });
    try {
      const d = await request<Record<string, DeskDemand>>(doc, { demandId: demand.id, expectedVersion: demand.version, ...vars });
      const next = d[field];
      if (next) setDemand(next);
      if (done) notify(done);
      announceDeskChange();
      return true;
    } catch (e) {
      if (isAbort(e)) return false;
      const err = toApiError(e);
      setErrors((all) => ({ ...all, [key]: err }));
      setReload((n) => n + 1);
      announceDeskChange();
      return false;
    } finally {
      setBusy(null);
    }
  };

  const add = (personId: string) => void change(`add:${personId}`, DESK_PROPOSE, 'proposeCandidates', { personIds: [personId] });
  const remove = (c: Candidate) => void change(`shortlist`, DESK_REMOVE, 'removeCandidate', { personId: c.person.id });
  const move = (index: number, delta: number) => {
    const order = moveItem(demand.shortlist, index, delta).map((c) => c.person.id);
    const who = demand.shortlist[index]!.person.id;
    focusAfter.current = `${delta < 0 ? 'up' : 'down'}:${who}`;
    void change('shortlist', DESK_REORDER, 'reorderShortlist', { personIds: order });
  };
  const answer = async () => {
    if (await change('answer', DESK_ANSWER, 'answerDemand', { message: message.trim() || null }, t('desk.answer.sent'))) setMessage('');
  };
  const respond = (c: Candidate, accepted: boolean) =>
    void change(`respond:${c.person.id}`, DESK_RESPOND, 'recordFirmResponse', { personId: c.person.id, accepted, note: notes[c.person.id]?.trim() || null }, t('desk.response.saved', { name: displayName(c.person, lang) }));
  const withdraw = async () => {
    if (await change('withdraw', DESK_WITHDRAW, 'withdrawDemand', { reason: reason.trim() || null }, t('desk.withdrawn'))) setWithdrawing(false);
  };

  const description = typeof demand.node.properties.description === 'string' ? demand.node.properties.description : null;
  const answerHours = demand.hoursToAnswer ?? hoursToAnswer(demand.postedAt, demand.answeredAt);
  // Minutes matter when an order is answered quickly, so the same two-unit form as the clocks.
  const answeredHours = answerHours === null ? null : formatDuration(answerHours * 3_600_000, lang);
  const disabled = busy !== null;

  return (
    <article className="desk-demand" ref={panel} data-testid="desk-demand" data-id={demand.id} data-status={demand.status} data-version={demand.version} aria-busy={busy !== null || loaded.status === 'loading'}>
      <header className="desk-demand-head">
        <div className="card-type">
          <TypeSwatch type="Demand" /> {demand.node.illustrative && <span className="badge badge-illustrative">{t('details.illustrative')}</span>}
        </div>
        <h2 data-testid="desk-demand-name">{displayName(demand.node, lang)}</h2>
        <div className="meta-row">
          <StatusBadge status={demand.status} />
          <ClockBadge demand={demand} now={now} />
          <button type="button" className="btn btn-small" onClick={() => setReload((n) => n + 1)} data-testid="desk-demand-refresh">
            {t('desk.refresh')}
          </button>
        </div>
        {description && <p className="details-description">{description}</p>}
      </header>

      <dl className="facts desk-facts">
        <Fact label={t('desk.firm')} testId="desk-demand-firm">
          {demand.firm ? displayName(demand.firm, lang) : t('common.none')}
        </Fact>
        <Fact label={t('desk.needs')} testId="desk-demand-needs">
          {demand.techAreas.length ? (
            <span className="chips">
              {demand.techAreas.map((a) => (
                <span key={a.id} className="chip" data-id={a.id}>
                  <TypeSwatch type="TechArea" size={12} />
                  <span className="chip-text">{displayName(a, lang)}</span>
                </span>
              ))}
            </span>
          ) : (
            t('common.none')
          )}
        </Fact>
        {demand.region && <Fact label={t('desk.region')}>{displayName(demand.region, lang)}</Fact>}
        {demand.pool && <Fact label={t('desk.pool')}>{displayName(demand.pool, lang)}</Fact>}
        <Fact label={t('demand.postedAt')}>{formatDate(demand.postedAt, lang, true)}</Fact>
        <Fact label={t('demand.due')}>{formatDate(demand.responseDue, lang, true)}</Fact>
        {demand.answeredAt && (
          <Fact label={t('desk.answeredAt')} testId="desk-demand-answered-at">
            {formatDate(demand.answeredAt, lang, true)}
            {answeredHours && <span className="muted"> · {t('desk.hoursToAnswer')} {answeredHours}</span>}
          </Fact>
        )}
        {demand.answeredBy && <Fact label={t('desk.answeredBy')}>{demand.answeredBy}</Fact>}
        {demand.closedAt && <Fact label={t('desk.closedAt')}>{formatDate(demand.closedAt, lang, true)}</Fact>}
        {demand.withdrawReason && <Fact label={t('desk.withdrawReason')}>{demand.withdrawReason}</Fact>}
      </dl>

      {!canChange && (
        <p className="note" data-testid="desk-demand-viewer">
          {t('desk.shortlist.hidden', { n: demand.shortlistSize })}
        </p>
      )}

      {canChange && (
        <div className="desk-columns">
          <section className="desk-section" aria-labelledby="desk-ranked-title" data-testid="desk-ranked">
            <h3 id="desk-ranked-title">{t('desk.ranked')}</h3>
            {!actions.shortlist && <p className="muted small">{t('desk.ranked.closed')}</p>}
            {ranked.status === 'loading' && <Loading />}
            {ranked.status === 'error' && <ErrorMessage error={ranked.error} onRetry={ranked.retry} />}
            {ranked.status === 'ready' && ranked.data.length === 0 && <Empty>{t('desk.ranked.empty')}</Empty>}
            {ranked.status === 'ready' && ranked.data.length > 0 && (
              <ol className="ranked">
                {ranked.data.map((r, i) => {
                  const name = displayName(r.node, lang);
                  const on = listed.has(r.node.id);
                  return (
                    <li key={r.node.id} className="desk-ranked-item" data-testid="desk-ranked-item" data-id={r.node.id}>
                      <span className="rank">{i + 1}</span>
                      <span className="ranked-body">
                        <span className="ranked-head">
                          <span className="ranked-name">
                            <TypeSwatch type={r.node.type} size={12} /> {name}
                          </span>
                          <ScoreBar score={r.score} />
                        </span>
                        <Reasons reasons={reasonsIn(lang, r.reasonDetails, r.reasons)} />
                        <ActionError error={errors[`add:${r.node.id}`]} testId="desk-add-error" />
                      </span>
                      {actions.shortlist && (
                        <button
                          type="button"
                          className="btn btn-small desk-add"
                          disabled={on || disabled}
                          onClick={() => add(r.node.id)}
                          aria-label={on ? `${name}: ${t('desk.added')}` : t('desk.addLabel', { name })}
                          data-testid="desk-add"
                        >
                          {on ? t('desk.added') : t('desk.add')}
                        </button>
                      )}
                    </li>
                  );
                })}
              </ol>
            )}
          </section>

          <section className="desk-section" aria-labelledby="desk-shortlist-title">
            <h3 id="desk-shortlist-title">{t('desk.shortlist.count', { n: demand.shortlist.length })}</h3>
            <ActionError error={errors.shortlist} testId="desk-shortlist-error" />
            {demand.shortlist.length === 0 ? (
              <Empty testId="desk-shortlist-empty">{t('desk.shortlist.empty')}</Empty>
            ) : (
              <ol className="desk-shortlist" data-testid="shortlist">
                {demand.shortlist.map((c, i) => (
                  <CandidateRow
                    key={c.person.id}
                    c={c}
                    index={i}
                    count={demand.shortlist.length}
                    canOrder={actions.shortlist}
                    canRespond={actions.respond && c.response === null}
                    disabled={disabled}
                    note={notes[c.person.id] ?? ''}
                    onNote={(v) => setNotes((n) => ({ ...n, [c.person.id]: v }))}
                    onMove={(d) => move(i, d)}
                    onRemove={() => remove(c)}
                    onRespond={(accepted) => respond(c, accepted)}
                    error={errors[`respond:${c.person.id}`]}
                  />
                ))}
              </ol>
            )}

            <div className="desk-answer" data-testid="desk-answer">
              <h3>{t('desk.answer')}</h3>
              {demand.answerMessage && (
                <blockquote className="desk-message" data-testid="desk-answer-message">
                  <span className="field-label">{t('desk.answer.sentMessage')}</span>
                  {demand.answerMessage}
                </blockquote>
              )}
              {actions.answer && (
                <>
                  <label className="field">
                    <span className="field-label">{t('desk.answer.message')}</span>
                    <textarea rows={3} maxLength={2000} value={message} placeholder={t('desk.answer.placeholder')} onChange={(e) => setMessage(e.target.value)} data-testid="desk-answer-text" />
                  </label>
                  {demand.shortlist.length === 0 && <p className="muted small">{t('desk.answer.needsShortlist')}</p>}
                  <button type="button" className="btn btn-primary" disabled={disabled || demand.shortlist.length === 0} onClick={() => void answer()} data-testid="desk-answer-send">
                    {busy === 'answer' ? t('state.loading') : t('desk.answer.send')}
                  </button>
                </>
              )}
              <ActionError error={errors.answer} testId="desk-answer-error" />
            </div>

            {(actions.withdraw || errors.withdraw) && (
              <div className="desk-withdraw">
                {!withdrawing ? (
                  actions.withdraw && (
                    <button type="button" className="btn btn-small" onClick={() => setWithdrawing(true)} disabled={disabled} data-testid="desk-withdraw">
                      {t('desk.withdraw')}
                    </button>
                  )
                ) : (
                  <div className="form">
                    <label className="field">
                      <span className="field-label">{t('desk.withdraw.reason')}</span>
                      <input type="text" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="desk-withdraw-reason" autoFocus />
                    </label>
                    <div className="card-actions">
                      <button type="button" className="btn btn-small" onClick={() => void withdraw()} disabled={disabled} data-testid="desk-withdraw-confirm">
                        {t('desk.withdraw.confirm')}
                      </button>
                      <button type="button" className="btn btn-small btn-ghost" onClick={() => setWithdrawing(false)}>
                        {t('desk.withdraw.cancel')}
                      </button>
                    </div>
                  </div>
                )}
                <ActionError error={errors.withdraw} testId="desk-withdraw-error" />
              </div>
            )}
          </section>
        </div>
      )}

      <History demand={demand} />
    </article>
  );
}

function CandidateRow(props: {
  c: Candidate;
  index: number;
  count: number;
  canOrder: boolean;
  canRespond: boolean;
  disabled: boolean;
  note: string;
  error: ApiError | undefined;
  onNote(v: string): void;
  onMove(delta: number): void;
  onRemove(): void;
  onRespond(accepted: boolean): void;
}) {
  const { t, lang } = useApp();
  const { c, index, count } = props;
  const name = displayName(c.person, lang);
  return (
    <li className="desk-candidate" data-testid="candidate" data-id={c.person.id} data-rank={c.rank} data-response={c.response ?? ''}>
      <div className="desk-candidate-head">
        <span className="rank">{c.rank}</span>
        <span className="ranked-name">
          <TypeSwatch type={c.person.type} size={12} /> {name}
        </span>
        <ScoreBar score={c.score} label={t('desk.snapshotScore')} />
        {props.canOrder && (
          <span className="desk-order">
            <button type="button" className="btn btn-small" disabled={props.disabled || index === 0} onClick={() => props.onMove(-1)} aria-label={t('desk.upLabel', { name })} data-focus-key={`up:${c.person.id}`} data-testid="candidate-up">
              ↑ {t('desk.up')}
            </button>
            <button type="button" className="btn btn-small" disabled={props.disabled || index === count - 1} onClick={() => props.onMove(1)} aria-label={t('desk.downLabel', { name })} data-focus-key={`down:${c.person.id}`} data-testid="candidate-down">
              ↓ {t('desk.down')}
            </button>
            <button type="button" className="btn btn-small" disabled={props.disabled} onClick={props.onRemove} aria-label={t('desk.removeLabel', { name })} data-testid="candidate-remove">
              {t('desk.remove')}
            </button>
          </span>
        )}
      </div>
      <Reasons reasons={reasonsIn(lang, c.reasonDetails, c.reasons)} />
      <p className="muted small">{t('desk.proposed', { who: c.proposedBy, at: formatDate(c.proposedAt, lang, true) })}</p>
      {c.response ? (
        <p className={`badge desk-badge tone-${c.response === 'accepted' ? 'ok' : 'neutral'}`} data-testid="candidate-response">
          {t(c.response === 'accepted' ? 'desk.response.accepted' : 'desk.response.declined')}
          {c.respondedAt ? ` · ${formatDate(c.respondedAt, lang)}` : ''}
          {c.responseNote ? ` · ${c.responseNote}` : ''}
        </p>
      ) : props.canRespond ? (
        <div className="desk-respond">
          <span className="muted small">{t('desk.response.pending')}</span>
          <input type="text" maxLength={500} value={props.note} placeholder={t('desk.response.note')} aria-label={t('desk.response.noteLabel', { name })} onChange={(e) => props.onNote(e.target.value)} data-testid="candidate-note" />
          <button type="button" className="btn btn-small" disabled={props.disabled} onClick={() => props.onRespond(true)} data-testid="candidate-accept">
            ✓ {t('desk.response.accept')}
          </button>
          <button type="button" className="btn btn-small" disabled={props.disabled} onClick={() => props.onRespond(false)} data-testid="candidate-decline">
            ✗ {t('desk.response.decline')}
          </button>
        </div>
      ) : null}
      <ActionError error={props.error} testId="candidate-error" />
    </li>
  );
}

function History({ demand }: { demand: DeskDemand }) {
  const { t, lang, knownNode } = useApp();
  const person = (id: string | null) => {
    if (!id) return null;
    const c = demand.shortlist.find((x) => x.person.id === id)?.person ?? knownNode(id);
    return c ? displayName(c, lang) : null;
  };
  const label = (prefix: 'desk.milestone.' | 'desk.op.', kind: string) => {
    const key = `${prefix}${kind}`;
    return isMessageKey(key) ? t(key) : kind;
  };
  return (
    <div className="desk-columns">
      <section className="desk-section" aria-labelledby="desk-timeline-title">
        <h3 id="desk-timeline-title">{t('desk.timeline')}</h3>
        <ol className="desk-timeline" data-testid="desk-timeline">
          {demand.timeline.map((m, i) => (
            <li key={i} data-kind={m.kind}>
              <time dateTime={m.at}>{formatDate(m.at, lang, true)}</time>
              <span>
                {label('desk.milestone.', m.kind)}
                {person(m.personId) ? `: ${person(m.personId)}` : ''}
                {m.actor ? <span className="muted"> · {m.actor}</span> : null}
              </span>
            </li>
          ))}
        </ol>
      </section>
      {demand.history.length > 0 || !!demand.answeredBy ? (
        <section className="desk-section" aria-labelledby="desk-history-title">
          <h3 id="desk-history-title">{t('desk.history')}</h3>
          {demand.history.length === 0 ? (
            <Empty>{t('desk.history.empty')}</Empty>
          ) : (
            <ol className="desk-timeline" data-testid="desk-history">
              {demand.history.map((e, i) => (
                // The event's root field names the change; the operation name is whatever the client called it.
                <li key={i} data-operation={e.fields[0] ?? e.operation} data-status={e.status}>
                  <time dateTime={e.at}>{formatDate(e.at, lang, true)}</time>
                  <span>
                    {label('desk.op.', e.fields[0] ?? e.operation)} <span className="muted">· {e.actor}</span>
                    {e.status === 'failed' && <span className="error"> · {t('desk.history.failed', { codes: e.errorCodes.join(', ') || '?' })}</span>}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}
    </div>
  );
}
