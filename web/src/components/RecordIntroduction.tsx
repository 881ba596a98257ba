// "Record introduction" on a bridge card, for brokers and admins: a form pre-filled from the bridge (the firm and
// the lab, the people who carry it in order, a technology manager among them as the broker, today's date), sent
// as recordIntroduction. Errors the API gives are shown under the field they name; on success a link opens the
// new introduction in the ledger.
import { useEffect, useRef, useState } from 'react';
import { RECORD_INTRODUCTION } from '../core/api/ledger-documents.js';
import type { LedgerIntroduction } from '../core/api/ledger-types.js';
import { missing, type FieldErrors } from '../core/ledger/field-errors.js';
import { introductionDraft, isTechManager, MAX_INTERMEDIARIES, type BridgeLike } from '../core/ledger/introduction-draft.js';
import { defaultLedgerState } from '../core/ledger/ledger-url.js';
import { localToday } from '../core/ledger/timeline.js';
import { displayName } from '../core/i18n/translate.js';
import { useApp } from './app-context.js';
import { Icon } from './Icon.js';
import { Field, FieldError, FormFooter, useCanWrite, useLedgerSave } from './LedgerParts.js';
import { MultiNodePicker, NodeChip, NodePicker, useNode } from './NodePicker.js';
import { forgetContent } from './use-view-content.js';

type IntroField = 'firm' | 'lab' | 'intermediaries' | 'broker' | 'date' | 'note';

const ARGS: Record<string, IntroField> = { from: 'firm', to: 'lab', intermediaries: 'intermediaries', brokerId: 'broker', date: 'date', note: 'note' };

export function RecordIntroduction({ bridge, from, to, index }: { bridge: BridgeLike; from: string; to: string; index: number }) {
  const canWrite = useCanWrite();
  const { t } = useApp();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<LedgerIntroduction | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  if (!canWrite) return null;
  return (
    <div className="record-intro" data-testid="record-intro" data-rank={index + 1}>
      {!open && !saved && (
        <button ref={toggle} type="button" className="btn btn-small" onClick={() => setOpen(true)} aria-expanded={false} data-testid="record-intro-button">
          {t('ledger.record.button')}
        </button>
      )}
      {open && (
        <IntroductionForm
          bridge={bridge}
          from={from}
          to={to}
          onCancel={() => {
            setOpen(false);
            requestAnimationFrame(() => toggle.current?.focus());
          }}
          onSaved={(intro) => {
            setOpen(false);
            setSaved(intro);
          }}
        />
      )}
      {saved && <Saved intro={saved} onAnother={() => setSaved(null)} />}
    </div>
  );
}

function Saved({ intro, onAnother }: { intro: LedgerIntroduction; onAnother(): void }) {
  const { t, update } = useApp();
  const link = useRef<HTMLButtonElement>(null);
  useEffect(() => link.current?.focus(), []);
  const openLedger = () =>
    update((s) => ({
      ...s,
      view: 'ledger',
      expanded: [],
      selected: null,
      ledger: { ...defaultLedgerState(), firm: intro.from.id, lab: intro.to.id, intro: intro.id },
    }));
  return (
    <div className="record-saved" role="status" data-testid="record-intro-saved" data-intro-id={intro.id}>
      <span>{t('ledger.record.saved')}</span>
      <button ref={link} type="button" className="btn btn-small btn-primary" onClick={openLedger} data-testid="record-intro-open">
        {t('ledger.record.open')}
      </button>
      <button type="button" className="link-btn" onClick={onAnother}>
        {t('ledger.record.button')}
      </button>
    </div>
  );
}

