// The app's layout: header on top; tools and views on the left; the canvas in the middle; the details drawer on
// the right; notices at the bottom. Also keeps the canvas selection in step with the URL.
import { Component, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import type { ViewName } from '../core/url/url-state.js';
import { VIEWS } from '../core/url/url-state.js';
import { BridgesView } from '../views/BridgesView.js';
import { BrokersView } from '../views/BrokersView.js';
import { LedgerView } from '../views/LedgerView.js';
import { DeskView } from '../views/DeskView.js';
import { DeskWorkspace } from '../views/DeskWorkspace.js';
import { DiasporaView } from '../views/DiasporaView.js';
import { ExploreView } from '../views/ExploreView.js';
import { ImportView } from '../views/ImportView.js';
import { PathsView } from '../views/PathsView.js';
import { RecommendView } from '../views/RecommendView.js';
import { RegionView } from '../views/RegionView.js';
import { AppProvider, useApp } from './app-context.js';
import { CanvasPane } from './CanvasPane.js';
import { DetailsDrawer } from './DetailsDrawer.js';
import { DisplaySettingsProvider } from './display-settings.js';
import { ExpansionProvider } from './expansion-context.js';
import { Header } from './Header.js';
import { Icon, type IconName } from './Icon.js';
import { ImportWorkspace } from './ImportWorkspace.js';
import { LedgerPage } from './LedgerPage.js';
import { PaneStatusContext, type PaneStatus } from './use-view-content.js';
import { RegionPage } from './RegionPage.js';
import { VIEW_PANEL_ID, ViewTabs, viewTabId } from './ViewTabs.js';
import { translator } from '../core/i18n/translate.js';

/** Each view's tab icon and the component of its panel. */
const VIEW_PARTS: Record<ViewName, { icon: IconName; View: ComponentType }> = {
  explore: { icon: 'explore', View: ExploreView },
  bridges: { icon: 'bridge', View: BridgesView },
  paths: { icon: 'path', View: PathsView },
  diaspora: { icon: 'diaspora', View: DiasporaView },
  recommend: { icon: 'recommend', View: RecommendView },
  brokers: { icon: 'brokers', View: BrokersView },
  region: { icon: 'target', View: RegionView },
  ledger: { icon: 'ledger', View: LedgerView },
  desk: { icon: 'desk', View: DeskView },
  import: { icon: 'download', View: ImportView },
};

const VIEW_ICONS = Object.fromEntries(Object.entries(VIEW_PARTS).map(([v, p]) => [v, p.icon])) as Record<ViewName, IconName>;

function ActiveView({ view }: { view: ViewName }) {
  const { View } = VIEW_PARTS[view];
  return <View />;
}

function Notices() {
  const { notices, dismiss, t } = useApp();
  return (
    <div className="notices" aria-live="polite" data-testid="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
          <span>{n.text}</span>
          <button type="button" className="icon-btn" onClick={() => dismiss(n.id)} aria-label={t('common.close')}>
            <Icon name="close" size={13} />
          </button>
        </div>
      ))}
    </div>
  );
}

function Shell() {
  const { state, t, switchView, canvas, snapshot, me } = useApp();
  // Importing is for admins: nobody else gets its tab (a link to it shows a note, and the API refuses them).
  const views = me?.canChange ? VIEWS : VIEWS.filter((v) => v !== 'import' || state.view === 'import');
  const [pane, setPane] = useState<PaneStatus>({ emptyText: null, loading: false });

  // The URL's selection shows on the canvas once the node is drawn.
  useEffect(() => {
    canvas.select(state.selected && canvas.hasNode(state.selected) ? state.selected : null);
  }, [canvas, state.selected, snapshot.nodeCount]);

  return (
    <PaneStatusContext.Provider value={setPane}>
      <div className={`app${state.selected ? ' with-drawer' : ''}`} data-testid="app" data-view={state.view} data-lang={state.lang}>
        <Header />
        <nav className="sidebar" aria-label={t('app.title')}>
          <ViewTabs views={views} icons={VIEW_ICONS} current={state.view} onSwitch={switchView} />
          <div className="view-panel" role="tabpanel" id={VIEW_PANEL_ID} aria-labelledby={viewTabId(state.view)}>
            <h2 className="view-title">{t(`view.${state.view}`)}</h2>
            <ActiveView view={state.view} />
          </div>
        </nav>
        <main className="main">
          <LedgerPage />
          {state.view === 'desk' ? <DeskWorkspace /> : state.view === 'import' ? <ImportWorkspace /> : state.view === 'region' ? <RegionPage /> : <CanvasPane emptyText={pane.emptyText} loading={pane.loading} />}
        </main>
        <DetailsDrawer />
        <Notices />
      </div>
    </PaneStatusContext.Provider>
  );
}

/** A defect in a component shows a message in words instead of a blank page. */
class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (!this.state.error) return this.props.children;
    const lang = document.documentElement.lang === 'en' ? 'en' : 'zh';
    const t = translator(lang);
    return (
      <div className="fatal" role="alert" data-testid="fatal">
        <h1>{t('error.title')}</h1>
        <p>{t('error.render')}</p>
        <pre>{this.state.error.message}</pre>
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          {t('state.retry')}
        </button>
      </div>
    );
  }
}

export function App() {
  return (
    <ErrorBoundary>
      <AppProvider>
        <DisplaySettingsProvider>
          <ExpansionProvider>
            <Shell />
          </ExpansionProvider>
        </DisplaySettingsProvider>
      </AppProvider>
    </ErrorBoundary>
  );
}
