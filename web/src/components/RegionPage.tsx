// The region page, in the main area: the region's needs against its strengths (a bar chart per tech area, with the
// same numbers as a table for screen readers and copying), each uncovered need with the best outside labs, the
// natives living elsewhere who have that expertise and the suggested bridges with their reasons; and the region's
// fragile brokers (regionFragility), ranked, with the firm–lab pairs each one alone holds together.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { LENS_REGION_FRAGILITY, LENS_REGION_GAPS } from '../core/api/lens-documents.js';
import type { ApiNodeSummary } from '../core/api/types.js';
import { displayName, joinList } from '../core/i18n/translate.js';
import { reasonsIn } from '../core/recommend/ranking-display.js';
import {
  coveredShare,
  gapBridges,
  needRows,
  regionGapsCsv,
  type FragileBroker,
  type NeedRow,
  type RegionFragility,
  type RegionGap,
  type RegionGaps,
} from '../core/region/region-model.js';
import { useApp } from './app-context.js';
import { ExportCsvButton } from './ExportCsvButton.js';
import { Reasons } from './Ranking.js';
import { Empty, ErrorMessage, Loading } from './StatusMessage.js';
import { useAsync } from './use-async.js';
import './lenses.css';

/** Labs and people listed per gap. */
const PER_GAP = 5;
const BROKERS = 10;

/** A name that opens the node's details in the drawer. */
function NodeLink({ node, testId }: { node: ApiNodeSummary; testId?: string }) {
  const { lang, update } = useApp();
  return (
    <button type="button" className="link-button" onClick={() => update((s) => ({ ...s, selected: node.id }))} data-testid={testId} data-id={node.id}>
      {displayName(node, lang)}
    </button>
  );
}

