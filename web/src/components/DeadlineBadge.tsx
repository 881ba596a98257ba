// A demand's state and its 48-hour clock as badges: words first (due in…, overdue by…, answered within 48 h,
// answered late), colour only as an extra. The clock is computed from "now", so it moves as the caller ticks.
import { deadline, formatDuration, type DeadlineInput } from '../core/desk/countdown.js';
import { deadlineTone, STATUS_TONES, type DemandStatus } from '../core/desk/status.js';
import type { MessageKey } from '../core/i18n/messages.js';
import { useApp } from './app-context.js';

export function StatusBadge({ status }: { status: DemandStatus }) {
  const { t } = useApp();
  return (
    <span className={`badge desk-badge tone-${STATUS_TONES[status]}`} data-testid="desk-status" data-status={status}>
      {t(`desk.status.${status}` as MessageKey)}
    </span>
  );
}

export function ClockBadge({ demand, now }: { demand: DeadlineInput; now: number }) {
  const { t, lang } = useApp();
  const dl = deadline(demand, now);
  if (dl.kind === 'none') return null;
  const time = formatDuration(dl.ms, lang);
  const text = dl.kind === 'due' ? t('desk.clock.due', { time }) : dl.kind === 'overdue' ? t('desk.clock.overdue', { time }) : dl.kind === 'late' ? t('desk.clock.late', { time }) : t('desk.clock.onTime');
  return (
    <span className={`badge desk-badge tone-${deadlineTone(dl)}`} data-testid="desk-clock" data-deadline={dl.kind}>
      {dl.kind === 'overdue' || dl.kind === 'late' ? <span aria-hidden="true">⚠ </span> : null}
      {text}
    </span>
  );
}
