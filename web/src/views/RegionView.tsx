// Region: the side panel of the region page. The region is picked here (or comes from a region's details or the
// diaspora view); the page itself, with its chart, gaps and fragile brokers, is drawn in the main area (RegionPage).
import { useEffect, useState } from 'react';
import { useApp } from '../components/app-context.js';
import { NodePicker } from '../components/NodePicker.js';
import { RunButton } from '../components/ViewForm.js';

export function RegionView() {
  const { state, update, t } = useApp();
  const [draft, setDraft] = useState(state.region.id);
  useEffect(() => {
    setDraft(state.region.id);
  }, [state.region.id]);
  return (
    <div className="view" data-testid="view-region">
      <p className="view-help">{t('view.region.help')}</p>
      <div className="form">
        <NodePicker label={t('region.pick')} value={draft} onChange={setDraft} types={['Region']} testId="region-pick" />
        <RunButton onClick={() => update((s) => ({ ...s, region: { id: draft }, selected: null }))} disabled={!draft} testId="region-run">
          {t('region.run')}
        </RunButton>
      </div>
    </div>
  );
}
