// A broker's track record: introductions made (as broker and as intermediary), how many became projects, contracts
// or hires, milestones done on time, escrow released against refunded, the score the rankings use, and a small
// chart of introductions and outcomes by quarter with the same figures as a table (for screen readers and for
// copying). People's records are for brokers and admins; viewers are told so.
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { TRACK_RECORD } from '../core/api/ledger-documents.js';
import type { TrackRecord } from '../core/api/ledger-types.js';
import { displayName, formatDate, formatScore } from '../core/i18n/translate.js';
import { defaultLedgerState } from '../core/ledger/ledger-url.js';
import { fromQuarterCounts, quarterLabel, totals, type QuarterRow } from '../core/ledger/quarters.js';
import { OUTCOME_KINDS } from '../core/ledger/timeline.js';
import { useApp } from '../components/app-context.js';
import { Icon } from '../components/Icon.js';
import { Empty, ErrorMessage, Loading } from '../components/StatusMessage.js';
import { Segmented } from '../components/ViewForm.js';
import { useAsync } from '../components/use-async.js';

const KIND_COLOURS: Record<(typeof OUTCOME_KINDS)[number], string> = {
  meeting: '#64748b',
  project: '#0f766e',
  contract: '#2563eb',
  hire: '#7c3aed',
  no_fit: '#b45309',
};

export function BrokerPage({ id, onClose }: { id: string; onClose(): void }) {
  const { request, t, lang, me, update } = useApp();
  const data = useAsync<TrackRecord>(`track|${id}|${lang}|${me?.role ?? ''}`, async (signal) => {
    const d = await request<{ trackRecord: TrackRecord }>(TRACK_RECORD, { id }, signal);
    return d.trackRecord;
  });
  const record = data.status === 'ready' ? data.data : null;
  const theirIntroductions = () => update((s) => ({ ...s, ledger: { ...defaultLedgerState(), broker: id } }));

  return (
    <section className="ledger-page" aria-labelledby="track-title" data-testid="track-page" data-id={id}>
      <header className="ledger-page-head">
        <div>
          <span className="ledger-kicker">{t('ledger.track.kicker')}</span>
          <h2 id="track-title" data-testid="track-name">
            {record ? displayName(record.subject, lang) : id}
          </h2>
          {record && <span className="muted small">{t('ledger.track.asOf', { date: formatDate(record.asOf, lang) })}</span>}
        </div>
        <button type="button" className="icon-btn" onClick={onClose} aria-label={t('ledger.track.close')} data-testid="track-close">
          <Icon name="close" />
        </button>
      </header>
      {data.status === 'loading' && <Loading />}
      {data.status === 'error' &&
        (data.error.code === 'FORBIDDEN' || data.error.code === 'UNAUTHENTICATED' ? (
          <Empty testId="track-forbidden">{t('ledger.track.forbidden')}</Empty>
        ) : (
          <ErrorMessage error={data.error} onRetry={data.retry} />
        ))}
      {record && (
        <div className="ledger-page-body">
          <dl className="facts track-facts" data-testid="track-facts">
            <div>
              <dt>{t('ledger.track.introductions')}</dt>
              <dd className="num" data-testid="track-introductions">
                {record.introductions}
              </dd>
            </div>
            <div>
              <dt>{t('ledger.track.asBroker')}</dt>
              <dd className="num">{record.asBroker}</dd>
            </div>
            <div>
              <dt>{t('ledger.track.asIntermediary')}</dt>
              <dd className="num">{record.asIntermediary}</dd>
            </div>
            <div>
              <dt>{t('ledger.track.successful')}</dt>
              <dd className="num">{record.successful}</dd>
            </div>
            <div>
              <dt>{t('ledger.track.becameProjects')}</dt>
              <dd className="num" data-testid="track-projects">
                {record.becameProjects}
              </dd>
            </div>
            <div>
              <dt>{t('ledger.track.milestones')}</dt>
              <dd>{t('ledger.track.milestonesLine', { done: record.milestonesDone, onTime: record.milestonesOnTime, failed: record.milestonesFailed })}</dd>
            </div>
            <div>
              <dt>{t('ledger.track.escrow')}</dt>
              <dd>{t('ledger.track.escrowLine', { released: record.escrowReleased, refunded: record.escrowRefunded })}</dd>
            </div>
            <div>
              <dt>{t('ledger.track.score')}</dt>
              <dd className="num">{formatScore(record.score)}</dd>
            </div>
          </dl>
          {record.reason ? <p className="track-reason">{record.reason}</p> : <p className="muted">{t('ledger.track.noHistory')}</p>}
          <QuarterChart rows={fromQuarterCounts(record.byQuarter)} />
          {record.asBroker > 0 && (
            <button type="button" className="btn btn-small" onClick={theirIntroductions} data-testid="track-introductions-link">
              {t('ledger.track.theirIntroductions')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

function QuarterChart({ rows }: { rows: QuarterRow[] }) {
  const { t, lang } = useApp();
  const [show, setShow] = useState<'chart' | 'table'>('chart');
  if (!rows.length) return <Empty testId="track-chart-empty">{t('ledger.track.chartEmpty')}</Empty>;
  const data = rows.map((r) => ({ ...r, label: quarterLabel(r.quarter, lang) }));
  const sum = totals(rows);
  return (
    <section className="ledger-section" aria-labelledby="track-chart-title">
      <div className="ledger-section-head">
        <h3 id="track-chart-title">{t('ledger.track.chart')}</h3>
        <Segmented<'chart' | 'table'>
          label={t('ledger.track.display')}
          value={show}
          options={[
            { value: 'chart', label: t('ledger.track.showChart') },
            { value: 'table', label: t('ledger.track.showTable') },
          ]}
          onChange={setShow}
          testId="track-display"
        />
      </div>
      {show === 'chart' ? (
        <div className="track-chart" data-testid="track-chart" role="img" aria-label={t('ledger.track.chart')}>
          <ResponsiveContainer width="100%" height={240}>
            <BarChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: -16 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={{ fontSize: 11 }} />
              <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
              <Tooltip />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              <Bar dataKey="introductions" name={t('ledger.kind.introductions')} fill="#94a3b8" isAnimationActive={false} />
              {OUTCOME_KINDS.map((k) => (
                <Bar key={k} dataKey={k} stackId="outcomes" name={t(`ledger.kind.${k}`)} fill={KIND_COLOURS[k]} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      ) : (
        <div className="ledger-table-wrap">
          <table className="ledger-table" data-testid="track-table">
            <caption className="sr-only">{t('ledger.track.chart')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ledger.track.quarter')}</th>
                <th scope="col" className="num">
                  {t('ledger.kind.introductions')}
                </th>
                {OUTCOME_KINDS.map((k) => (
                  <th key={k} scope="col" className="num">
                    {t(`ledger.kind.${k}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.quarter} data-testid="track-row" data-quarter={r.quarter}>
                  <th scope="row">{quarterLabel(r.quarter, lang)}</th>
                  <td className="num">{r.introductions}</td>
                  {OUTCOME_KINDS.map((k) => (
                    <td key={k} className="num">
                      {r[k]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('ledger.track.total')}</th>
                <td className="num">{sum.introductions}</td>
                {OUTCOME_KINDS.map((k) => (
                  <td key={k} className="num">
                    {sum[k]}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
