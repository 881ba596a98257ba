// "Region page" in a region's details: opens the region page (its needs, gaps and fragile brokers) for that region.
import type { ApiNodeSummary } from '../core/api/types.js';
import { useApp } from './app-context.js';
import { Icon } from './Icon.js';

export function RegionPageLink({ node }: { node: ApiNodeSummary }) {
  const { state, update, t } = useApp();
  if (node.type !== 'Region' || (state.view === 'region' && state.region.id === node.id)) return null;
  return (
    <button type="button" className="btn btn-small" onClick={() => update((s) => ({ ...s, view: 'region', region: { id: node.id }, expanded: [] }))} data-testid="details-region-page">
      <Icon name="target" size={14} /> {t('region.open')}
    </button>
  );
}
