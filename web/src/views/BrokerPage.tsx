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
import { LedgerPageHead } from '../components/LedgerPageHead.js';
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

/** One fact of the record: a figure (right-aligned) or a line of text. */
function Fact({ label, value, text, testId }: { label: string; value?: number | string; text?: string; testId?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      {text !== undefined ? (
        <dd>{text}</dd>
      ) : (
        <dd className="num" data-testid={testId}>
          {value}
        </dd>
      )}
    </div>
  );
}

/** One row of the quarter table: its label, then the introductions and each outcome. */
function QuarterCells({ label, figures }: { label: string; figures: Omit<QuarterRow, 'quarter'> }) {
  return (
    <>
      <th scope="row">{label}</th>
      <td className="num">{figures.introductions}</td>
      {OUTCOME_KINDS.map((k) => (
        <td key={k} className="num">
          {figures[k]}
        </td>
      ))}
    </>
  );
}

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
      <LedgerPageHead page="track" kicker={t('ledger.track.kicker')} title={record ? displayName(record.subject, lang) : id} closeLabel={t('ledger.track.close')} onClose={onClose}>
        {record && <span className="muted small">{t('ledger.track.asOf', { date: formatDate(record.asOf, lang) })}</span>}
      </LedgerPageHead>
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
            <Fact label={t('ledger.track.introductions')} value={record.introductions} testId="track-introductions" />
            <Fact label={t('ledger.track.asBroker')} value={record.asBroker} />
            <Fact label={t('ledger.track.asIntermediary')} value={record.asIntermediary} />
            <Fact label={t('ledger.track.successful')} value={record.successful} />
            <Fact label={t('ledger.track.becameProjects')} value={record.becameProjects} testId="track-projects" />
            <Fact label={t('ledger.track.milestones')} text={t('ledger.track.milestonesLine', { done: record.milestonesDone, onTime: record.milestonesOnTime, failed: record.milestonesFailed })} />
            <Fact label={t('ledger.track.escrow')} text={t('ledger.track.escrowLine', { released: record.escrowReleased, refunded: record.escrowRefunded })} />
            <Fact label={t('ledger.track.score')} value={formatScore(record.score)} />
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
                  <QuarterCells label={quarterLabel(r.quarter, lang)} figures={r} />
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <QuarterCells label={t('ledger.track.total')} figures={sum} />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
