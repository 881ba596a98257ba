// How ranked answers (bridges, recommendations, brokers) read: reasons in the chosen language, score parts in
// words, and the due time of a posted demand.
import type { Lang, Reason, ScorePart } from '../api/types.js';
import { isMessageKey, translator } from '../i18n/translate.js';

/** Reasons in the chosen language from the bilingual details; the plain list when there are no details. */
export function reasonsIn(lang: Lang, details: readonly Reason[] | undefined, plain: readonly string[]): string[] {
  if (details && details.length) return details.map((r) => (lang === 'en' ? r.en : r.zh) || r.code);
  return [...plain];
}

function normaliseCode(code: string): string {
  // Accept snake_case and SCREAMING_CASE codes as well as camelCase.
  const parts = code.toLowerCase().split(/[_\s-]+/);
  return parts.map((p, i) => (i === 0 ? p : p.charAt(0).toUpperCase() + p.slice(1))).join('');
}

export function partLabel(lang: Lang, code: string): string {
  const key = [`part.${code}`, `part.${normaliseCode(code)}`].find(isMessageKey);
  if (key) return translator(lang)(key);
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Score parts by contribution (weight x value), largest first, each as a share of the whole in [0,1]. */
export function partContributions(parts: readonly ScorePart[]): { code: string; value: number; weight: number; contribution: number }[] {
  return parts
    .map((p) => ({ ...p, contribution: Math.max(0, p.weight * p.value) }))
    .sort((a, b) => b.contribution - a.contribution);
}

/** Hours left until `due` (rounded down, never negative) and whether it has passed. */
export function timeLeft(due: string, now = new Date()): { hours: number; overdue: boolean } {
  const ms = new Date(due).getTime() - now.getTime();
  if (Number.isNaN(ms)) return { hours: 0, overdue: false };
  return { hours: Math.max(0, Math.floor(ms / 3_600_000)), overdue: ms < 0 };
}
