// Asked before an expansion that would add more nodes than the guard allows: counts per type, which types to
// keep, and how many to take (strongest ties first), or everything on purpose.
import { useEffect, useMemo, useRef, useState } from 'react';
import { config } from '../config.js';
import type { NodeType } from '../core/api/types.js';
import type { ExpansionPlan } from '../core/graph/expansion.js';
import { displayName, typeLabel } from '../core/i18n/translate.js';
import { useApp } from './app-context.js';
import { TypeSwatch } from './TypeSwatch.js';

type GuardPlan = Extract<ExpansionPlan, { kind: 'guard' }>;

export function GuardDialog({ plan, onTake, onCancel }: { plan: GuardPlan; onTake(n: number | null, types: NodeType[]): void; onCancel(): void }) {
  const { t, lang } = useApp();
  const [kept, setKept] = useState<Set<NodeType>>(() => new Set(plan.tallies.map((x) => x.type)));
  const available = useMemo(() => plan.tallies.filter((x) => kept.has(x.type)).reduce((sum, x) => sum + x.fresh, 0), [plan, kept]);
  const [n, setN] = useState(() => Math.min(50, config.expandGuard, plan.fresh));
  const dialog = useRef<HTMLDivElement>(null);
  const allKept = kept.size === plan.tallies.length;

  useEffect(() => {
    dialog.current?.querySelector<HTMLInputElement>('input[type=number]')?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onCancel();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);

  const toggle = (type: NodeType) =>
    setKept((s) => {
      const next = new Set(s);
      if (next.has(type)) next.delete(type);
      else next.add(type);
      return next;
    });
  const take = Math.max(1, Math.min(n || 1, available));

  return (
    <div className="modal-backdrop" onClick={onCancel}>
      <div
        ref={dialog}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="guard-title"
        data-testid="expand-guard"
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="guard-title">{t('expand.guardTitle', { count: plan.fresh })}</h2>
        <p className="muted">
          {displayName(plan.subgraph.root, lang)} · {t('expand.guardBody', { limit: config.expandGuard })}
        </p>
        <table className="guard-table">
          <thead>
            <tr>
              <th />
              <th>{t('expand.type')}</th>
              <th className="num">{t('expand.total')}</th>
              <th className="num">{t('expand.new')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.tallies.map((x) => (
              <tr key={x.type} data-testid="guard-type" data-type={x.type}>
                <td>
                  <input type="checkbox" checked={kept.has(x.type)} onChange={() => toggle(x.type)} aria-label={typeLabel(lang, x.type)} />
                </td>
                <td>
                  <TypeSwatch type={x.type} /> {typeLabel(lang, x.type)}
                </td>
                <td className="num">{x.total}</td>
                <td className="num">{x.fresh}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <label className="field inline">
          <span>{t('expand.topN')}</span>
          <input type="number" min={1} max={available} value={n} onChange={(e) => setN(Number(e.target.value))} data-testid="guard-n" />
        </label>
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onCancel}>
            {t('expand.cancel')}
          </button>
          <button type="button" className="btn" onClick={() => onTake(allKept ? null : available, allKept ? [] : [...kept])} disabled={available === 0}>
            {t('expand.takeAll', { n: available })}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => onTake(take, allKept ? [] : [...kept])} disabled={available === 0} data-testid="guard-take">
            {t('expand.take', { n: take })}
          </button>
        </div>
      </div>
    </div>
  );
}
