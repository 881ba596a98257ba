// Editing a node from the details drawer, for admins only (the caller's `me.canChange`; the API refuses everyone
// else): a form the model drives (modelFields: the fields, their types and allowed values; the API's errors shown
// next to the field they name), "Add tie" to another node with the types the model allows between the two, "End tie"
// that sets a tie's end date instead of deleting it, and "Undo my last change".
import { useEffect, useId, useMemo, useState } from 'react';
import { EDIT_LINK, EDIT_MODEL_FIELDS, EDIT_TIE_TYPES, EDIT_UNDO, EDIT_UNLINK, EDIT_UPSERTS } from '../core/api/edit-documents.js';
import type { ApiError } from '../core/api/client.js';
import type { EditModelFieldsQuery, EditTieTypesQuery, EditUndoMutation } from '../core/api/generated.js';
import { NODE_TYPES, type ApiNode } from '../core/api/types.js';
import type { Tie } from '../core/details/details-model.js';
import { changedInput, fieldOfError, formText, problemText, tieSummary, type FieldProblem, type ModelFieldSpec } from '../core/edit/edit-model.js';
import { todayIso } from '../core/graph/elements.js';
import { displayName, relLabel, typeLabel } from '../core/i18n/translate.js';
import { useApp } from './app-context.js';
import { NodePicker, useNode } from './NodePicker.js';

type Field = EditModelFieldsQuery['modelFields'][number];

function FieldInput({ field, value, onChange, error }: { field: Field; value: string; onChange(v: string): void; error: string | null }) {
  const { t } = useApp();
  const id = useId();
  const errorId = `${id}-error`;
  const common = { id, value, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? errorId : undefined, 'data-testid': `edit-field-${field.name}` } as const;
  let input: React.ReactNode;
  if (field.allowed.length > 0 || field.type === 'boolean') {
    const options = field.type === 'boolean' ? ['true', 'false'] : field.allowed;
    input = (
      <select {...common} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('edit.unset')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {field.type === 'boolean' ? t(o === 'true' ? 'edit.yes' : 'edit.no') : o}
          </option>
        ))}
      </select>
    );
  } else {
    const type = field.type === 'date' ? 'date' : field.type === 'int' || field.type === 'float' ? 'number' : 'text';
    input = <input {...common} type={type} step={field.type === 'float' ? 'any' : undefined} onChange={(e) => onChange(e.target.value)} />;
  }
  return (
    <FieldRow id={id} label={field.name} error={error}>
      {input}
    </FieldRow>
  );
}

