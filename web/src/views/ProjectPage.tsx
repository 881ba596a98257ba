// A project's page: its milestones on a timeline (planned, done or failed, with due dates, evidence and whether
// they kept time), its 安心宝 escrow account (state and every amount, shown in yuan from exact integer fen) and the
// risk pool behind it. Brokers and admins record the deposit and complete or fail the next milestone, each after a
// confirmation that says what will happen to the money; a refusal is shown in plain words, naming the state.
import { useEffect, useRef, useState } from 'react';
import { COMPLETE_MILESTONE, DEPOSIT_ESCROW, FAIL_MILESTONE, PROJECT_PAGE } from '../core/api/ledger-documents.js';
import type { LedgerEscrow, LedgerMilestone, LedgerProject, LedgerRiskPool } from '../core/api/ledger-types.js';
import type { MessageKey } from '../core/i18n/messages.js';
import { displayName, formatDate, valueLabel } from '../core/i18n/translate.js';
import { canAct, escrowState, escrowSteps, type ProjectAction } from '../core/ledger/escrow.js';
import { defaultLedgerState } from '../core/ledger/ledger-url.js';
import { formatYuan, parseYuan, shareOf, toFen } from '../core/ledger/money.js';
import { localToday, milestonesInOrder, milestoneState, nextPlanned, punctuality } from '../core/ledger/timeline.js';
import { useApp } from '../components/app-context.js';
import { LedgerPageHead } from '../components/LedgerPageHead.js';
import { Field, refusalText, stateLabel, useCanWrite } from '../components/LedgerParts.js';
import { NodeChip } from '../components/NodePicker.js';
import { Chain } from '../components/Ranking.js';
import { Empty, ErrorMessage, Loading } from '../components/StatusMessage.js';
import { toApiError, useAsync } from '../components/use-async.js';

interface Pending {
  action: ProjectAction;
  milestone: LedgerMilestone | null;
}

export function ProjectPage({ id, onClose }: { id: string; onClose(): void }) {
  const { request, t, lang, me } = useApp();
  const data = useAsync<LedgerProject | null>(`project|${id}|${lang}|${me?.role ?? ''}`, async (signal) => {
    const d = await request<{ project: LedgerProject | null }>(PROJECT_PAGE, { id }, signal);
    return d.project;
  });
  // The project as the last mutation returned it, until the page is loaded again.
  const [current, setCurrent] = useState<LedgerProject | null>(null);
  useEffect(() => setCurrent(null), [id]);
  const project = current ?? (data.status === 'ready' ? data.data : null);

  return (
    <section className="ledger-page" aria-labelledby="project-title" data-testid="project-page" data-id={id}>
      <LedgerPageHead page="project" kicker={t('ledger.project.kicker')} title={project ? displayName(project.node, lang) : id} closeLabel={t('ledger.project.close')} onClose={onClose}>
        {project?.node.illustrative && <span className="badge badge-illustrative">{t('details.illustrative')}</span>}
      </LedgerPageHead>
      {data.status === 'loading' && !project && <Loading />}
      {data.status === 'error' && <ErrorMessage error={data.error} onRetry={data.retry} />}
      {data.status === 'ready' && !project && <Empty testId="project-missing">{t('ledger.project.notFound')}</Empty>}
      {project && (
        <ProjectBody
          project={project}
          onChange={setCurrent}
          onReload={() => {
            setCurrent(null);
            data.retry();
          }}
        />
      )}
    </section>
  );
}

