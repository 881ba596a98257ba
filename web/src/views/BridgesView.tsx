// Bridge finder: which people or organisations could connect a firm to a lab. The ranked bridges come with score
// and reasons; an organisation bridge also names the people who carry its ties. Choosing one highlights its chain on
// the canvas and dims the rest. Filters: people, organisations or both; maximum intermediaries; an as-of date.
import { config } from '../config.js';
import { bridgeKinds, bridgeTitle, carrierLine, type BridgeKeep } from '../core/bridges/bridge-kinds.js';
import { BRIDGES } from '../core/api/documents.js';
import { fetchEnds } from '../core/api/nodes.js';
import type { ApiNode, Bridge } from '../core/api/types.js';
import { graphElements, pathIds, pathsElements } from '../core/graph/elements.js';
import { displayName, joinList } from '../core/i18n/translate.js';
import { reasonsIn } from '../core/recommend/ranking-display.js';
import { useApp } from '../components/app-context.js';
import { NodePicker } from '../components/NodePicker.js';
import { Chain, Reasons, ScoreBar, ScoreParts } from '../components/Ranking.js';
import { DateField, RunButton, Segmented } from '../components/ViewForm.js';
import { useDraft, useRankedAnswer } from '../components/use-ranked-answer.js';
import { AnswerStates, chainIds, FragilityLens, RankedItem } from '../components/RankedAnswer.js';
import { RecordIntroduction } from '../components/RecordIntroduction.js';
import { ExportCsvButton } from '../components/ExportCsvButton.js';
import { bridgesCsv } from '../core/export/csv.js';
import { bridgesFragilityHops } from '../core/fragility/fragility-display.js';

interface BridgesData {
  from: ApiNode;
  to: ApiNode;
  bridges: Bridge[];
}

export function BridgesView() {
  const { state, request, t, lang, rememberNodes } = useApp();
  const q = state.bridges;
  const [draft, setDraft] = useDraft(q);

  const { content, pick, run, choose } = useRankedAnswer<'bridges', BridgesData>('bridges', {
    key: q.from && q.to ? `bridges|${q.from}|${q.to}|${q.maxIntermediaries}|${q.asOf ?? ''}|${q.keep}` : null,
    load: async (signal) => {
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
    emptyText: t('bridges.pickBoth'),
    lit: (data, i) => {
      const bridge = data.bridges[i];
      return bridge ? pathIds(bridge.path) : null;
    },
  });

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
        <RunButton onClick={() => run({ ...draft, pick: 0 })} disabled={!draft.from || !draft.to} testId="bridges-run">
          {t('bridges.run')}
        </RunButton>
      </div>
      <AnswerStates content={content} idle={t('bridges.pickBoth')} isEmpty={(d) => d.bridges.length === 0} empty={t('bridges.empty')} emptyTestId="bridges-empty" />
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
                  <RankedItem
                    index={i}
                    pick={pick}
                    onChoose={choose}
                    testId="bridge-item"
                    attrs={{ 'data-rank': i + 1, 'data-chain-ids': chainIds(b.path.nodes), 'data-intermediaries': b.intermediaries.map((n) => n.id).join(' '), 'data-kind': b.kind }}
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
                            ? t('bridges.carriersMore', { names: joinList(via.names, lang), n: via.names.length + via.more })
                            : t('bridges.carriers', { names: joinList(via.names, lang) })}
                        </span>
                      )}
                      <Chain names={names} />
                      <Reasons reasons={reasonsIn(lang, b.reasonDetails, b.reasons)} />
                    </span>
                  </RankedItem>
                  {pick === i && <ScoreParts parts={b.scoreParts} />}
                  <RecordIntroduction bridge={b} from={content.data.from.id} to={content.data.to.id} index={i} />
                </li>
              );
            })}
          </ol>
        </div>
      )}
      {content.status === 'ready' && (
        <FragilityLens view="bridges" question={{ from: content.data.from.id, to: content.data.to.id, maxHops: bridgesFragilityHops(q.maxIntermediaries), asOf: q.asOf }} />
      )}
    </div>
  );
}
