// Pieces of the introductions ledger shared by the ledger view, the bridge cards and the project page: who may
// write, an introduction's outcome timeline, the form that appends an outcome, and field-level error display.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { ApiError } from '../core/api/client.js';
import { RECORD_OUTCOME } from '../core/api/ledger-documents.js';
import type { LedgerIntroduction, LedgerOutcome } from '../core/api/ledger-types.js';
import type { MessageKey } from '../core/i18n/messages.js';
import { displayName, formatDate } from '../core/i18n/translate.js';
import { fieldOfMessage, missing, type FieldErrors } from '../core/ledger/field-errors.js';
import { stateNamed } from '../core/ledger/escrow.js';
import { byDate, localToday, OUTCOME_KINDS, outcomeKind, type OutcomeKind } from '../core/ledger/timeline.js';
import { useApp } from './app-context.js';
import { NodePicker } from './NodePicker.js';
import { errorText } from './StatusMessage.js';
import { toApiError } from './use-async.js';

/** Brokers and admins write to the ledger; viewers (and anonymous callers) only read projects. */
export function useCanWrite(): boolean {
  const { me } = useApp();
  return me?.role === 'broker' || me?.role === 'admin';
}

export function outcomeLabel(t: ReturnType<typeof useApp>['t'], kind: string): string {
  const k = outcomeKind(kind);
  return k ? t(`ledger.kind.${k}` as MessageKey) : kind;
}

/**
 * An API refusal in plain words: a refusal that names a state ("escrow is released") says so in the user's
 * language, followed by the server's own explanation.
 */
export function refusalText(t: ReturnType<typeof useApp>['t'], error: ApiError): string {
  if (error.code !== 'BAD_USER_INPUT') return errorText(t, error);
  const state = stateNamed(error.detail);
  const label = state ? stateLabel(t, state) : null;
  const head = label ? t('ledger.action.refusedState', { state: label }) : t('error.BAD_USER_INPUT');
  return `${head} ${t('error.detail', { detail: error.detail })}`;
}

/** What a failed save shows: the field the server's refusal names (with the form's note), or the refusal in words. */
export function refusalErrors<F extends string>(t: ReturnType<typeof useApp>['t'], err: unknown, fields: Readonly<Record<string, F>>): FieldErrors<F> {
  const apiError = toApiError(err);
  const field = apiError.code === 'BAD_USER_INPUT' ? fieldOfMessage(apiError.detail, fields) : null;
  if (!field) return { form: refusalText(t, apiError) } as FieldErrors<F>;
  return { [field]: apiError.detail, form: t('ledger.field.formError') } as FieldErrors<F>;
}

/**
 * A ledger form's errors, busy flag and save: problems found before sending stop it with the form's note; otherwise
 * `send` runs and a refusal lands under the field it names (`fields` maps the API's argument names to the form's).
 */
export function useLedgerSave<F extends string>(fields: Readonly<Record<string, F>>) {
  const { t } = useApp();
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [busy, setBusy] = useState(false);
  const save = async (found: FieldErrors<F>, send: () => Promise<void>): Promise<void> => {
    if (Object.keys(found).length) {
      setErrors({ ...found, form: t('ledger.field.formError') });
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      await send();
    } catch (err) {
      setErrors(refusalErrors(t, err, fields));
    } finally {
      setBusy(false);
    }
  };
  return { errors, busy, save };
}

export function stateLabel(t: ReturnType<typeof useApp>['t'], state: string): string {
  switch (state) {
    case 'proposed':
    case 'deposited':
    case 'released':
    case 'refunded':
      return t(`ledger.escrowState.${state}`);
    case 'planned':
    case 'done':
    case 'failed':
      return t(`ledger.project.state.${state}`);
    default:
      return state;
  }
}

export function FieldError({ id, text }: { id: string; text?: string }) {
  if (!text) return null;
  return (
    <span className="field-error" id={id} role="alert" data-testid="field-error">
      {text}
    </span>
  );
}

