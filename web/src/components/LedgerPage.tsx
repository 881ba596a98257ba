// Hosts the ledger's full pages over the canvas: a project page or a broker's track record, whichever the link
// names (v=ledger&project=… or v=ledger&track=…). Escape or the close button goes back to the ledger and canvas.
import { useEffect } from 'react';
import { BrokerPage } from '../views/BrokerPage.js';
import { ProjectPage } from '../views/ProjectPage.js';
import { useApp } from './app-context.js';

export function LedgerPage() {
  const { state, update } = useApp();
  const { project, track } = state.ledger;
  const open = state.view === 'ledger' && Boolean(project || track);
  const close = () => update((s) => ({ ...s, ledger: { ...s.ledger, project: null, track: null } }));
  useEffect(() => {
    if (!open) return;
    // Focus moves into the page so keyboard users land on it; the heading is the first stop.
    document.querySelector<HTMLElement>('.ledger-page h2')?.setAttribute('tabindex', '-1');
    document.querySelector<HTMLElement>('.ledger-page h2')?.focus();
  }, [open, project, track]);
  if (!open) return null;
  return (
    <div
      className="ledger-overlay"
      data-testid="ledger-overlay"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !(e.target as HTMLElement).closest('[role=alertdialog]')) close();
      }}
    >
      {project ? <ProjectPage id={project} onClose={close} /> : track ? <BrokerPage id={track} onClose={close} /> : null}
    </div>
  );
}
