// The desk's 48-hour record: the figures (posted, answered within 48 h and its share, median and 90th percentile
// hours to answer, acceptance rate, open and overdue now) and two small charts, by month of posting and by county,
// each with the same numbers as a table beside it for screen readers and for copying.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { DESK_STATS } from '../core/api/desk-documents.js';
import { formatHours, formatPercent, monthRows, placeRows, type StatsRow } from '../core/desk/desk-stats.js';
import type { DeskFigures, DeskStats } from '../core/desk/desk-types.js';
import { useApp } from './app-context.js';
import { useDeskChanges } from './desk-refresh.js';
import { Empty, ErrorMessage, Loading } from './StatusMessage.js';
import { useAsync } from './use-async.js';

/** A date picked in the form, as the instant it starts in China (the pools' time zone). */
function startOf(date: string | null, plusDays = 0): string | null {
  if (!date) return null;
  const d = new Date(`${date}T00:00:00+08:00`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d.toISOString();
}

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="desk-figure" data-testid={testId} data-value={value}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function Figures({ f }: { f: DeskFigures }) {
  const { t, lang } = useApp();
  const none = t('desk.stats.noData');
  return (
    <dl className="desk-figures" data-testid="desk-figures">
      <Figure label={t('desk.stats.posted')} value={String(f.posted)} testId="desk-fig-posted" />
      <Figure label={t('desk.stats.answered')} value={String(f.answered)} testId="desk-fig-answered" />
      <Figure label={t('desk.stats.inTime')} value={String(f.answeredInTime)} testId="desk-fig-in-time" />
      <Figure label={t('desk.stats.share')} value={formatPercent(f.inTimeShare) ?? none} testId="desk-fig-share" />
      <Figure label={t('desk.stats.median')} value={formatHours(f.medianHoursToAnswer, lang) ?? none} testId="desk-fig-median" />
      <Figure label={t('desk.stats.p90')} value={formatHours(f.p90HoursToAnswer, lang) ?? none} testId="desk-fig-p90" />
      <Figure label={t('desk.stats.acceptance')} value={formatPercent(f.acceptanceRate) ?? none} testId="desk-fig-acceptance" />
      <Figure label={t('desk.stats.openNow')} value={String(f.open)} testId="desk-fig-open" />
      <Figure label={t('desk.stats.overdueNow')} value={String(f.overdue)} testId="desk-fig-overdue" />
    </dl>
  );
}

function ChartWithTable({ title, keyLabel, rows, testId }: { title: string; keyLabel: string; rows: StatsRow[]; testId: string }) {
  const { t } = useApp();
  const posted = t('desk.stats.posted');
  const inTime = t('desk.stats.inTime');
  const late = t('desk.stats.late');
  const share = t('desk.stats.share');
  const none = t('desk.stats.noData');
  return (
    <section className="desk-chart" aria-label={title} data-testid={testId}>
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <Empty>{t('desk.stats.empty')}</Empty>
      ) : (
        <div className="desk-chart-body">
          {/* The chart repeats the table beside it, which is what assistive technology reads; so the chart is hidden from
              it and takes no keyboard focus (no accessibility layer). */}
          <div className="desk-chart-plot" aria-hidden="true">
            <ResponsiveContainer width="100%" height={230}>
              <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 4, left: -8 }} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
                <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
                <YAxis yAxisId="n" allowDecimals={false} tick={{ fontSize: 11 }} />
                <YAxis yAxisId="pct" orientation="right" domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} />
                <Tooltip />
                <Legend wrapperStyle={{ fontSize: 12 }} />
                <Bar yAxisId="n" dataKey="posted" name={posted} fill="#94a3b8" isAnimationActive={false} />
                <Bar yAxisId="n" dataKey="inTime" name={inTime} fill="#0f766e" isAnimationActive={false} />
                <Bar yAxisId="n" dataKey="late" name={late} fill="#b45309" isAnimationActive={false} />
                <Line yAxisId="pct" dataKey="share" name={share} stroke="#e11d48" strokeWidth={2} dot connectNulls isAnimationActive={false} />
              </ComposedChart>
            </ResponsiveContainer>
          </div>
          <table className="desk-table" data-testid={`${testId}-table`}>
            <caption>{t('desk.stats.tableCaption', { title })}</caption>
            <thead>
              <tr>
                <th scope="col">{keyLabel}</th>
                <th scope="col">{posted}</th>
                <th scope="col">{inTime}</th>
                <th scope="col">{late}</th>
                <th scope="col">{share}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} data-key={r.key}>
                  <th scope="row">{r.label}</th>
                  <td className="num" data-col="posted">{r.posted}</td>
                  <td className="num" data-col="inTime">{r.inTime}</td>
                  <td className="num" data-col="late">{r.late}</td>
                  <td className="num" data-col="share">{r.share === null ? none : `${r.share}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function DeskStatsPanel() {
  const { state, t, lang, request } = useApp();
  const { scope, from, to } = state.desk;
  const changes = useDeskChanges();
  const stats = useAsync<{ month: DeskStats; county: DeskStats }>(`${scope}|${from}|${to}|${changes}`, async (signal) => {
    const vars = { scopeId: scope, from: startOf(from), to: startOf(to, 1) };
    const [month, county] = await Promise.all([
      request<{ deskStats: DeskStats }>(DESK_STATS, { ...vars, groupBy: 'month' }, signal),
      request<{ deskStats: DeskStats }>(DESK_STATS, { ...vars, groupBy: 'county' }, signal),
    ]);
    return { month: month.deskStats, county: county.deskStats };
  });

  return (
    <section className="desk-stats" aria-labelledby="desk-stats-title" data-testid="desk-stats" aria-busy={stats.status === 'loading'}>
      <div className="results-nav">
        <h2 id="desk-stats-title">{t('desk.stats.title')}</h2>
        <button type="button" className="btn btn-small" onClick={stats.retry} data-testid="desk-stats-refresh">
          {t('desk.refresh')}
        </button>
      </div>
      {stats.status === 'loading' && !stats.data && <Loading testId="desk-stats-loading" />}
      {stats.status === 'error' && <ErrorMessage error={stats.error} onRetry={stats.retry} testId="desk-stats-error" />}
      {stats.data && stats.data.month.total.posted === 0 && <Empty testId="desk-stats-empty">{t('desk.stats.empty')}</Empty>}
      {stats.data && stats.data.month.total.posted > 0 && (
        <>
          <Figures f={stats.data.month.total} />
          <div className="desk-charts">
            <ChartWithTable title={t('desk.stats.byMonth')} keyLabel={t('desk.stats.month')} rows={monthRows(stats.data.month.groups, lang)} testId="desk-chart-month" />
            <ChartWithTable
              title={t('desk.stats.byCounty')}
              keyLabel={t('desk.stats.county')}
              rows={placeRows(stats.data.county.groups, lang, t('desk.stats.noCounty'))}
              testId="desk-chart-county"
            />
          </div>
        </>
      )}
    </section>
  );
}
