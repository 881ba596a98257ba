// The row of view tabs (WAI-ARIA tabs): a tablist of tab buttons, the chosen one in the Tab order, the arrows,
// Home and End moving between them (and choosing, so the panel follows). The panel is labelled by its tab.
import { useRef } from 'react';
import { nextTabIndex } from '../core/a11y/tabs.js';
import { useApp } from './app-context.js';
import { Icon, type IconName } from './Icon.js';

export const VIEW_PANEL_ID = 'view-panel';

export function viewTabId(view: string): string {
  return `view-tab-${view}`;
}

export function ViewTabs<V extends string>({ views, icons, current, onSwitch }: { views: readonly V[]; icons: Record<V, IconName>; current: V; onSwitch(view: V): void }) {
  const { t } = useApp();
  const row = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const next = nextTabIndex(views.indexOf(current), views.length, e.key);
    if (next === null) return;
    e.preventDefault();
    const view = views[next]!;
    onSwitch(view);
    row.current?.querySelector<HTMLButtonElement>(`#${viewTabId(view)}`)?.focus();
  };
  return (
    <div className="view-tabs" role="tablist" aria-label={t('a11y.tabs.label')} ref={row} onKeyDown={onKeyDown}>
      {views.map((v) => (
        <button
          key={v}
          type="button"
          role="tab"
          id={viewTabId(v)}
          aria-selected={current === v}
          aria-controls={VIEW_PANEL_ID}
          tabIndex={current === v ? 0 : -1}
          className={current === v ? 'on' : undefined}
          onClick={() => onSwitch(v)}
          data-testid={`tab-${v}`}
        >
          <Icon name={icons[v]} size={18} />
          <span>{t(`view.${v}` as Parameters<typeof t>[0])}</span>
        </button>
      ))}
    </div>
  );
}
