// The demand desk's main area, where the other views draw their canvas: the opened demand, the 48-hour record or
// the pool page, after the section chosen in the side panel (DeskView).
import { useApp } from '../components/app-context.js';
import { DemandPanel } from '../components/DemandPanel.js';
import { DeskStatsPanel } from '../components/DeskStatsPanel.js';
import { PoolPanel } from '../components/PoolPanel.js';
import { Empty } from '../components/StatusMessage.js';

export function DeskWorkspace() {
  const { state, t } = useApp();
  const desk = state.desk;
  return (
    <div className="desk-workspace" id="canvas" tabIndex={-1} data-testid="desk-workspace" data-section={desk.section}>
      {desk.section === 'queue' &&
        (desk.demand ? (
          <DemandPanel key={desk.demand} demandId={desk.demand} />
        ) : (
          <Empty testId="desk-pick">{t('desk.pickDemand')}</Empty>
        ))}
      {desk.section === 'stats' && <DeskStatsPanel />}
      {desk.section === 'pool' && <PoolPanel />}
    </div>
  );
}
