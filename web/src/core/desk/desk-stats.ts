// The 48-hour record as charts and tables read it: one row per month or county with posted, answered within 48 h,
// answered late and the share, in a stable order; and the figures (hours, shares) written for people.
import type { Lang } from '../api/types.js';
import { displayName, translator } from '../i18n/translate.js';
import type { DeskFigures, DeskStatsGroup } from './desk-types.js';

export interface StatsRow {
  key: string;
  label: string;
  posted: number;
  answered: number;
  inTime: number;
  late: number;
  /** Answered within 48 h as a percentage (0..100, one decimal), null when nothing could be judged yet. */
  share: number | null;
}

export function percent(share: number | null | undefined): number | null {
  return share === null || share === undefined || !Number.isFinite(share) ? null : Math.round(share * 1000) / 10;
}

/** "2025-03" as "2025年3月" or "Mar 2025"; anything else unchanged. */
export function monthLabel(key: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (!m) return key;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return key;
  // The locale writes the month ("3月", "Mar"); the message places it.
  const name = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(m[1]), month - 1, 1)));
  return translator(lang)('desk.month', { year: m[1]!, month: name });
}

function row(key: string, label: string, f: DeskFigures): StatsRow {
  return { key, label, posted: f.posted, answered: f.answered, inTime: f.answeredInTime, late: f.answeredLate, share: percent(f.inTimeShare) };
}

/** Months in calendar order. */
export function monthRows(groups: readonly DeskStatsGroup[], lang: Lang): StatsRow[] {
  return [...groups].sort((a, b) => a.key.localeCompare(b.key)).map((g) => row(g.key, monthLabel(g.key, lang), g.figures));
}

/** Counties (or pools) as the server orders them (most demands first), "none" last under the given label. */
export function placeRows(groups: readonly DeskStatsGroup[], lang: Lang, noneLabel: string): StatsRow[] {
  const named = groups.filter((g) => g.node);
  const rest = groups.filter((g) => !g.node);
  return [...named.map((g) => row(g.key, displayName(g.node!, lang), g.figures)), ...rest.map((g) => row(g.key, g.key === 'none' ? noneLabel : g.key, g.figures))];
}

/** Hours with one decimal under 10 and whole hours above ("7.5 h", "31 h"; zh "7.5 小时"). */
export function formatHours(hours: number | null | undefined, lang: Lang): string | null {
  if (hours === null || hours === undefined || !Number.isFinite(hours)) return null;
  const n = hours < 10 ? Math.round(hours * 10) / 10 : Math.round(hours);
  return translator(lang)('desk.hours', { n });
}

export function formatPercent(share: number | null | undefined): string | null {
  const p = percent(share);
  return p === null ? null : `${p}%`;
}