/** One labelled control with its error below; the control names `${id}-error` in aria-describedby when it has one. */
function FieldRow({ id, label, error, children }: { id: string; label: string; error: string | null; children: React.ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** Save and cancel under a form. */
function FormActions({ busy, saveLabel, saveTestId, onCancel }: { busy: boolean; saveLabel: string; saveTestId: string; onCancel(): void }) {
  const { t } = useApp();
  return (
    <div className="form-actions">
      <button type="submit" className="btn btn-primary btn-small" disabled={busy} data-testid={saveTestId}>
        {saveLabel}
      </button>
      <button type="button" className="btn btn-small" onClick={onCancel}>
        {t('edit.cancel')}
      </button>
    </div>
  );
}

function problemMessage(t: ReturnType<typeof useApp>['t'], p: FieldProblem): string {
  return t(`edit.problem.${p}`);
}

/** Edits `node`, or creates a node of `node.type` when `node.id` is empty (then `onCreated` gets the new id). */
function NodeForm({ node, onDone, onCreated }: { node: Pick<ApiNode, 'id' | 'type' | 'properties'>; onDone(): void; onCreated?(id: string): void }) {
  const { request, t, notify } = useApp();
  const [fields, setFields] = useState<Field[] | null>(null);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const ctl = new AbortController();
    request<EditModelFieldsQuery>(EDIT_MODEL_FIELDS, { type: node.type }, ctl.signal)
      .then((d) => {
        setFields(d.modelFields);
        setTexts(Object.fromEntries(d.modelFields.map((f) => [f.name, formText(f as ModelFieldSpec, node.properties[f.name])])));
      })
      .catch((e: ApiError) => !ctl.signal.aborted && setFormError(e.detail));
    return () => ctl.abort();
  }, [request, node]);
  if (!fields) return formError ? <p className="status status-error">{formError}</p> : <p className="muted">{t('edit.loading')}</p>;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const { input, problems } = changedInput(fields, node.properties, texts);
    setErrors(Object.fromEntries(Object.entries(problems).map(([k, p]) => [k, problemMessage(t, p)])));
    setFormError(null);
    if (Object.keys(problems).length > 0) return;
    if (Object.keys(input).length === 0) {
      setFormError(t('edit.nothingChanged'));
      return;
    }
    setBusy(true);
    try {
      const answer = await request<Record<string, { id: string }>>(EDIT_UPSERTS[node.type]!, { input: node.id ? { id: node.id, ...input } : input });
      notify(t('edit.saved'));
      onDone();
      const created = Object.values(answer)[0]?.id;
      if (!node.id && created) onCreated?.(created);
    } catch (err) {
      const apiErr = err as ApiError;
      const field = apiErr.code === 'BAD_USER_INPUT' ? fieldOfError(apiErr.detail) : null;
      if (field && fields.some((f) => f.name === field)) setErrors({ [field]: problemText(apiErr.detail) });
      else setFormError(apiErr.detail || t(`error.${apiErr.code}` as never));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="edit-form" onSubmit={(e) => void submit(e)} data-testid="edit-form" noValidate>
      {fields.map((f) => (
        <FieldInput key={f.name} field={f} value={texts[f.name] ?? ''} onChange={(v) => setTexts((s) => ({ ...s, [f.name]: v }))} error={errors[f.name] ?? null} />
      ))}
      {formError && (
        <p className="status status-error" role="alert">
          {formError}
        </p>
      )}
      <FormActions busy={busy} saveLabel={t('edit.save')} saveTestId="edit-save" onCancel={onDone} />
    </form>
  );
}