function ProjectBody({ project, onChange, onReload }: { project: LedgerProject; onChange(p: LedgerProject): void; onReload(): void }) {
  const { t, lang, update } = useApp();
  const canWrite = useCanWrite();
  const [pending, setPending] = useState<Pending | null>(null);
  const escrow = project.escrow;
  const state = escrowState(escrow?.state);
  const milestones = milestonesInOrder(project.milestones);
  const next = nextPlanned(milestones);
  const today = localToday();

  const openIntro = (introId: string) => update((s) => ({ ...s, ledger: { ...defaultLedgerState(), intro: introId } }));

  return (
    <div className="ledger-page-body" data-version={project.version}>
      <dl className="facts project-facts">
        {project.status && (
          <div>
            <dt>{t('ledger.project.status')}</dt>
            <dd data-testid="project-status">{valueLabel(lang, 'status', project.status)}</dd>
          </div>
        )}
        {(project.start || project.end) && (
          <div>
            <dt>{t('ledger.project.period')}</dt>
            <dd>
              {project.start ? formatDate(project.start, lang) : '…'} – {project.end ? formatDate(project.end, lang) : '…'}
            </dd>
          </div>
        )}
        {project.participants.length > 0 && (
          <div>
            <dt>{t('ledger.project.participants')}</dt>
            <dd className="chips">
              {project.participants.map((n) => (
                <NodeChip key={n.id} id={n.id} />
              ))}
            </dd>
          </div>
        )}
      </dl>

      <div className="ledger-columns">
        <section className="ledger-section" aria-labelledby="escrow-title" data-testid="escrow" data-state={state ?? 'none'}>
          <h3 id="escrow-title">{t('ledger.project.escrow')}</h3>
          {!escrow ? (
            <p className="muted">{t('ledger.project.noEscrow')}</p>
          ) : (
            <>
              <ol className="ledger-stepper" aria-label={t('ledger.project.escrow')}>
                {escrowSteps(state).map((s) => (
                  <li key={s.step} className={`ledger-step step-${s.status}`} aria-current={s.step === state ? 'step' : undefined}>
                    {t(`ledger.escrowState.${s.step}`)}
                  </li>
                ))}
              </ol>
              <p className="escrow-state">
                <span className={`badge escrow-badge escrow-${state ?? 'unknown'}`} data-testid="escrow-state">
                  {state ? t(`ledger.escrowState.${state}`) : escrow.state}
                </span>
              </p>
              <EscrowAmounts escrow={escrow} />
              <p className="muted small">{t('ledger.escrow.explain', { percent: escrow.escrowPercent })}</p>
              {canWrite && state === 'proposed' && (
                <button type="button" className="btn btn-primary" onClick={() => setPending({ action: 'deposit', milestone: null })} data-testid="escrow-deposit">
                  {t('ledger.action.deposit', { amount: formatYuan(escrow.depositDue) })}
                </button>
              )}
              {pending?.action === 'deposit' && <Confirm project={project} pending={pending} onDone={onChange} onReload={onReload} onClose={() => setPending(null)} />}
            </>
          )}
        </section>
        <RiskPoolCard pool={escrow?.riskPool ?? null} hasEscrow={Boolean(escrow)} />
      </div>

      <section className="ledger-section" aria-labelledby="milestones-title">
        <h3 id="milestones-title">{t('ledger.project.milestones')}</h3>
        {milestones.length === 0 ? (
          <Empty testId="milestones-empty">{t('ledger.project.noMilestones')}</Empty>
        ) : (
          <ol className="ledger-timeline milestones" data-testid="milestones">
            {milestones.map((m) => {
              const ms = milestoneState(m.state) ?? 'planned';
              const punct = ms === 'done' && m.onTime !== null ? (m.onTime ? 'on_time' : 'late') : punctuality(m, today);
              const isNext = next?.index === m.index;
              const complete = canAct('complete', state, milestones, m.index);
              return (
                <li key={m.index} className={`ledger-timeline-item milestone-${ms}`} data-testid="milestone" data-index={m.index} data-state={ms}>
                  <span className="ledger-timeline-dot" aria-hidden="true" />
                  <div className="ledger-timeline-body">
                    <div className="ledger-timeline-head">
                      <strong>
                        {m.index + 1}. {m.title}
                      </strong>
                      <span className={`badge state-${ms}`}>{t(`ledger.project.state.${ms}`)}</span>
                      {punct && <span className={`badge punct-${punct}`}>{t(`ledger.project.punct.${punct}`)}</span>}
                    </div>
                    <span className="muted small">
                      {t('ledger.project.due', { date: formatDate(m.due, lang) })}
                      {m.doneOn && ` · ${t(ms === 'failed' ? 'ledger.project.failedOn' : 'ledger.project.doneOn', { date: formatDate(m.doneOn, lang) })}`}
                    </span>
                    {m.evidence && (
                      <span className="ledger-timeline-note">
                        <span className="muted small">{t('ledger.project.evidence')}:</span> {m.evidence}
                      </span>
                    )}
                    {canWrite && isNext && (
                      <div className="milestone-actions">
                        {complete.allowed ? (
                          <>
                            <button type="button" className="btn btn-small btn-primary" onClick={() => setPending({ action: 'complete', milestone: m })} data-testid="milestone-complete">
                              {t('ledger.action.complete')}
                            </button>
                            <button type="button" className="btn btn-small" onClick={() => setPending({ action: 'fail', milestone: m })} data-testid="milestone-fail">
                              {t('ledger.action.fail')}
                            </button>
                          </>
                        ) : (
                          complete.reason && <span className="muted small" data-testid="milestone-blocked">{t(`ledger.action.${complete.reason}` as MessageKey)}</span>
                        )}
                      </div>
                    )}
                    {pending && pending.milestone?.index === m.index && <Confirm project={project} pending={pending} onDone={onChange} onReload={onReload} onClose={() => setPending(null)} />}
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      {project.introductions.length > 0 && (
        <section className="ledger-section" aria-labelledby="project-intros-title">
          <h3 id="project-intros-title">{t('ledger.project.introductions')}</h3>
          <ul className="ledger-plain-list">
            {project.introductions.map((i) => (
              <li key={i.id}>
                <button type="button" className="link-btn" onClick={() => openIntro(i.id)} data-testid="project-intro" data-id={i.id}>
                  {formatDate(i.date, lang)}
                </button>{' '}
                <Chain names={[displayName(i.from, lang), displayName(i.to, lang)]} />{' '}
                <span className="muted small">
                  {t('ledger.intro.broker')} {displayName(i.broker, lang)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {!canWrite && <p className="muted small">{t('ledger.project.viewerHint')}</p>}
    </div>
  );
}

function Amount({ label, fen, testId, on, sub }: { label: string; fen: string; testId: string; on?: string | null; sub?: boolean }) {
  const { t, lang } = useApp();
  return (
    <div className={sub ? 'amount-sub' : undefined}>
      <dt>{label}</dt>
      <dd className="num" data-testid={testId} data-fen={toFen(fen)?.toString() ?? ''}>
        {formatYuan(fen)}
        {on && <span className="muted small"> {t('ledger.escrow.on', { date: formatDate(on, lang) })}</span>}
      </dd>
    </div>
  );
}

function EscrowAmounts({ escrow }: { escrow: LedgerEscrow }) {
  const { t } = useApp();
  const refunded = escrowState(escrow.state) === 'refunded';
  return (
    <>
      <dl className="facts amounts">
        <Amount label={t('ledger.escrow.feeTotal')} fen={escrow.feeTotal} testId="escrow-feeTotal" />
        <div>
          <dt>{t('ledger.escrow.percent')}</dt>
          <dd className="num" data-testid="escrow-percent">
            {escrow.escrowPercent}%
          </dd>
        </div>
        <Amount label={t('ledger.escrow.depositDue')} fen={escrow.depositDue} testId="escrow-depositDue" />
        <Amount label={t('ledger.escrow.deposited')} fen={escrow.deposited} testId="escrow-deposited" on={escrow.depositedOn} />
        <Amount label={t('ledger.escrow.released')} fen={escrow.released} testId="escrow-released" on={escrow.releasedOn} />
        <Amount label={t('ledger.escrow.balancePaid')} fen={escrow.balancePaid} testId="escrow-balancePaid" sub />
        <Amount label={t('ledger.escrow.refunded')} fen={escrow.refunded} testId="escrow-refunded" on={escrow.refundedOn} />
        {(refunded || toFen(escrow.coveredByPool) !== 0n) && (
          <>
            <Amount label={t('ledger.escrow.platformCost')} fen={escrow.platformCost} testId="escrow-platformCost" />
            <Amount label={t('ledger.escrow.coveredByPool')} fen={escrow.coveredByPool} testId="escrow-coveredByPool" />
          </>
        )}
      </dl>
      <div className="money-bar" aria-hidden="true" title={`${shareOf(escrow.released, escrow.feeTotal)}%`}>
        <span className="money-released" style={{ width: `${shareOf(escrow.released, escrow.feeTotal)}%` }} />
        <span className="money-deposited" style={{ width: `${escrow.released === '0' ? shareOf(escrow.deposited, escrow.feeTotal) : 0}%` }} />
      </div>
    </>
  );
}

function RiskPoolCard({ pool, hasEscrow }: { pool: LedgerRiskPool | null; hasEscrow: boolean }) {
  const { t, lang } = useApp();
  if (!hasEscrow) return null;
  return (
    <section className="ledger-section" aria-labelledby="pool-title" data-testid="risk-pool" data-id={pool?.id ?? ''}>
      <h3 id="pool-title">{t('ledger.pool.title')}</h3>
      {!pool ? (
        <p className="muted">{t('ledger.pool.none')}</p>
      ) : (
        <>
          <p className="pool-name">
            {displayName(pool, lang)} {pool.illustrative && <span className="badge badge-illustrative small">{t('details.illustrative')}</span>}
          </p>
          <dl className="facts amounts">
            <Amount label={t('ledger.pool.capital')} fen={pool.capital} testId="pool-capital" />
            <Amount label={t('ledger.pool.paidOut')} fen={pool.paidOut} testId="pool-paidOut" />
            <Amount label={t('ledger.pool.available')} fen={pool.available} testId="pool-available" />
            {pool.perProjectCap !== null && <Amount label={t('ledger.pool.cap')} fen={pool.perProjectCap} testId="pool-cap" />}
          </dl>
          <div className="money-bar" aria-hidden="true">
            <span className="money-paid" style={{ width: `${shareOf(pool.paidOut, pool.capital)}%` }} />
          </div>
          <p className="muted small">{t('ledger.pool.projects', { n: pool.projectCount })}</p>
        </>
      )}
    </section>
  );
}

/** The confirmation of one step, saying what will happen to the money, with the inputs the step needs. */
function Confirm({ project, pending, onDone, onReload, onClose }: { project: LedgerProject; pending: Pending; onDone(p: LedgerProject): void; onReload(): void; onClose(): void }) {
  const { t, request, notify } = useApp();
  const [date, setDate] = useState(localToday());
  const [evidence, setEvidence] = useState('');
  const [cost, setCost] = useState('');
  const [errors, setErrors] = useState<{ evidence?: string; cost?: string; date?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector<HTMLElement>('textarea, input, button')?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    const el = box.current;
    el?.addEventListener('keydown', onKey);
    return () => el?.removeEventListener('keydown', onKey);
  }, [onClose]);

  const escrow = project.escrow;
  const m = pending.milestone;
  const first = m !== null && project.milestones.length > 0 && milestonesInOrder(project.milestones)[0]!.index === m.index;
  const underEscrow = escrow !== null && escrowState(escrow.state) === 'deposited' && first;
  let question: string;
  if (pending.action === 'deposit') question = t('ledger.action.confirmDeposit', { amount: formatYuan(escrow?.depositDue) });
  else if (pending.action === 'complete')
    question = underEscrow
      ? t('ledger.action.confirmCompleteFirst', {
          title: m!.title,
          deposit: formatYuan(escrow!.deposited),
          balance: formatYuan((toFen(escrow!.feeTotal)! - toFen(escrow!.deposited)!).toString()),
          total: formatYuan(escrow!.feeTotal),
        })
      : t('ledger.action.confirmComplete', { title: m!.title });
  else question = underEscrow ? t('ledger.action.confirmFailFirst', { title: m!.title, deposit: formatYuan(escrow!.deposited) }) : t('ledger.action.confirmFail', { title: m!.title });

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const found: typeof errors = {};
    if (!date) found.date = t('ledger.field.required');
    if (pending.action !== 'deposit' && !evidence.trim()) found.evidence = t('ledger.field.required');
    const costFen = cost.trim() ? parseYuan(cost) : null;
    if (cost.trim() && costFen === null) found.cost = t('ledger.action.badAmount');
    if (Object.keys(found).length) {
      setErrors(found);
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      let updated: LedgerProject;
      if (pending.action === 'deposit') {
        updated = (await request<{ depositEscrow: LedgerProject }>(DEPOSIT_ESCROW, { projectId: project.id, date })).depositEscrow;
      } else if (pending.action === 'complete') {
        updated = (await request<{ completeMilestone: LedgerProject }>(COMPLETE_MILESTONE, { projectId: project.id, index: m!.index, evidence: evidence.trim(), date })).completeMilestone;
      } else {
        const vars = { projectId: project.id, index: m!.index, evidence: evidence.trim(), date, platformCost: costFen === null ? null : costFen.toString() };
        updated = (await request<{ failMilestone: LedgerProject }>(FAIL_MILESTONE, vars)).failMilestone;
      }
      const state = escrowState(updated.escrow?.state);
      notify(t('ledger.action.done', { what: state && updated.escrow?.state !== escrow?.state ? stateLabel(t, state) : m ? m.title : t('ledger.project.escrow') }));
      onDone(updated);
      onClose();
    } catch (err) {
      setErrors({ form: t('ledger.action.refused', { reason: refusalText(t, toApiError(err)) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div ref={box} className="confirm-box" role="alertdialog" aria-labelledby="confirm-question" data-testid="project-confirm" data-action={pending.action}>
      <form className="ledger-form" onSubmit={(e) => void submit(e)} noValidate>
        <p id="confirm-question" className="confirm-question">
          {question}
        </p>
        {pending.action !== 'deposit' && (
          <Field label={t('ledger.action.evidence')} error={errors.evidence}>
            {({ id, errorId, invalid }) => (
              <textarea id={id} rows={2} maxLength={2000} value={evidence} onChange={(e) => setEvidence(e.target.value)} aria-invalid={invalid} aria-describedby={errorId} data-testid="confirm-evidence" />
            )}
          </Field>
        )}
        <div className="form-row">
          <Field label={t('ledger.action.date')} error={errors.date}>
            {({ id, errorId, invalid }) => (
              <input id={id} type="date" value={date} onChange={(e) => setDate(e.target.value)} aria-invalid={invalid} aria-describedby={errorId} data-testid="confirm-date" />
            )}
          </Field>
          {pending.action === 'fail' && underEscrow && (
            <Field label={t('ledger.action.platformCost')} error={errors.cost}>
              {({ id, errorId, invalid }) => (
                <input id={id} type="text" inputMode="decimal" value={cost} onChange={(e) => setCost(e.target.value)} aria-invalid={invalid} aria-describedby={errorId} data-testid="confirm-cost" />
              )}
            </Field>
          )}
        </div>
        {errors.form && (
          <p className="form-error" role="alert" data-testid="confirm-error">
            {errors.form}{' '}
            <button
              type="button"
              className="link-btn"
              onClick={() => {
                onClose();
                onReload();
              }}
              data-testid="confirm-reload"
            >
              {t('ledger.action.reload')}
            </button>
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="btn" onClick={onClose} disabled={busy}>
            {t('ledger.cancel')}
          </button>
          <button type="submit" className={`btn ${pending.action === 'fail' ? 'btn-danger' : 'btn-primary'}`} disabled={busy} data-testid="confirm-yes">
            {busy ? t('ledger.saving') : t('ledger.action.confirm')}
          </button>
        </div>
      </form>
    </div>
  );
}