/** A labelled field whose error (when any) is announced and tied to it by aria-describedby. */
export function Field({ label, error, children, testId }: { label: string; error?: string; children: (ids: { id: string; errorId: string; invalid: boolean }) => ReactNode; testId?: string }) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`} data-testid={testId} data-invalid={error ? 'true' : undefined}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children({ id, errorId, invalid: Boolean(error) })}
      <FieldError id={errorId} text={error} />
    </div>
  );
}

function OutcomeEntry({ outcome }: { outcome: LedgerOutcome }) {
  const { t, lang, update } = useApp();
  const kind = outcomeKind(outcome.kind);
  return (
    <li className={`ledger-timeline-item kind-${kind ?? 'other'}`} data-testid="outcome" data-kind={kind ?? outcome.kind} data-date={outcome.date}>
      <span className="ledger-timeline-dot" aria-hidden="true" />
      <span className="ledger-timeline-body">
        <span className="ledger-timeline-head">
          <strong>{outcomeLabel(t, outcome.kind)}</strong>
          <time dateTime={outcome.date} className="muted small">
            {formatDate(outcome.date, lang)}
          </time>
        </span>
        {outcome.project && (
          <button
            type="button"
            className="link-btn"
            onClick={() => update((s) => ({ ...s, view: 'ledger', ledger: { ...s.ledger, project: outcome.project!.id, track: null } }))}
            data-testid="outcome-project"
            data-id={outcome.project.id}
          >
            {t('ledger.outcome.openProject')}: {displayName(outcome.project, lang)}
          </button>
        )}
        {outcome.note && <span className="ledger-timeline-note">{outcome.note}</span>}
      </span>
    </li>
  );
}

/** The introduction itself, then its outcomes oldest first. */
/** The end of a ledger form: the form-wide refusal, then Cancel and Save (which says it is saving while busy). */
export function FormFooter(props: { error?: string; errorTestId: string; busy: boolean; onCancel: () => void; saveLabel: string; saveTestId: string }) {
  const { t } = useApp();
  return (
    <>
      {props.error && (
        <p className="form-error" role="alert" data-testid={props.errorTestId}>
          {props.error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="btn" onClick={props.onCancel} disabled={props.busy}>
          {t('ledger.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={props.busy} data-testid={props.saveTestId}>
          {props.busy ? t('ledger.saving') : props.saveLabel}
        </button>
      </div>
    </>
  );
}

export function OutcomeTimeline({ intro }: { intro: LedgerIntroduction }) {
  const { t, lang } = useApp();
  const outcomes = byDate(intro.outcomes);
  return (
    <div className="ledger-timeline-wrap">
      <h4 className="sr-only">{t('ledger.timeline')}</h4>
      <ol className="ledger-timeline" aria-label={t('ledger.timeline')} data-testid="outcome-timeline">
        <li className="ledger-timeline-item kind-introduced">
          <span className="ledger-timeline-dot" aria-hidden="true" />
          <span className="ledger-timeline-body">
            <span className="ledger-timeline-head">
              <strong>{t('ledger.timeline.introduced')}</strong>
              <time dateTime={intro.date} className="muted small">
                {formatDate(intro.date, lang)}
              </time>
            </span>
            {intro.note && <span className="ledger-timeline-note">{intro.note}</span>}
          </span>
        </li>
        {outcomes.map((o) => (
          <OutcomeEntry key={o.id} outcome={o} />
        ))}
      </ol>
      {outcomes.length === 0 && <p className="muted small">{t('ledger.timeline.none')}</p>}
    </div>
  );
}

type OutcomeField = 'kind' | 'date' | 'project' | 'note';

const OUTCOME_ARGS: Record<string, OutcomeField> = { kind: 'kind', date: 'date', projectId: 'project', project: 'project', note: 'note' };

/** Appends an outcome (recordOutcome). Errors are shown under the field the API names. */
export function OutcomeForm({ intro, onSaved, onCancel }: { intro: LedgerIntroduction; onSaved(intro: LedgerIntroduction): void; onCancel(): void }) {
  const { t, request, lang, notify } = useApp();
  const [kind, setKind] = useState<OutcomeKind>('meeting');
  const [date, setDate] = useState(() => {
    const today = localToday();
    return today < intro.date ? intro.date : today;
  });
  const [project, setProject] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const { errors, busy, save } = useLedgerSave(OUTCOME_ARGS);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const found: FieldErrors<OutcomeField> = missing<OutcomeField>({ kind, date, project, note }, ['kind', 'date'], t('ledger.field.required'));
    if (kind === 'project' && !project) found.project = t('ledger.field.projectRequired');
    if (date && date < intro.date) found.date = t('ledger.field.dateBefore', { date: formatDate(intro.date, lang) });
    await save(found, async () => {
      const d = await request<{ recordOutcome: LedgerIntroduction }>(RECORD_OUTCOME, {
        introductionId: intro.id,
        kind,
        date,
        projectId: project,
        note: note.trim() || null,
      });
      notify(t('ledger.outcome.saved', { kind: outcomeLabel(t, kind) }));
      onSaved(d.recordOutcome);
    });
  };

  return (
    <form className="form ledger-form" onSubmit={(e) => void submit(e)} data-testid="outcome-form" aria-label={t('ledger.outcome.title')} noValidate>
      <h4 className="form-title">{t('ledger.outcome.title')}</h4>
      <div className="form-row">
        <Field label={t('ledger.outcome.kind')} error={errors.kind}>
          {({ id, errorId, invalid }) => (
            <select ref={first} id={id} value={kind} onChange={(e) => setKind(e.target.value as OutcomeKind)} aria-invalid={invalid} aria-describedby={errorId} data-testid="outcome-kind">
              {OUTCOME_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`ledger.kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('ledger.outcome.date')} error={errors.date}>
          {({ id, errorId, invalid }) => (
            <input id={id} type="date" value={date} min={intro.date} onChange={(e) => setDate(e.target.value)} aria-invalid={invalid} aria-describedby={errorId} data-testid="outcome-date" />
          )}
        </Field>
      </div>
      {kind === 'project' && (
        <div className={`field${errors.project ? ' field-invalid' : ''}`} data-testid="outcome-project-field">
          <NodePicker label={t('ledger.outcome.project')} value={project} onChange={setProject} types={['Project']} testId="outcome-project-picker" />
          <FieldError id="outcome-project-error" text={errors.project} />
        </div>
      )}
      <Field label={t('ledger.outcome.note')} error={errors.note}>
        {({ id, errorId, invalid }) => (
          <textarea id={id} rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} aria-invalid={invalid} aria-describedby={errorId} data-testid="outcome-note" />
        )}
      </Field>
      <p className="muted small">{t('ledger.outcome.appendOnly')}</p>
      <FormFooter error={errors.form} errorTestId="outcome-form-error" busy={busy} onCancel={onCancel} saveLabel={t('ledger.outcome.save')} saveTestId="outcome-save" />
    </form>
  );
}


/**
 * Links from the details drawer into the ledger: a Project's page, and a technology manager's track record (for
 * brokers and admins, the only ones who may read a person's record).
 */
export function LedgerLinks({ node }: { node: { id: string; type: string; labels: readonly string[] } }) {
  const { t, update } = useApp();
  const canWrite = useCanWrite();
  const open = (page: 'project' | 'track') =>
    update((s) => ({
      ...s,
      view: 'ledger',
      expanded: [],
      ledger: { ...s.ledger, project: page === 'project' ? node.id : null, track: page === 'track' ? node.id : null },
    }));
  if (node.type === 'Project')
    return (
      <button type="button" className="btn btn-small" onClick={() => open('project')} data-testid="details-project-page">
        {t('ledger.open.project')}
      </button>
    );
  if (node.type === 'Person' && node.labels.includes('TechManager') && canWrite)
    return (
      <button type="button" className="btn btn-small" onClick={() => open('track')} data-testid="details-track-record">
        {t('ledger.open.track')}
      </button>
    );
  return null;
}
