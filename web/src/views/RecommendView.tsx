// Recommendations: labs for a firm, talents for a demand (post one here and see its matches and its 48-hour due
// time), collaborators for a researcher. Each suggestion carries its reasons; choosing one shows the path that
// supports it on the canvas.
import { useEffect, useRef, useState } from 'react';
import { config } from '../config.js';
import { NODE_BY_ID, POST_DEMAND, RECOMMEND_COLLABORATORS, RECOMMEND_LABS, RECOMMEND_TALENTS } from '../core/api/documents.js';
import type { ApiNode, DemandResult, Recommendation } from '../core/api/types.js';
import type { ApiError } from '../core/api/client.js';
import { foundNode } from '../core/api/nodes.js';
import { graphElements, pathIds, pathsElements } from '../core/graph/elements.js';
import { displayName, formatDate, joinList, typeLabel } from '../core/i18n/translate.js';
import { reasonsIn, timeLeft } from '../core/recommend/ranking-display.js';
import type { RecommendMode } from '../core/url/url-state.js';
import { useApp } from '../components/app-context.js';
import { MultiNodePicker, NodeChip, NodePicker } from '../components/NodePicker.js';
import { Reasons, ScoreBar, ScoreParts } from '../components/Ranking.js';
import { ErrorMessage, errorText } from '../components/StatusMessage.js';
import { TypeSwatch } from '../components/TypeSwatch.js';
import { RunButton } from '../components/ViewForm.js';
import { toApiError } from '../components/use-async.js';
import { forgetContent, type ViewContent } from '../components/use-view-content.js';
import { useDraft, useRankedAnswer } from '../components/use-ranked-answer.js';
import { AnswerStates, chainIds, RankedItem } from '../components/RankedAnswer.js';
import { ExportCsvButton } from '../components/ExportCsvButton.js';
import { recommendationsCsv } from '../core/export/csv.js';

interface RecData {
  subject: ApiNode;
  items: Recommendation[];
}

const SUBJECT_TYPES: Record<RecommendMode, 'Enterprise' | 'Demand' | 'Person'> = { labs: 'Enterprise', talents: 'Demand', collaborators: 'Person' };
const DOCS: Record<RecommendMode, { doc: string; field: 'recommendLabs' | 'recommendTalents' | 'recommendCollaborators' }> = {
  labs: { doc: RECOMMEND_LABS, field: 'recommendLabs' },
  talents: { doc: RECOMMEND_TALENTS, field: 'recommendTalents' },
  collaborators: { doc: RECOMMEND_COLLABORATORS, field: 'recommendCollaborators' },
};

function recContent(subject: ApiNode, items: Recommendation[], lang: 'zh' | 'en'): ViewContent<RecData> {
  const withPath = items.filter((r) => r.path).map((r) => r.path!);
  return {
    data: { subject, items },
    elements: [...graphElements([subject, ...items.map((r) => r.node)], [], lang), ...pathsElements(withPath, lang)],
    roots: [subject.id],
  };
}

function contentKey(mode: RecommendMode, subject: string): string {
  return `rec|${mode}|${subject}`;
}

function DemandCard({ demand, postedAt, responseDue }: { demand: ApiNode; postedAt: string | null; responseDue: string | null }) {
  const { t, lang } = useApp();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  const left = responseDue ? timeLeft(responseDue, now) : null;
  const card = useRef<HTMLDivElement>(null);
  // Braces matter: newer browsers return a promise from scrollIntoView, which React would take for a cleanup.
  useEffect(() => {
    card.current?.scrollIntoView({ block: 'nearest' });
  }, [demand.id]);
  return (
    <div className="card demand-card" data-testid="demand-card" data-id={demand.id} ref={card}>
      <div className="card-type">
        <TypeSwatch type="Demand" /> {typeLabel(lang, 'Demand')}
      </div>
      <h3>{displayName(demand, lang)}</h3>
      {typeof demand.properties.description === 'string' && <p className="muted">{demand.properties.description}</p>}
      <dl className="facts">
        {postedAt && (
          <div>
            <dt>{t('demand.postedAt')}</dt>
            <dd data-testid="demand-posted-at" data-posted-at={postedAt}>{formatDate(postedAt, lang, true)}</dd>
          </div>
        )}
        {responseDue && (
          <div>
            <dt>{t('demand.due')}</dt>
            <dd data-testid="demand-due" data-due={responseDue}>
              {formatDate(responseDue, lang, true)}
              {left && <span className={`badge ${left.overdue ? 'badge-danger' : 'badge-ok'}`}>{left.overdue ? t('demand.overdue') : t('demand.dueIn', { hours: left.hours })}</span>}
            </dd>
          </div>
        )}
      </dl>
    </div>
  );
}

