// The centre of the app: the Cytoscape canvas (owned by the canvas controller, mounted here), its toolbar
// (layout, fit, export, share), the legend, the counts, and the empty state. Nothing here touches Cytoscape itself.
// The canvas is one focusable "graph" (role application: the arrows are its own); the node the keyboard is on is
// announced in a live region. Beside it, on a toggle, the same content as tables; and the high-contrast toggle.
import { useEffect, useId, useRef, useState } from 'react';
import type { FocusInfo } from '../core/canvas/canvas-controller.js';
import { exportFileName, subgraphExport } from '../core/export/subgraph-json.js';
import { displayName, typeLabel, type Translate } from '../core/i18n/translate.js';
import type { Lang } from '../core/api/types.js';
import { LAYOUTS, type LayoutName } from '../core/url/url-state.js';
import { useApp } from './app-context.js';
import { CanvasTable } from './CanvasTable.js';
import { useDisplaySettings } from './display-settings.js';
import { useExpansion } from './expansion-context.js';
import { Icon } from './Icon.js';
import { Legend } from './Legend.js';
import { TimeSlider } from './TimeSlider.js';

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What the live region says about the node the keyboard is on. */
function focusText(info: FocusInfo, lang: Lang, t: Translate): string {
  const params = { name: displayName(info.node, lang), type: typeLabel(lang, info.node.type), degree: info.degree };
  return info.highlighted ? t('a11y.canvas.focusedInResult', params) : t('a11y.canvas.focused', params);
}

export function CanvasPane({ emptyText, loading }: { emptyText: string | null; loading: boolean }) {
  const { canvas, t, lang, state, update, snapshot, notify } = useApp();
  const { busy } = useExpansion();
  const { highContrast, toggleContrast } = useDisplaySettings();
  const host = useRef<HTMLDivElement>(null);
  const firstLayout = useRef(true);
  const [copied, setCopied] = useState(false);
  const [focused, setFocused] = useState<FocusInfo | null>(null);
  const keysId = useId();

  useEffect(() => {
    canvas.setCallbacks({ onFocus: setFocused });
    return () => canvas.setCallbacks({ onFocus: undefined });
  }, [canvas]);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    canvas.mount(el);
    const ro = new ResizeObserver(() => canvas.resize());
    ro.observe(el);
    return () => {
      ro.disconnect();
      canvas.unmount();
    };
  }, [canvas]);

  useEffect(() => {
    canvas.setHiddenTypes(state.hidden);
  }, [canvas, state.hidden]);

  useEffect(() => {
    if (firstLayout.current) {
      firstLayout.current = false;
      return;
    }
    void canvas.setLayout(state.layout);
  }, [canvas, state.layout]);

  const exportPng = async () => {
    try {
      download(await canvas.png(), exportFileName(state.view, 'png'));
    } catch (e) {
      notify((e as Error).message, 'error');
    }
  };
  const exportJson = () => {
    const { nodes, relationships } = canvas.subgraph();
    const body = subgraphExport(nodes, relationships, window.location.href);
    download(new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' }), exportFileName(state.view, 'json'));
  };
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
      notify(t('canvas.linkCopied'));
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      // Clipboard refused (no permission, insecure origin): show the link so it can be copied by hand.
      window.prompt(t('canvas.copyLink'), window.location.href);
    }
  };
  const empty = snapshot.nodeCount === 0 && snapshot.groups === 0;

  return (
    <section className="canvas-pane" aria-label={t('canvas.label')}>
      <div className="canvas-toolbar" role="toolbar" aria-label={t('canvas.label')}>
        <label className="toolbar-select">
          <Icon name="layout" />
          <span className="sr-only">{t('layout.label')}</span>
          <select value={state.layout} onChange={(e) => update((s) => ({ ...s, layout: e.target.value as LayoutName }))} data-testid="layout-select" aria-label={t('layout.label')}>
            {LAYOUTS.map((l) => (
              <option key={l} value={l}>
                {t(`layout.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="tool" onClick={() => canvas.fit()} title={t('canvas.fit')} disabled={empty}>
          <Icon name="fit" />
          <span>{t('canvas.fit')}</span>
        </button>
        <button type="button" className="tool" onClick={() => void canvas.runLayout(false)} title={t('canvas.relayout')} disabled={empty}>
          <Icon name="refresh" />
        </button>
        {snapshot.highlighted.length > 0 && (
          <button type="button" className="tool" onClick={() => canvas.highlight(null)} data-testid="clear-highlight">
            <Icon name="eraser" />
            <span>{t('canvas.clearHighlight')}</span>
          </button>
        )}
        <span className="toolbar-gap" />
        <button
          type="button"
          className={`tool toggle${state.table ? ' on' : ''}`}
          onClick={() => update((s) => ({ ...s, table: !s.table }))}
          aria-pressed={state.table}
          title={t('a11y.table.title')}
          data-testid="table-toggle"
        >
          <Icon name="list" />
          <span>{t('a11y.table.toggle')}</span>
        </button>
        <button type="button" className={`tool toggle${highContrast ? ' on' : ''}`} onClick={toggleContrast} aria-pressed={highContrast} title={t('a11y.contrast.title')} data-testid="contrast-toggle">
          <Icon name="contrast" />
          <span>{t('a11y.contrast.toggle')}</span>
        </button>
        <button type="button" className="tool" onClick={() => void exportPng()} disabled={empty} data-testid="export-png">
          <Icon name="image" />
          <span>{t('canvas.exportPng')}</span>
        </button>
        <button type="button" className="tool" onClick={exportJson} disabled={empty} data-testid="export-json">
          <Icon name="download" />
          <span>{t('canvas.exportJson')}</span>
        </button>
        <button type="button" className="tool" onClick={() => void copyLink()} data-testid="copy-link">
          <Icon name="link" />
          <span>{copied ? t('canvas.linkCopied') : t('canvas.copyLink')}</span>
        </button>
      </div>
      <TimeSlider />
      <div
        className="canvas-host"
        ref={host}
        data-testid="canvas"
        tabIndex={0}
        role="application"
        aria-roledescription={t('a11y.canvas.role')}
        aria-label={t('canvas.label')}
        aria-describedby={keysId}
        id="canvas"
      />
      <p className="canvas-keys" id={keysId}>
        {t('a11y.canvas.keys')}
      </p>
      <div className="canvas-announce" role="status" aria-atomic="true" data-testid="canvas-announcer" data-id={focused?.id ?? ''}>
        {focused ? focusText(focused, lang, t) : ''}
      </div>
      {state.table && <CanvasTable />}
      <Legend />
      {empty && emptyText && !loading && (
        <div className="canvas-empty" data-testid="canvas-empty">
          <Icon name="explore" size={40} />
          <p>{emptyText}</p>
        </div>
      )}
      {(loading || busy) && (
        <div className="canvas-busy" role="status" data-testid="canvas-busy">
          <span className="spinner" aria-hidden="true" />
          {busy ? t('expand.loading') : t('state.loading')}
        </div>
      )}
    </section>
  );
}