function TieForm({ node, onDone }: { node: ApiNode; onDone(): void }) {
  const { request, t, notify, lang } = useApp();
  const [target, setTarget] = useState<string | null>(null);
  const { node: other } = useNode(target);
  const [types, setTypes] = useState<EditTieTypesQuery['tieTypes']>([]);
  const [type, setType] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [strength, setStrength] = useState('');
  const [error, setError] = useState<{ field: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = useId();
  useEffect(() => {
    if (!other) {
      setTypes([]);
      return;
    }
    const ctl = new AbortController();
    request<EditTieTypesQuery>(EDIT_TIE_TYPES, { fromType: node.type, toType: other.type }, ctl.signal)
      .then((d) => {
        setTypes(d.tieTypes);
        setType(d.tieTypes[0]?.type ?? '');
      })
      .catch(() => setTypes([]));
    return () => ctl.abort();
  }, [request, node.type, other]);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!target || !type) {
      setError({ field: 'type', text: t('edit.tie.pickFirst') });
      return;
    }
    const properties: Record<string, unknown> = {};
    if (start) properties.start = start;
    if (end) properties.end = end;
    if (strength.trim()) {
      const s = Number(strength);
      if (!Number.isFinite(s) || s < 0 || s > 1) {
        setError({ field: 'strength', text: t('edit.tie.strengthRange') });
        return;
      }
      properties.strength = s;
    }
    setBusy(true);
    try {
      await request(EDIT_LINK, { type, from: node.id, to: target, properties });
      notify(t('edit.tie.added'));
      onDone();
    } catch (err) {
      const apiErr = err as ApiError;
      setError({ field: fieldOfError(apiErr.detail) ?? 'type', text: apiErr.code === 'BAD_USER_INPUT' ? problemText(apiErr.detail) : apiErr.detail });
    } finally {
      setBusy(false);
    }
  };
  const errFor = (field: string) => (error?.field === field ? `${ids}-${field}-error` : undefined);
  const errorOf = (field: string) => (error?.field === field ? error.text : null);
  return (
    <form className="edit-form" onSubmit={(e) => void submit(e)} data-testid="tie-form" noValidate>
      <NodePicker label={t('edit.tie.other')} value={target} onChange={setTarget} testId="tie-other" />
      {other && types.length === 0 && <p className="muted">{t('edit.tie.noTypes', { name: displayName(other, lang) })}</p>}
      <FieldRow id={`${ids}-type`} label={t('edit.tie.type')} error={errorOf('type')}>
        <select id={`${ids}-type`} value={type} onChange={(e) => setType(e.target.value)} disabled={types.length === 0} aria-describedby={errFor('type')} data-testid="tie-type">
          {types.map((x) => (
            <option key={x.type} value={x.type}>
              {relLabel(lang, x.type)}
            </option>
          ))}
        </select>
      </FieldRow>
      <FieldRow id={`${ids}-start`} label={t('edit.tie.start')} error={errorOf('start')}>
        <input id={`${ids}-start`} type="date" value={start} onChange={(e) => setStart(e.target.value)} aria-describedby={errFor('start')} data-testid="tie-start" />
      </FieldRow>
      <FieldRow id={`${ids}-end`} label={t('edit.tie.end')} error={errorOf('end')}>
        <input id={`${ids}-end`} type="date" value={end} onChange={(e) => setEnd(e.target.value)} aria-describedby={errFor('end')} data-testid="tie-end" />
      </FieldRow>
      <FieldRow id={`${ids}-strength`} label={t('edit.tie.strength')} error={errorOf('strength')}>
        <input id={`${ids}-strength`} type="number" min={0} max={1} step="any" value={strength} onChange={(e) => setStrength(e.target.value)} aria-describedby={errFor('strength')} data-testid="tie-strength" />
      </FieldRow>
      <FormActions busy={busy} saveLabel={t('edit.tie.save')} saveTestId="tie-save" onCancel={onDone} />
    </form>
  );
}