function NeedsChart({ rows }: { rows: NeedRow[] }) {
  const { t } = useApp();
  const need = t('region.chart.need');
  const labs = t('region.chart.labs');
  const people = t('region.chart.people');
  const title = t('region.chart.title');
  return (
    <section className="region-section" aria-labelledby="region-chart-title" data-testid="region-chart" data-needs={rows.length}>
      <h3 id="region-chart-title">{title}</h3>
      <div className="region-chart-body">
        {/* The table below repeats the chart for assistive technology, so the chart is hidden from it. */}
        <div className="region-chart-plot" aria-hidden="true" data-testid="region-chart-plot">
          <ResponsiveContainer width="100%" height={Math.max(220, 36 * rows.length + 70)}>
            <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 4, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
              <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
              <YAxis type="category" dataKey="label" width={120} tick={{ fontSize: 11 }} interval={0} />
              <Tooltip />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              <Bar dataKey="need" name={need} fill="#b45309" isAnimationActive={false} />
              <Bar dataKey="labs" name={labs} fill="#0f766e" isAnimationActive={false} />
              <Bar dataKey="people" name={people} fill="#2563eb" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <table className="desk-table" data-testid="region-chart-table">
          <caption>{t('region.chart.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('region.chart.techArea')}</th>
              <th scope="col">{need}</th>
              <th scope="col">{labs}</th>
              <th scope="col">{people}</th>
              <th scope="col">{t('region.chart.covered')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-key={r.key} data-covered={r.covered}>
                <th scope="row">{r.label}</th>
                <td className="num">{r.need}</td>
                <td className="num">{r.labs}</td>
                <td className="num">{r.people}</td>
                <td>{r.covered ? t('region.yes') : t('region.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function GapCard({ gap }: { gap: RegionGap }) {
  const { t, lang } = useApp();
  const bridges = gapBridges(gap, lang);
  const area = displayName(gap.need.techArea, lang);
  return (
    <article className="region-gap" aria-label={area} data-testid="region-gap" data-id={gap.need.techArea.id} data-only-abroad={gap.onlyFromAbroad}>
      <h4>
        {area}
        {gap.onlyFromAbroad && (
          <span className="badge badge-warn" data-testid="region-gap-abroad">
            {t('region.gap.onlyAbroad')}
          </span>
        )}
      </h4>
      <Reasons reasons={reasonsIn(lang, gap.reasonDetails, gap.reasons)} />
      <p className="small">
        {t('region.gap.firms')}{' '}
        {gap.need.firms.map((f, i) => (
          <span key={f.id}>
            {i > 0 && t('common.listSeparator')}
            <NodeLink node={f} />
          </span>
        ))}
      </p>
      <div className="region-gap-columns">
        <section>
          <h5>{t('region.gap.labs')}</h5>
          {gap.outsideLabs.length === 0 && <p className="muted small">{t('region.gap.noLabs')}</p>}
          <ul className="region-list">
            {gap.outsideLabs.map((l) => (
              <li key={l.node.id} data-testid="region-gap-lab" data-id={l.node.id}>
                <NodeLink node={l.node} />
                {(l.place ?? l.country) && <span className="muted small"> · {displayName(l.place ?? l.country!, lang)}</span>}
                {l.abroad && <span className="badge">{t('region.gap.abroad')}</span>}
                <div className="muted small">{t('region.gap.labMeta', { experts: l.experts, links: l.homeLinks })}</div>
                <Reasons reasons={reasonsIn(lang, l.reasonDetails, l.reasons)} />
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h5>{t('region.gap.diaspora', { n: gap.diasporaTotal })}</h5>
          {gap.diaspora.length === 0 && <p className="muted small">{t('region.gap.noDiaspora')}</p>}
          <ul className="region-list">
            {gap.diaspora.map((p) => (
              <li key={p.node.id} data-testid="region-gap-person" data-id={p.node.id}>
                <NodeLink node={p.node} />
                {(p.residence ?? p.country) && <span className="muted small"> · {displayName(p.residence ?? p.country!, lang)}</span>}
                {p.abroad && <span className="badge">{t('region.gap.abroad')}</span>}
                {p.homeTies.length > 0 && (
                  <div className="muted small">
                    {t('region.gap.homeTies')} {joinList(p.homeTies.map((n) => displayName(n, lang)), lang)}
                  </div>
                )}
                <Reasons reasons={reasonsIn(lang, p.reasonDetails, p.reasons)} />
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section>
        <h5>{t('region.gap.bridges')}</h5>
        {bridges.length === 0 && <p className="muted small">{t('region.gap.noBridges')}</p>}
        <ul className="region-list">
          {bridges.map((b) => (
            <li key={b.key} data-testid="region-gap-bridge">
              {t('region.gap.bridge', { people: b.people.map((p) => displayName(p, lang)).join(' + '), firm: displayName(b.firm, lang), lab: displayName(b.lab, lang) })}
              <Reasons reasons={b.reasons} />
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

function Gaps({ answer }: { answer: RegionGaps }) {
  const { t, lang } = useApp();
  const share = coveredShare(answer.needs);
  return (
    <>
      <p className="summary" data-testid="region-summary">
        {t('region.summary', { needs: answer.needs.length, gaps: answer.gaps.length, regions: answer.homeRegionCount })}
        {share !== null && ` ${t('region.coveredShare', { pct: Math.round(share * 100) })}`}
      </p>
      <Reasons reasons={reasonsIn(lang, answer.reasonDetails, answer.reasons)} />
      {answer.needs.length === 0 ? <Empty testId="region-no-needs">{t('region.noNeeds')}</Empty> : <NeedsChart rows={needRows(answer.needs, lang)} />}
      <section className="region-section" aria-labelledby="region-gaps-title" data-testid="region-gaps">
        <div className="results-nav">
          <h3 id="region-gaps-title">{t('region.gaps.title', { n: answer.gaps.length })}</h3>
          {answer.gaps.length > 0 && <ExportCsvButton table={() => regionGapsCsv(answer.gaps, t)} name="region-gaps" testId="region-gaps-csv" />}
        </div>
        {answer.gaps.length === 0 && answer.needs.length > 0 && <Empty testId="region-gaps-none">{t('region.gaps.none')}</Empty>}
        {answer.gaps.map((g) => (
          <GapCard key={g.need.techArea.id} gap={g} />
        ))}
      </section>
    </>
  );
}

function BrokerItem({ broker, rank }: { broker: FragileBroker; rank: number }) {
  const { t, lang } = useApp();
  return (
    <li className="region-broker" data-testid="region-broker" data-id={broker.node.id} data-carried={broker.pairsCarried}>
      <span className="rank">{rank}</span>
      <NodeLink node={broker.node} />
      <span className="muted small"> · {t('region.fragility.broker', { carried: broker.pairsCarried, involved: broker.pairsInvolved })}</span>
      {broker.pairs.length > 0 && (
        <ul className="region-pairs" aria-label={t('region.fragility.pairs')}>
          {broker.pairs.map((p) => (
            <li key={`${p.firm.id}|${p.lab.id}`} data-testid="region-broker-pair">
              {displayName(p.firm, lang)} ↔ {displayName(p.lab, lang)}
            </li>
          ))}
        </ul>
      )}
      <Reasons reasons={reasonsIn(lang, broker.reasonDetails, broker.reasons)} />
    </li>
  );
}

function FragileBrokers({ answer }: { answer: RegionFragility }) {
  const { t } = useApp();
  return (
    <>
      <p className="small" data-testid="region-fragility-summary">
        {t('region.fragility.summary', { people: answer.people, pairs: answer.pairs, fragile: answer.fragilePairs })}
      </p>
      {answer.truncated && <p className="muted small">{t('region.fragility.truncated')}</p>}
      {answer.brokers.length === 0 ? (
        <Empty testId="region-brokers-empty">{t('region.fragility.none')}</Empty>
      ) : (
        <ol className="region-brokers" data-testid="region-brokers">
          {answer.brokers.map((b, i) => (
            <BrokerItem key={b.node.id} broker={b} rank={i + 1} />
          ))}
        </ol>
      )}
    </>
  );
}

export function RegionPage() {
  const { state, t, lang, request, update } = useApp();
  const id = state.region.id;
  const gaps = useAsync<RegionGaps>(id ? `region-gaps|${id}` : null, async (signal) => (await request<{ regionGaps: RegionGaps }>(LENS_REGION_GAPS, { id, limit: PER_GAP }, signal)).regionGaps);
  // Both lenses are heavy requests and the server runs one at a time per caller (TB_HEAVY_PER_CALLER): the fragile
  // brokers are asked once the gaps have come back, instead of being refused as too many at once.
  // The answer must be this region's: on a change of region the first render still holds the last one's.
  const gapsDone = gaps.status === 'error' || (gaps.status === 'ready' && gaps.data?.region?.id === id);
  const fragility = useAsync<RegionFragility>(id && gapsDone ? `region-fragility|${id}` : null, async (signal) => (await request<{ regionFragility: RegionFragility }>(LENS_REGION_FRAGILITY, { id, limit: BROKERS }, signal)).regionFragility);
  const region = gaps.data?.region ?? fragility.data?.scope ?? null;
  const openDiaspora = () => id && update((s) => ({ ...s, view: 'diaspora', diaspora: { origin: id, techArea: null }, selected: null, expanded: [] }));

  return (
    <div className="desk-workspace region-page" data-testid="region-page" data-region={id ?? ''}>
      {!id && <Empty testId="region-empty">{t('region.pickFirst')}</Empty>}
      {id && (
        <>
          <div className="results-nav">
            <h2 data-testid="region-title">{region ? displayName(region, lang) : t('view.region')}</h2>
            <button type="button" className="btn btn-small" onClick={openDiaspora} data-testid="region-open-diaspora">
              {t('region.openDiaspora')}
            </button>
          </div>
          {gaps.status === 'loading' && !gaps.data && <Loading testId="region-gaps-loading" />}
          {gaps.status === 'error' && <ErrorMessage error={gaps.error} onRetry={gaps.retry} testId="error" />}
          {gaps.data && <Gaps answer={gaps.data} />}
          <section className="region-section" aria-labelledby="region-fragility-title" data-testid="region-fragility">
            <h3 id="region-fragility-title">{t('region.fragility.title')}</h3>
            {(fragility.status === 'loading' || fragility.status === 'idle') && !fragility.data && <Loading testId="region-fragility-loading" />}
            {fragility.status === 'error' && <ErrorMessage error={fragility.error} onRetry={fragility.retry} testId="region-fragility-error" />}
            {fragility.data && <FragileBrokers answer={fragility.data} />}
          </section>
        </>
      )}
    </div>
  );
}
