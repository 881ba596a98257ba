// Bridge finder: which people or organisations could connect a firm to a lab. The ranked bridges come with score
// and reasons; an organisation bridge also names the people who carry its ties. Choosing one highlights its chain on
// the canvas and dims the rest. Filters: people, organisations or both; maximum intermediaries; an as-of date.
import { useEffect, useState } from 'react';
import { config } from '../config.js';
import { ApiError } from '../core/api/client.js';
import { bridgeKinds, bridgeTitle, carrierLine, type BridgeKeep } from '../core/bridges/bridge-kinds.js';
import { BRIDGES, NODE_BY_ID } from '../core/api/documents.js';
import type { ApiNode, Bridge } from '../core/api/types.js';
import { graphElements, pathIds, pathsElements } from '../core/graph/elements.js';
import { displayName } from '../core/i18n/translate.js';
import { reasonsIn } from '../core/recommend/ranking-display.js';
import { useApp } from '../components/app-context.js';
import { NodePicker } from '../components/NodePicker.js';
import { Chain, Reasons, ScoreBar, ScoreParts } from '../components/Ranking.js';
import { Empty, ErrorMessage, Loading } from '../components/StatusMessage.js';
import { DateField, RunButton, Segmented } from '../components/ViewForm.js';
import { useViewContent } from '../components/use-view-content.js';
import { RecordIntroduction } from '../components/RecordIntroduction.js';
import { ExportCsvButton } from '../components/ExportCsvButton.js';
import { bridgesCsv } from '../core/export/csv.js';
import { FragilityPanel, FragilityToggle } from '../components/FragilityPanel.js';
import { bridgesFragilityHops } from '../core/fragility/fragility-display.js';

interface BridgesData {
  from: ApiNode;
  to: ApiNode;
  bridges: Bridge[];
}

export async function fetchEnds(request: ReturnType<typeof useApp>['request'], from: string, to: string, signal: AbortSignal): Promise<[ApiNode, ApiNode]> {
  const [a, b] = await Promise.all([
    request<{ node: ApiNode | null }>(NODE_BY_ID, { id: from }, signal),
    request<{ node: ApiNode | null }>(NODE_BY_ID, { id: to }, signal),
  ]);
  if (!a.node) throw new ApiError('NOT_FOUND', 'no node has this id', undefined, from);
  if (!b.node) throw new ApiError('NOT_FOUND', 'no node has this id', undefined, to);
  return [a.node, b.node];
}

