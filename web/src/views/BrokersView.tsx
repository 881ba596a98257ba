// Brokers: who holds the network together, by betweenness centrality, boxed by Louvain community, for a region,
// tech area or pool (or the whole graph). Node size and colour follow betweenness; choosing a broker lights up
// their ties to the other brokers.
import { config } from '../config.js';
import { BROKERS, NEIGHBOURHOOD } from '../core/api/documents.js';
import type { ApiRelationship, BrokerScore, Subgraph } from '../core/api/types.js';
import { brokerElements, communityNumber } from '../core/brokers/broker-elements.js';
import { colorAsText, groupColor } from '../core/graph/styles.js';
import { displayName, formatNumber } from '../core/i18n/translate.js';
import { useApp } from '../components/app-context.js';
import { NodePicker } from '../components/NodePicker.js';
import { Reasons, ScoreBar } from '../components/Ranking.js';
import { TypeSwatch } from '../components/TypeSwatch.js';
import { RunButton } from '../components/ViewForm.js';
import { useDraft, useRankedAnswer } from '../components/use-ranked-answer.js';
import { AnswerStates, RankedItem } from '../components/RankedAnswer.js';
import { ExportCsvButton } from '../components/ExportCsvButton.js';
import { brokersCsv } from '../core/export/csv.js';

interface BrokersData {
  scores: BrokerScore[];
  ties: ApiRelationship[];
}

/** Runs `work` over `items` with at most `limit` at a time (the server shares two cores with everyone). */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  });
  await Promise.all(runners);
  return out;
}

export function BrokersView() {
  const { state, request, t, lang, rememberNodes } = useApp();
  const q = state.brokers;
  const [scope, setScope] = useDraft(q.scope);

  const { content, pick, run, choose } = useRankedAnswer<'brokers', BrokersData>('brokers', {
    // The reasons come in the request's language, so the language is part of the key.
    key: `brokers|${q.scope ?? '*'}|${lang}`,
    load: async (signal) => {
      const d = await request<{ brokers: BrokerScore[] }>(BROKERS, { scope: q.scope, limit: config.brokersLimit }, signal);
      const ids = new Set(d.brokers.map((b) => b.node.id));
      rememberNodes(d.brokers.map((b) => b.node));
      // Ties among the brokers, read from each broker's neighbourhood.
      const subs = await pool(d.brokers, 3, (b) =>
        request<{ neighbourhood: Subgraph }>(NEIGHBOURHOOD, { id: b.node.id, depth: 1, limitPerType: 200 }, signal)
          .then((x) => x.neighbourhood.edges)
          .catch(() => [] as ApiRelationship[]),
      );
      const ties = subs.flat().filter((r) => ids.has(r.from) && ids.has(r.to));
      return { data: { scores: d.brokers, ties }, elements: brokerElements(d.brokers, ties, lang) };
    },
    emptyText: t('brokers.empty'),
    lit: (data, i) => {
      const b = data.scores[i];
      if (!b) return null;
      const edges = data.ties.filter((r) => r.from === b.node.id || r.to === b.node.id);
      return { nodes: [b.node.id, ...edges.map((e) => (e.from === b.node.id ? e.to : e.from))], edges: edges.map((e) => e.id) };
    },
    toggle: true,
  });

  return (
    <div className="view" data-testid="view-brokers">
      <p className="view-help">{t('view.brokers.help')}</p>
      <div className="form">
        <NodePicker label={t('brokers.scope')} value={scope} onChange={setScope} types={['Region', 'TechArea', 'TalentPool']} testId="brokers-scope" />
        {!scope && <p className="muted small">{t('brokers.whole')}</p>}
        <RunButton onClick={() => run({ scope, pick: null })} testId="brokers-run">
          {t('brokers.run')}
        </RunButton>
      </div>
      <p className="muted small">{t('brokers.help')}</p>
      <AnswerStates content={content} isEmpty={(d) => d.scores.length === 0} empty={t('brokers.empty')} emptyTestId="brokers-empty" />
      {content.status === 'ready' && content.data.scores.length > 0 && (
        <div className="results" data-testid="brokers-results">
          <h3 className="results-title">{t('brokers.results', { n: content.data.scores.length })}</h3>
          <ExportCsvButton table={() => brokersCsv(content.data.scores, t, lang)} name="brokers" />
          <ol className="ranked">
            {content.data.scores.map((b, i) => {
              const c = communityNumber(content.data.scores, b.community);
              return (
                <li key={b.node.id}>
                  <RankedItem index={i} pick={pick} onChoose={choose} testId="broker-item" attrs={{ 'data-id': b.node.id }}>
                    <span className="rank">{b.rank}</span>
                    <span className="ranked-body">
                      <span className="ranked-head">
                        <span className="ranked-name">
                          <TypeSwatch type={b.node.type} size={12} /> {displayName(b.node, lang)}
                        </span>
                        <ScoreBar score={b.normalised} label={t('brokers.betweenness')} />
                      </span>
                      <span className="meta-row">
                        <span className="badge" style={{ borderColor: groupColor(c - 1), color: colorAsText(groupColor(c - 1)) }}>
                          {t('brokers.community', { n: c })}
                        </span>
                        <span className="muted small">{t('brokers.degree', { n: b.degree })}</span>
                        {b.bridgedCommunities > 1 && <span className="muted small">{t('brokers.spans', { n: b.bridgedCommunities })}</span>}
                        <span className="muted small" title={t('brokers.betweenness')}>
                          {formatNumber(b.betweenness, lang, 1)}
                        </span>
                      </span>
                      <Reasons reasons={b.reasons} />
                    </span>
                  </RankedItem>
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </div>
  );
}
