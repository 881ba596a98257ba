// Small form parts the views share: a labelled date, a labelled number, a segmented choice, and the run button.
import type { ReactNode } from 'react';
import { useApp } from './app-context.js';

export function DateField({ label, value, onChange, testId }: { label: string; value: string | null; onChange(v: string | null): void; testId: string }) {
  const { t } = useApp();
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <span className="field-row">
        <input type="date" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} data-testid={testId} />
        {value && (
          <button type="button" className="link-btn" onClick={() => onChange(null)}>
            {t('common.clear')}
          </button>
        )}
      </span>
    </label>
  );
}

export function NumberField({ label, value, min, max, onChange, testId }: { label: string; value: number; min: number; max: number; onChange(v: number): void; testId: string }) {
  return (
    <label className="field">
      <span className="field-label">
        {label} <span className="muted small">({min}–{max})</span>
      </span>
      <input
        type="number"
        min={min}
        max={max}
        value={value}
        onChange={(e) => {
          const n = Math.round(Number(e.target.value));
          if (Number.isFinite(n)) onChange(Math.max(min, Math.min(max, n)));
        }}
        data-testid={testId}
      />
    </label>
  );
}

export function Segmented<T extends string | number>({ label, value, options, onChange, testId }: { label: string; value: T; options: { value: T; label: string }[]; onChange(v: T): void; testId: string }) {
  return (
    <div className="field">
      <span className="field-label">{label}</span>
      <div className="segmented" role="radiogroup" aria-label={label} data-testid={testId}>
        {options.map((o) => (
          <button key={String(o.value)} type="button" role="radio" aria-checked={o.value === value} className={o.value === value ? 'on' : undefined} onClick={() => onChange(o.value)}>
            {o.label}
          </button>
        ))}
      </div>
    </div>
  );
}

export function RunButton({ children, disabled, onClick, testId }: { children: ReactNode; disabled?: boolean; onClick(): void; testId: string }) {
  return (
    <button type="button" className="btn btn-primary btn-block" disabled={disabled} onClick={onClick} data-testid={testId}>
      {children}
    </button>
  );
}