export function BridgesView() {
  const { state, update, request, t, lang, canvas, rememberNodes } = useApp();
  const q = state.bridges;
  const [draft, setDraft] = useState(q);
  useEffect(() => {
    setDraft(q);
  }, [q]);

  const key = q.from && q.to ? `bridges|${q.from}|${q.to}|${q.maxIntermediaries}|${q.asOf ?? ''}|${q.keep}` : null;
  const content = useViewContent<BridgesData>(
    key,
    async (signal) => {
      const [from, to] = await fetchEnds(request, q.from!, q.to!, signal);
      const d = await request<{ bridges: Bridge[] }>(
        BRIDGES,
        { from: q.from, to: q.to, maxIntermediaries: q.maxIntermediaries, asOf: q.asOf, limit: config.rankedLimit, kinds: bridgeKinds(q.keep) },
        signal,
      );
      rememberNodes([from, to, ...d.bridges.flatMap((b) => b.path.nodes)]);
      return {
        data: { from, to, bridges: d.bridges },
        elements: [...graphElements([from, to], [], lang), ...pathsElements(d.bridges.map((b) => b.path), lang)],
        roots: [from.id, to.id],
      };
    },
    t('bridges.pickBoth'),
  );

  const pick = q.pick;
  useEffect(() => {
    if (content.status !== 'ready') return;
    const bridge = pick !== null ? content.data.bridges[pick] : undefined;
    canvas.highlight(bridge ? pathIds(bridge.path) : null);
  }, [canvas, content.status, content.version, pick, content.data]);

  const run = () => update((s) => ({ ...s, bridges: { ...draft, pick: 0 }, expanded: [], selected: null }));
  const choose = (i: number) => update((s) => ({ ...s, bridges: { ...s.bridges, pick: i } }));

  return (
    <div className="view" data-testid="view-bridges">
      <p className="view-help">{t('view.bridges.help')}</p>
      <div className="form">
        <NodePicker label={t('bridges.from')} value={draft.from} onChange={(from) => setDraft({ ...draft, from })} types={['Enterprise', 'Organisation', 'Lab']} testId="bridges-from" />
        <NodePicker label={t('bridges.to')} value={draft.to} onChange={(to) => setDraft({ ...draft, to })} types={['Lab', 'Enterprise', 'Organisation']} testId="bridges-to" />
        <Segmented<BridgeKeep>
          label={t('bridges.keep')}
          value={draft.keep}
          options={[
            { value: 'both', label: t('bridges.keep.both') },
            { value: 'people', label: t('bridges.keep.people') },
            { value: 'organisations', label: t('bridges.keep.organisations') },
          ]}
          onChange={(keep) => setDraft({ ...draft, keep })}
          testId="bridges-keep"
        />
        <div className="form-row">
          <Segmented
            label={t('bridges.maxIntermediaries')}
            value={draft.maxIntermediaries}
            options={[
              { value: 1, label: t('bridges.one') },
              { value: 2, label: t('bridges.two') },
            ]}
            onChange={(maxIntermediaries) => setDraft({ ...draft, maxIntermediaries })}
            testId="bridges-mi"
          />
          <DateField label={t('bridges.asOf')} value={draft.asOf} onChange={(asOf) => setDraft({ ...draft, asOf })} testId="bridges-asof" />
        </div>
        <RunButton onClick={run} disabled={!draft.from || !draft.to} testId="bridges-run">
          {t('bridges.run')}
        </RunButton>
      </div>
      {content.status === 'idle' && <Empty>{t('bridges.pickBoth')}</Empty>}
      {content.status === 'loading' && <Loading />}
      {content.status === 'error' && <ErrorMessage error={content.error} onRetry={content.retry} />}
      {content.status === 'ready' && content.data.bridges.length === 0 && <Empty testId="bridges-empty">{t('bridges.empty')}</Empty>}
      {content.status === 'ready' && content.data.bridges.length > 0 && (
        <div className="results" data-testid="bridges-results">
          <h3 className="results-title">{t('bridges.results', { n: content.data.bridges.length })}</h3>
          <ExportCsvButton table={() => bridgesCsv(content.data.bridges, t)} name="bridges" />
          <ol className="ranked">
            {content.data.bridges.map((b, i) => {
              const names = b.path.nodes.map((n) => displayName(n, lang));
              const via = carrierLine(b, lang);
              return (
                <li key={i}>
                  <button
                    type="button"
                    className={`ranked-item${pick === i ? ' picked' : ''}`}
                    onClick={() => choose(i)}
                    aria-pressed={pick === i}
                    data-testid="bridge-item"
                    data-rank={i + 1}
                    data-chain-ids={[...new Set(b.path.nodes.map((n) => n.id))].sort().join(' ')}
                    data-intermediaries={b.intermediaries.map((n) => n.id).join(' ')}
                    data-kind={b.kind}
                  >
                    <span className="rank">{i + 1}</span>
                    <span className="ranked-body">
                      <span className="ranked-head">
                        <span className="ranked-name">{bridgeTitle(b, lang)}</span>
                        <ScoreBar score={b.score} />
                      </span>
                      <span className="badge">{t(`bridges.kind.${b.kind}`)}</span>
                      {via.names.length > 0 && (
                        <span className="chain muted" data-testid="bridge-carriers">
                          {via.more > 0
                            ? t('bridges.carriersMore', { names: via.names.join(lang === 'en' ? ', ' : '、'), n: via.names.length + via.more })
                            : t('bridges.carriers', { names: via.names.join(lang === 'en' ? ', ' : '、') })}
                        </span>
                      )}
                      <Chain names={names} />
                      <Reasons reasons={reasonsIn(lang, b.reasonDetails, b.reasons)} />
                    </span>
                  </button>
                  {pick === i && <ScoreParts parts={b.scoreParts} />}
                  <RecordIntroduction bridge={b} from={content.data.from.id} to={content.data.to.id} index={i} />
                </li>
              );
            })}
          </ol>
        </div>
      )}
      {content.status === 'ready' && (
        <FragilityToggle on={q.fragility ?? false} onChange={(on) => update((s) => ({ ...s, bridges: { ...s.bridges, fragility: on || undefined } }))} testId="bridges-fragility" />
      )}
      {content.status === 'ready' && q.fragility && (
        <FragilityPanel question={{ from: content.data.from.id, to: content.data.to.id, maxHops: bridgesFragilityHops(q.maxIntermediaries), asOf: q.asOf }} />
      )}
    </div>
  );
}