/** The edit controls of the details drawer; renders nothing for callers who may not change the graph. */
export function EditPanel({ node, ties, onChanged }: { node: ApiNode; ties: Tie[]; onChanged(): void }) {
  const { me, request, t, notify, lang, update } = useApp();
  const [mode, setMode] = useState<'none' | 'node' | 'tie' | 'new'>('none');
  const [newType, setNewType] = useState<string>(node.type);
  const newTypeId = useId();
  // Stable for the form's effect: a new draft only when the type changes.
  const draft = useMemo(() => ({ id: '', type: newType as ApiNode['type'], properties: {} as Record<string, unknown> }), [newType]);
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);
  if (!me?.canChange) return null;
  const done = () => {
    setMode('none');
    onChanged();
  };
  const run = async (what: () => Promise<string>) => {
    setBusy(true);
    try {
      notify(await what());
      onChanged();
    } catch (err) {
      const apiErr = err as ApiError;
      notify(apiErr.code === 'BAD_USER_INPUT' || apiErr.code === 'CONFLICT' ? problemText(apiErr.detail) : apiErr.detail, 'error');
    } finally {
      setBusy(false);
    }
  };
  const isOpen = (x: Tie) => x.rel.properties.end === undefined || x.rel.properties.end === null;
  return (
    <section className="edit-panel" data-testid="edit-panel" aria-label={t('edit.title')}>
      <h3>{t('edit.title')}</h3>
      <div className="details-actions">
        <button type="button" className="btn btn-small" onClick={() => setMode(mode === 'node' ? 'none' : 'node')} aria-expanded={mode === 'node'} data-testid="edit-open">
          {t('edit.edit')}
        </button>
        <button type="button" className="btn btn-small" onClick={() => setMode(mode === 'tie' ? 'none' : 'tie')} aria-expanded={mode === 'tie'} data-testid="tie-open">
          {t('edit.tie.add')}
        </button>
        <button type="button" className="btn btn-small" onClick={() => setMode(mode === 'new' ? 'none' : 'new')} aria-expanded={mode === 'new'} data-testid="new-open">
          {t('edit.new')}
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={busy}
          data-testid="edit-undo"
          onClick={() => void run(async () => t('edit.undone', { operation: (await request<EditUndoMutation>(EDIT_UNDO)).undoLastChange.operation }))}
        >
          {t('edit.undo')}
        </button>
      </div>
      {mode === 'node' && <NodeForm node={node} onDone={done} />}
      {mode === 'new' && (
        <div data-testid="new-node">
          <div className="field">
            <label htmlFor={newTypeId}>{t('edit.newType')}</label>
            <select id={newTypeId} value={newType} onChange={(e) => setNewType(e.target.value)} data-testid="new-node-type">
              {NODE_TYPES.map((x) => (
                <option key={x} value={x}>
                  {typeLabel(lang, x)}
                </option>
              ))}
            </select>
          </div>
          <NodeForm
            key={newType}
            node={draft}
            onDone={() => setMode('none')}
            onCreated={(id) => update((st) => ({ ...st, selected: id }))}
          />
        </div>
      )}
      {mode === 'tie' && <TieForm node={node} onDone={done} />}
      {ties.length > 0 && (
        <ul className="edit-ties" data-testid="edit-ties" aria-label={t('edit.tie.list')}>
          {ties.map((x) => {
            const name = displayName(x.other, lang);
            return (
              <li key={x.rel.id} data-testid="edit-tie" data-type={x.rel.type} data-other={x.other.id}>
                <div className="edit-tie-row">
                  <span>
                    {relLabel(lang, x.rel.type)} · {name}
                  </span>
                  <span className="edit-tie-actions">
                    {isOpen(x) && (
                      <button
                        type="button"
                        className="btn btn-small"
                        disabled={busy}
                        data-testid="tie-end-now"
                        aria-label={t('edit.tie.endNamed', { name })}
                        onClick={() =>
                          void run(async () => {
                            await request(EDIT_LINK, { type: x.rel.type, from: x.rel.from, to: x.rel.to, properties: { end: todayIso() } });
                            return t('edit.tie.ended');
                          })
                        }
                      >
                        {t('edit.tie.endNow')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="btn btn-small"
                      disabled={busy}
                      data-testid="tie-remove"
                      aria-expanded={removing === x.rel.id}
                      aria-label={t('edit.tie.removeNamed', { name })}
                      onClick={() => setRemoving(removing === x.rel.id ? null : x.rel.id)}
                    >
                      {t('edit.tie.remove')}
                    </button>
                  </span>
                </div>
                {removing === x.rel.id && (
                  <div className="edit-confirm" role="group" aria-label={t('edit.tie.confirmTitle')} data-testid="tie-remove-confirm">
                    <p>{t('edit.tie.confirmText', { type: relLabel(lang, x.rel.type), name })}</p>
                    <ul data-testid="tie-remove-goes">
                      {tieSummary(x.rel.properties).map(([k, v]) => (
                        <li key={k}>
                          {k}: {v}
                        </li>
                      ))}
                    </ul>
                    <p className="muted small">{t('edit.tie.confirmUndo')}</p>
                    <div className="form-actions">
                      <button
                        type="button"
                        className="btn btn-small btn-danger"
                        disabled={busy}
                        data-testid="tie-remove-yes"
                        onClick={() =>
                          void run(async () => {
                            await request(EDIT_UNLINK, { type: x.rel.type, from: x.rel.from, to: x.rel.to });
                            setRemoving(null);
                            return t('edit.tie.removed');
                          })
                        }
                      >
                        {t('edit.tie.confirmYes')}
                      </button>
                      <button type="button" className="btn btn-small" onClick={() => setRemoving(null)}>
                        {t('edit.cancel')}
                      </button>
                    </div>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
