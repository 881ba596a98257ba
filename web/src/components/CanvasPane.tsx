// The centre of the app: the Cytoscape canvas (owned by the canvas controller, mounted here), its toolbar
// (layout, fit, export, share), the legend, the counts, and the empty state. Nothing here touches Cytoscape itself.
import { useEffect, useRef, useState } from 'react';
import { exportFileName, subgraphExport } from '../core/export/subgraph-json.js';
import { LAYOUTS, type LayoutName } from '../core/url/url-state.js';
import { useApp } from './app-context.js';
import { useExpansion } from './expansion-context.js';
import { Icon } from './Icon.js';
import { Legend } from './Legend.js';

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

export function CanvasPane({ emptyText, loading }: { emptyText: string | null; loading: boolean }) {
  const { canvas, t, state, update, snapshot, notify } = useApp();
  const { busy } = useExpansion();
  const host = useRef<HTMLDivElement>(null);
  const firstLayout = useRef(true);
  const [copied, setCopied] = useState(false);

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
      <div className="canvas-host" ref={host} data-testid="canvas" tabIndex={0} aria-label={t('canvas.label')} id="canvas" />
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
