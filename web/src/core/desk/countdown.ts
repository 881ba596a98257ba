// The 48-hour clock of a demand as the desk shows it: time left while it is open, time late once it is past due,
// and, after the answer, whether it was answered on time or late. Pure: the caller passes "now", so the queue can
// tick every second or minute without asking the server again.
import type { Lang } from '../api/types.js';
import { translator } from '../i18n/translate.js';

export type DeadlineKind = 'due' | 'overdue' | 'onTime' | 'late' | 'none';

export interface DeadlineInput {
  status: string;
  responseDue: string | null;
  answeredAt?: string | null;
}

export interface Deadline {
  kind: DeadlineKind;
  /** Milliseconds left (due), past due (overdue, late) or to spare (onTime); 0 for none. Never negative. */
  ms: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function time(value: string | null | undefined): number | null {
  if (!value) return null;
  const t = new Date(value).getTime();
  return Number.isNaN(t) ? null : t;
}

/**
 * Where a demand stands against its due time. An open demand is due or overdue; an answered one (answered, accepted,
 * declined, or withdrawn after an answer) was on time or late; a demand withdrawn unanswered, or one without a due
 * time, has no clock.
 */
export function deadline(d: DeadlineInput, now: Date | number): Deadline {
  const due = time(d.responseDue);
  if (due === null) return { kind: 'none', ms: 0 };
  const answered = time(d.answeredAt);
  if (answered !== null) return answered <= due ? { kind: 'onTime', ms: due - answered } : { kind: 'late', ms: answered - due };
  if (d.status !== 'open') return { kind: 'none', ms: 0 };
  const at = typeof now === 'number' ? now : now.getTime();
  return at < due ? { kind: 'due', ms: due - at } : { kind: 'overdue', ms: at - due };
}

/**
 * A duration in words, two units at most: "2 d 3 h", "5 h 07 min", "12 min 04 s" (zh: "2天3小时", "5小时07分",
 * "12分04秒"). Seconds show only under an hour, where they matter.
 */
export function formatDuration(ms: number, lang: Lang): string {
  const total = Math.max(0, Math.floor(ms / SECOND)) * SECOND;
  const d = Math.floor(total / DAY);
  const h = Math.floor((total % DAY) / HOUR);
  const m = Math.floor((total % HOUR) / MINUTE);
  const s = Math.floor((total % MINUTE) / SECOND);
  const pad = (n: number) => String(n).padStart(2, '0');
  const t = translator(lang);
  if (d > 0) return t('duration.daysHours', { d, h });
  if (h > 0) return t('duration.hoursMinutes', { h, m: pad(m) });
  return t('duration.minutesSeconds', { m, s: pad(s) });
}

/** Whole hours, for figures such as "answered after 30 h". */
export function wholeHours(ms: number): number {
  return Math.floor(Math.max(0, ms) / HOUR);
}

/**
 * How often a list of clocks must tick: every second while some open demand is within the hour where seconds show,
 * else every minute; null when nothing in the list is running.
 */
export function tickInterval(items: readonly DeadlineInput[], now: Date | number): number | null {
  let running = false;
  for (const item of items) {
    const dl = deadline(item, now);
    if (dl.kind !== 'due' && dl.kind !== 'overdue') continue;
    if (dl.ms < HOUR) return SECOND;
    running = true;
  }
  return running ? MINUTE : null;
}

/** Hours between posting and answering, for a demand that was answered. */
export function hoursToAnswer(postedAt: string | null, answeredAt: string | null): number | null {
  const p = time(postedAt);
  const a = time(answeredAt);
  return p === null || a === null ? null : Math.max(0, a - p) / HOUR;
}