/** Up and down for one intermediary; focus stays on the moved person's button, so it can be pressed again. */
function OrderButtons({ id, index, list, onChange }: { id: string; index: number; list: string[]; onChange(ids: string[]): void }) {
  const { t, lang } = useApp();
  const name = displayName(useNode(id).node ?? { name: id, nameZh: null, nameEn: null }, lang);
  const move = (by: -1 | 1, e: React.MouseEvent<HTMLButtonElement>) => {
    const next = [...list];
    [next[index], next[index + by]] = [next[index + by]!, next[index]!];
    onChange(next);
    const testId = e.currentTarget.dataset.testid;
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-testid="${testId}"][data-id="${CSS.escape(id)}"]`)?.focus());
  };
  return (
    <span className="order-buttons">
      <button type="button" className="icon-btn" disabled={index === 0} onClick={(e) => move(-1, e)} aria-label={t('ledger.record.moveUp', { name })} data-testid="intermediary-up" data-id={id}>
        <Icon name="chevronLeft" size={14} />
      </button>
      <button type="button" className="icon-btn" disabled={index === list.length - 1} onClick={(e) => move(1, e)} aria-label={t('ledger.record.moveDown', { name })} data-testid="intermediary-down" data-id={id}>
        <Icon name="chevronRight" size={14} />
      </button>
    </span>
  );
}

function IntroductionForm({ bridge, from, to, onCancel, onSaved }: { bridge: BridgeLike; from: string; to: string; onCancel(): void; onSaved(i: LedgerIntroduction): void }) {
  const { t, request, notify } = useApp();
  const draft = introductionDraft(bridge, from, to);
  const [intermediaries, setIntermediaries] = useState<string[]>(draft.intermediaries);
  const [broker, setBroker] = useState<string | null>(draft.broker);
  const [date, setDate] = useState(localToday());
  const [note, setNote] = useState('');
  const { errors, busy, save } = useLedgerSave(ARGS);
  const brokerNode = useNode(broker).node;
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, textarea, button:not([disabled])')?.focus();
  }, []);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const found: FieldErrors<IntroField> = missing({ broker, date }, ['broker', 'date'], t('ledger.field.required'));
    if (broker && brokerNode && !isTechManager(brokerNode)) found.broker = t('ledger.field.notTechManager');
    await save(found, async () => {
      const d = await request<{ recordIntroduction: LedgerIntroduction }>(RECORD_INTRODUCTION, {
        from,
        to,
        intermediaries,
        brokerId: broker,
        date,
        note: note.trim() || null,
      });
      forgetContent('ledger|');
      notify(t('ledger.record.saved'));
      onSaved(d.recordIntroduction);
    });
  };

  return (
    <form ref={formRef} className="form ledger-form" onSubmit={(e) => void submit(e)} aria-label={t('ledger.record.title')} data-testid="record-intro-form" noValidate>
      <h4 className="form-title">{t('ledger.record.title')}</h4>
      <div className="form-row">
        <div className="field">
          <span className="field-label">{t('ledger.record.firm')}</span>
          <NodeChip id={from} testId="record-intro-firm" />
          <FieldError id="record-firm-error" text={errors.firm} />
        </div>
        <div className="field">
          <span className="field-label">{t('ledger.record.lab')}</span>
          <NodeChip id={to} testId="record-intro-lab" />
          <FieldError id="record-lab-error" text={errors.lab} />
        </div>
      </div>
      <div className={errors.intermediaries ? 'field-invalid' : undefined}>
        {intermediaries.length > 0 ? (
          <ol className="intermediary-order" aria-label={t('ledger.record.intermediaries')} data-testid="record-intro-intermediaries" data-ids={intermediaries.join(' ')}>
            {intermediaries.map((id, i) => (
              <li key={id}>
                <span className="order-num" aria-hidden="true">
                  {i + 1}
                </span>
                <NodeChip id={id} onClear={() => setIntermediaries(intermediaries.filter((x) => x !== id))} />
                <OrderButtons id={id} index={i} list={intermediaries} onChange={setIntermediaries} />
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted small">{t('ledger.record.noIntermediaries')}</p>
        )}
        {intermediaries.length < MAX_INTERMEDIARIES && (
          <MultiNodePicker
            label={t('ledger.record.intermediaries')}
            values={[]}
            onChange={(ids) => setIntermediaries([...intermediaries, ...ids.filter((x) => !intermediaries.includes(x) && x !== from && x !== to)].slice(0, MAX_INTERMEDIARIES))}
            types={['Person']}
            testId="record-intro-add-intermediary"
          />
        )}
        <FieldError id="record-intermediaries-error" text={errors.intermediaries} />
      </div>
      <div className={errors.broker ? 'field-invalid' : undefined}>
        <NodePicker label={t('ledger.record.broker')} value={broker} onChange={setBroker} types={['Person']} testId="record-intro-broker" />
        {broker && brokerNode && !isTechManager(brokerNode) && !errors.broker && <span className="field-hint warn">{t('ledger.field.notTechManager')}</span>}
        <FieldError id="record-broker-error" text={errors.broker} />
      </div>
      <div className="form-row">
        <Field label={t('ledger.record.date')} error={errors.date}>
          {({ id, errorId, invalid }) => (
            <input id={id} type="date" value={date} max={localToday()} onChange={(e) => setDate(e.target.value)} aria-invalid={invalid} aria-describedby={errorId} data-testid="record-intro-date" />
          )}
        </Field>
      </div>
      <Field label={t('ledger.record.note')} error={errors.note}>
        {({ id, errorId, invalid }) => (
          <textarea id={id} rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} aria-invalid={invalid} aria-describedby={errorId} data-testid="record-intro-note" />
        )}
      </Field>
      <FormFooter error={errors.form} errorTestId="record-intro-error" busy={busy} onCancel={onCancel} saveLabel={t('ledger.record.save')} saveTestId="record-intro-save" />
    </form>
  );
}