function PostDemandForm({ onPosted }: { onPosted(result: DemandResult): void }) {
  const { t, request, me, notify, lang } = useApp();
  const [enterprise, setEnterprise] = useState<string | null>(null);
  const [techAreas, setTechAreas] = useState<string[]>([]);
  const [region, setRegion] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // Folded once a demand is posted, so its due time and matches come into view.
  const [open, setOpen] = useState(true);
  const missing = [
    !enterprise && t('demand.enterprise'),
    !techAreas.length && t('demand.techAreas'),
    !region && t('demand.region'),
    !description.trim() && t('demand.description'),
  ].filter((x): x is string => !!x);
  const viewerOnly = me?.role === 'viewer';

  const submit = async () => {
    if (missing.length) return;
    setSending(true);
    setError(null);
    try {
      const d = await request<{ postDemand: DemandResult }>(POST_DEMAND, {
        enterpriseId: enterprise,
        techAreas,
        regionId: region,
        description: description.trim(),
        name: name.trim() || null,
        limit: config.rankedLimit,
      });
      onPosted(d.postDemand);
      setOpen(false);
      notify(t('demand.posted', { name: displayName(d.postDemand.demand, lang) }));
    } catch (e) {
      const err = toApiError(e);
      setError(err);
      notify(errorText(t, err), 'error');
    } finally {
      setSending(false);
    }
  };

  return (
    <details className="card post-demand" data-testid="post-demand" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <strong>{t('demand.title')}</strong>
      </summary>
      {viewerOnly && <p className="note">{t('demand.needsToken')}</p>}
      <NodePicker label={t('demand.enterprise')} value={enterprise} onChange={setEnterprise} types={['Enterprise']} testId="demand-enterprise" />
      <MultiNodePicker label={t('demand.techAreas')} values={techAreas} onChange={setTechAreas} types={['TechArea']} testId="demand-tech" />
      <NodePicker label={t('demand.region')} value={region} onChange={setRegion} types={['Region']} testId="demand-region" />
      <label className="field">
        <span className="field-label">{t('demand.name')}</span>
        <input type="text" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} data-testid="demand-name" />
      </label>
      <label className="field">
        <span className="field-label">{t('demand.description')}</span>
        <textarea rows={3} value={description} maxLength={2000} placeholder={t('demand.descriptionPlaceholder')} onChange={(e) => setDescription(e.target.value)} data-testid="demand-description" />
      </label>
      {missing.length > 0 && (enterprise || techAreas.length || region || description) ? <p className="muted small">{t('demand.missing', { fields: joinList(missing, lang) })}</p> : null}
      {error && <ErrorMessage error={error} />}
      <RunButton onClick={() => void submit()} disabled={missing.length > 0 || sending || viewerOnly} testId="demand-submit">
        {sending ? t('state.loading') : t('demand.submit')}
      </RunButton>
    </details>
  );
}

