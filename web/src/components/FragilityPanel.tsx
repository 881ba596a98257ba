// The fragility lens of the bridge and path views: between the view's two ends, the nodes whose loss cuts every
// path or every bridge (`fragility`), listed with what falls away and what remains, and marked on the canvas
// through the canvas controller. A single point of failure is said in words, not only drawn.
import { useEffect } from 'react';
import { FRAGILITY } from '../core/api/documents.js';
import type { Fragility } from '../core/api/types.js';
import { fragilitySummary } from '../core/fragility/fragility-display.js';
import { fragilityCsv } from '../core/export/csv.js';
import { ExportCsvButton } from './ExportCsvButton.js';
import { useApp } from './app-context.js';
import { Empty, ErrorMessage, Loading } from './StatusMessage.js';
import { useAsync } from './use-async.js';

export interface FragilityQuestion {
  from: string;
  to: string;
  maxHops: number;
  relTypes?: readonly string[];
  asOf: string | null;
}

export function FragilityToggle({ on, onChange, testId }: { on: boolean; onChange(on: boolean): void; testId: string }) {
  const { t } = useApp();
  return (
    <button type="button" className={`tool toggle fragility-toggle${on ? ' on' : ''}`} aria-pressed={on} onClick={() => onChange(!on)} data-testid={testId}>
      <span>{t('fragility.toggle')}</span>
    </button>
  );
}

export function FragilityPanel({ question }: { question: FragilityQuestion }) {
  const { request, t, lang, canvas } = useApp();
  const { from, to, maxHops, asOf } = question;
  const rels = question.relTypes?.length ? [...question.relTypes] : null;
  const key = `fragility|${from}|${to}|${maxHops}|${rels?.join(',') ?? ''}|${asOf ?? ''}`;
  const answer = useAsync<Fragility>(key, async (signal) => {
    const d = await request<{ fragility: Fragility }>(FRAGILITY, { from, to, maxHops, relTypes: rels, asOf }, signal);
    return d.fragility;
  });
  const summary = answer.status === 'ready' ? fragilitySummary(answer.data, lang) : null;
  const ids = summary?.criticalIds.join(' ') ?? '';

  useEffect(() => {
    canvas.markCritical(ids ? ids.split(' ') : null);
  }, [canvas, ids]);
  useEffect(() => () => canvas.markCritical(null), [canvas]);

  return (
    <section className="fragility" aria-label={t('fragility.title')} data-testid="fragility-panel">
      <h3 className="results-title">{t('fragility.title')}</h3>
      <p className="muted small">{t('fragility.help', { hops: maxHops })}</p>
      {answer.status === 'loading' && <Loading />}
      {answer.status === 'error' && <ErrorMessage error={answer.error} onRetry={answer.retry} />}
      {summary && (
        <>
          {summary.lines.length === 0 ? (
            <Empty testId="fragility-empty">{t(summary.headline.key, summary.headline.params)}</Empty>
          ) : (
            <p className={`fragility-headline${answer.data?.singlePointOfFailure ? ' spof' : ''}`} data-testid="fragility-headline" data-spof={String(answer.data?.singlePointOfFailure ?? false)}>
              {t(summary.headline.key, summary.headline.params)}
            </p>
          )}
          {summary.lines.length > 0 && answer.data && (
            <ExportCsvButton table={() => fragilityCsv(answer.data!, t, lang)} name="fragility" testId="fragility-csv" />
          )}
          {summary.lines.length > 0 && (
            <ol className="fragility-list" aria-label={t('fragility.listLabel')}>
              {summary.lines.map((l) => (
                <li key={l.id} data-testid="fragility-node" data-id={l.id} data-spof={String(l.spof)}>
                  <strong>{l.name}</strong> <span className="badge">{t(l.cuts.key, l.cuts.params)}</span>
                  <div className="small">{t(l.lost.key, l.lost.params)}</div>
                  <div className="small muted">{t(l.remains.key, l.remains.params)}</div>
                  {l.reasons.length > 0 && (
                    <ul className="small muted">
                      {l.reasons.map((r, i) => (
                        <li key={i}>{r}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
