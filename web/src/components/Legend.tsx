// The always-visible legend, docked under the canvas so it never hides part of the graph: every node type with its
// colour, shape and how many are drawn (a click hides or shows that type), then the tie types on the canvas with
// their line styles, then the counts.
import { NODE_TYPES, type NodeType } from '../core/api/types.js';
import { relColor, relStyle } from '../core/graph/styles.js';
import { relLabel, typeLabel } from '../core/i18n/translate.js';
import { useApp } from './app-context.js';
import { useDisplaySettings } from './display-settings.js';
import { TypeSwatch } from './TypeSwatch.js';

export function Legend() {
  const { t, lang, snapshot, state, update } = useApp();
  const { highContrast } = useDisplaySettings();
  const hidden = new Set(state.hidden);
  const toggle = (type: NodeType) =>
    update((s) => ({ ...s, hidden: hidden.has(type) ? s.hidden.filter((h) => h !== type) : [...s.hidden, type] }));
  const ties = Object.entries(snapshot.relTypeCounts).sort((a, b) => b[1] - a[1]);
  const empty = snapshot.nodeCount === 0 && snapshot.groups === 0;

  return (
    <aside className="legend" aria-label={t('legend.title')} data-testid="legend">
      <div className="legend-row">
        <span className="legend-title" title={t('legend.hint')}>
          {t('legend.title')}
        </span>
        <ul className="legend-types">
          {NODE_TYPES.map((type) => {
            const count = snapshot.typeCounts[type] ?? 0;
            const off = hidden.has(type);
            return (
              <li key={type}>
                <button
                  type="button"
                  className={`legend-item${off ? ' off' : ''}${count ? '' : ' absent'}`}
                  aria-pressed={!off}
                  onClick={() => toggle(type)}
                  data-testid="legend-type"
                  data-type={type}
                  title={off ? `${typeLabel(lang, type)} · ${t('legend.hidden')}` : t('legend.hint')}
                >
                  <TypeSwatch type={type} muted={off} />
                  <span className="legend-name">{typeLabel(lang, type)}</span>
                  {count > 0 && <span className="legend-count">{count}</span>}
                </button>
              </li>
            );
          })}
        </ul>
        {hidden.size > 0 && (
          <button type="button" className="link-btn" onClick={() => update((s) => ({ ...s, hidden: [] }))}>
            {t('legend.showAll')}
          </button>
        )}
      </div>
      {ties.length > 0 && (
        <div className="legend-row">
          <span className="legend-title">{t('legend.ties')}</span>
          <ul className="legend-ties">
            {ties.map(([type, count]) => {
              const s = relStyle(type);
              return (
                <li key={type} data-testid="legend-tie" data-type={type}>
                  <svg width="24" height="8" aria-hidden="true">
                    <line x1="1" y1="4" x2="23" y2="4" stroke={relColor(type, highContrast)} strokeWidth="2.2" strokeDasharray={s.line === 'dashed' ? '5 3' : s.line === 'dotted' ? '1.5 2.5' : undefined} strokeLinecap="round" />
                  </svg>
                  <span className="legend-name">{relLabel(lang, type)}</span>
                  <span className="legend-count">{count}</span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <div className="legend-status" data-testid="canvas-status">
        {!empty && <span>{t('canvas.counts', { nodes: snapshot.nodeCount, edges: snapshot.edgeCount })}</span>}
        {snapshot.highlighted.length > 0 && <span className="hl-count">{t('canvas.highlighted', { n: snapshot.highlighted.length })}</span>}
        {!empty && <span className="muted">{t('canvas.hint')}</span>}
      </div>
    </aside>
  );
}