export function RecommendView() {
  const { state, request, t, lang, rememberNodes } = useApp();
  const q = state.recommend;
  const [subject, setSubject] = useDraft(q.subject, q.mode);
  const [posted, setPosted] = useState<DemandResult | null>(null);

  const { content, pick, run, choose } = useRankedAnswer<'recommend', RecData>('recommend', {
    key: q.subject ? contentKey(q.mode, q.subject) : null,
    load: async (signal) => {
      const [s, d] = await Promise.all([
        request<{ node: ApiNode | null }>(NODE_BY_ID, { id: q.subject }, signal),
        request<Record<string, Recommendation[]>>(DOCS[q.mode].doc, { id: q.subject, limit: config.rankedLimit }, signal),
      ]);
      const node = foundNode(s.node, q.subject ?? '');
      const items = d[DOCS[q.mode].field] ?? [];
      rememberNodes([node, ...items.map((r) => r.node), ...items.flatMap((r) => r.related)]);
      return recContent(node, items, lang);
    },
    emptyText: t('recommend.pick'),
    lit: (data, i) => {
      const item = data.items[i];
      if (!item) return null;
      return item.path ? pathIds(item.path) : { nodes: [data.subject.id, item.node.id, ...item.related.map((r) => r.id)], edges: [] };
    },
  });

  const setMode = (mode: RecommendMode) => run({ mode, subject: null, pick: null });
  const onPosted = (result: DemandResult) => {
    rememberNodes([result.demand, ...result.matches.map((m) => m.node)]);
    forgetContent(contentKey('talents', result.demand.id));
    setPosted(result);
    run({ mode: 'talents', subject: result.demand.id, pick: result.matches.length ? 0 : null });
  };

  const demand = q.mode === 'talents' && content.status === 'ready' ? content.data.subject : null;
  const demandTimes =
    posted && demand && posted.demand.id === demand.id
      ? { postedAt: posted.postedAt, responseDue: posted.responseDue }
      : demand
        ? { postedAt: typeof demand.properties.postedAt === 'string' ? demand.properties.postedAt : null, responseDue: typeof demand.properties.responseDue === 'string' ? demand.properties.responseDue : null }
        : null;

  return (
    <div className="view" data-testid="view-recommend">
      <p className="view-help">{t('view.recommend.help')}</p>
      <div className="tabs" role="tablist" aria-label={t('recommend.mode')}>
        {(['labs', 'talents', 'collaborators'] as const).map((m) => (
          <button key={m} type="button" role="tab" aria-selected={q.mode === m} className={q.mode === m ? 'on' : undefined} onClick={() => setMode(m)} data-testid={`recommend-mode-${m}`}>
            {t(`recommend.${m}`)}
          </button>
        ))}
      </div>
      {q.mode === 'talents' && <PostDemandForm onPosted={onPosted} />}
      <div className="form">
        {q.mode === 'talents' && <p className="muted small">{t('demand.orExisting')}</p>}
        <NodePicker
          label={t(q.mode === 'labs' ? 'recommend.enterprise' : q.mode === 'talents' ? 'recommend.demand' : 'recommend.person')}
          value={subject}
          onChange={setSubject}
          types={[SUBJECT_TYPES[q.mode]]}
          testId="recommend-subject"
        />
        <RunButton onClick={() => run((current) => ({ ...current, subject, pick: 0 }))} disabled={!subject} testId="recommend-run">
          {t('recommend.run')}
        </RunButton>
      </div>
      {demand && demandTimes && <DemandCard demand={demand} postedAt={demandTimes.postedAt} responseDue={demandTimes.responseDue} />}
      <AnswerStates content={content} idle={t('recommend.pick')} isEmpty={(d) => d.items.length === 0} empty={t('recommend.empty')} emptyTestId="recommend-empty" />
      {content.status === 'ready' && content.data.items.length > 0 && (
        <div className="results" data-testid="recommend-results">
          <h3 className="results-title">{q.mode === 'talents' ? t('demand.matches') : t('recommend.results', { n: content.data.items.length })}</h3>
          <ExportCsvButton table={() => recommendationsCsv(content.data.items, t, lang)} name={`recommend-${q.mode}`} />
          <ol className="ranked">
            {content.data.items.map((r, i) => (
              <li key={r.node.id}>
                <RankedItem index={i} pick={pick} onChoose={choose} testId="recommendation" attrs={{ 'data-id': r.node.id, 'data-chain-ids': r.path ? chainIds(r.path.nodes) : '' }}>
                  <span className="rank">{i + 1}</span>
                  <span className="ranked-body">
                    <span className="ranked-head">
                      <span className="ranked-name">
                        <TypeSwatch type={r.node.type} size={12} /> {displayName(r.node, lang)}
                      </span>
                      <ScoreBar score={r.score} />
                    </span>
                    {!r.path && <span className="muted small">{t('recommend.noPath')}</span>}
                    <Reasons reasons={reasonsIn(lang, r.reasonDetails, r.reasons)} />
                  </span>
                </RankedItem>
                {pick === i && (
                  <>
                    {r.related.length > 0 && (
                      <div className="related">
                        <span className="muted small">{t('recommend.related')}:</span>
                        {r.related.slice(0, 8).map((n) => (
                          <NodeChip key={n.id} id={n.id} />
                        ))}
                      </div>
                    )}
                    <ScoreParts parts={r.scoreParts} />
                  </>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
