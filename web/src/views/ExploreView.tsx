// Explore: the node chosen in the header search, alone on the canvas at first; double-clicks (or "expand") grow
// the picture. Before anything is chosen the panel says what the graph holds.
import { ApiError } from '../core/api/client.js';
import { NODE_BY_ID, STATS } from '../core/api/documents.js';
import { isNodeType, type ApiNode, type GraphStats } from '../core/api/types.js';
import { nodeElement } from '../core/graph/elements.js';
import { displayName, formatDate, formatNumber, otherName, typeLabel } from '../core/i18n/translate.js';
import { useApp } from '../components/app-context.js';
import { useExpansion } from '../components/expansion-context.js';
import { Icon } from '../components/Icon.js';
import { NodeChip } from '../components/NodePicker.js';
import { Empty, ErrorMessage, Loading } from '../components/StatusMessage.js';
import { TypeSwatch } from '../components/TypeSwatch.js';
import { useAsync } from '../components/use-async.js';
import { useViewContent } from '../components/use-view-content.js';

function GraphOverview() {
  const { request, t, lang } = useApp();
  const stats = useAsync<GraphStats>('stats', async (signal) => (await request<{ stats: GraphStats }>(STATS, {}, signal)).stats);
  if (stats.status === 'loading' || stats.status === 'idle') return <Loading />;
  if (stats.status === 'error') return <ErrorMessage error={stats.error} onRetry={stats.retry} />;
  const labels = stats.data.labels.filter((l) => isNodeType(l.label) && l.count > 0).sort((a, b) => b.count - a.count);
  return (
    <div className="overview" data-testid="graph-overview">
      <p className="overview-total">{t('canvas.counts', { nodes: formatNumber(stats.data.nodeCount, lang), edges: formatNumber(stats.data.relationshipCount, lang) })}</p>
      <ul className="overview-labels">
        {labels.map((l) => (
          <li key={l.label}>
            {isNodeType(l.label) && <TypeSwatch type={l.label} />}
            <span>{typeLabel(lang, l.label)}</span>
            <span className="count">{formatNumber(l.count, lang)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ExploreView() {
  const { state, update, request, t, lang, rememberNodes } = useApp();
  const { expand, busy } = useExpansion();
  const root = state.explore.root;
  // The time slider's date: a new date redraws the root and replays the expansions as of that day.
  const asOf = state.explore.asOf ?? null;
  const content = useViewContent<ApiNode>(
    root ? `explore|${root}|${asOf ?? ''}` : null,
    async (signal) => {
      const d = await request<{ node: ApiNode | null }>(NODE_BY_ID, { id: root }, signal);
      if (!d.node) throw new ApiError('NOT_FOUND', 'no node has this id', undefined, root ?? '');
      rememberNodes([d.node]);
      return { data: d.node, elements: [nodeElement(d.node, lang, { classes: ['root'] })], roots: [d.node.id], depth: new Map([[d.node.id, 0]]) };
    },
    t('canvas.empty'),
  );

  return (
    <div className="view" data-testid="view-explore">
      <p className="view-help">{t('view.explore.help')}</p>
      {!root && (
        <>
          <Empty testId="explore-empty">{t('canvas.empty')}</Empty>
          <GraphOverview />
        </>
      )}
      {content.status === 'loading' && <Loading />}
      {content.status === 'error' && <ErrorMessage error={content.error} onRetry={content.retry} />}
      {content.status === 'ready' && (
        <div className="card root-card" data-testid="explore-root" data-id={content.data.id}>
          <div className="card-type">
            <TypeSwatch type={content.data.type} /> {typeLabel(lang, content.data.type)}
          </div>
          <h3>{displayName(content.data, lang)}</h3>
          {otherName(content.data, lang) && <div className="muted">{otherName(content.data, lang)}</div>}
          {asOf && (
            <p className="muted small" data-testid="explore-as-of" data-as-of={asOf}>
              {t('explore.asOf', { date: formatDate(asOf, lang) })}
            </p>
          )}
          <div className="card-actions">
            <button type="button" className="btn btn-primary btn-small" onClick={() => void expand(content.data.id)} disabled={busy !== null} data-testid="explore-expand">
              <Icon name="expand" size={14} /> {t('details.expand')}
            </button>
            {state.expanded.length > 0 && (
              <button
                type="button"
                className="btn btn-small"
                onClick={() => {
                  update((s) => ({ ...s, expanded: [] }));
                  content.retry();
                }}
              >
                <Icon name="eraser" size={14} /> {t('canvas.clear')}
              </button>
            )}
          </div>
          {state.expanded.length > 0 && (
            <div className="chips" data-testid="expansions">
              {state.expanded.map((e) => (
                <NodeChip key={`${e.id}~${e.top ?? ''}`} id={e.id} />
              ))}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
