// Turns message keys, node names, property names and values into words in the chosen language. Anything the
// tables do not know falls back to something readable (the raw name), never to an empty string.
import type { ApiNode, Lang } from '../api/types.js';
import { en, zh, type MessageKey } from './messages.js';

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(lang: Lang): Translate {
  const table: Record<MessageKey, string> = lang === 'en' ? en : zh;
  return (key, params) => fill(table[key] ?? key, params);
}

export function isMessageKey(key: string): key is MessageKey {
  return key in zh;
}

/** The message under `key` when there is one (keys built from data may name nothing), else `fallback`. */
export function labelOr(lang: Lang, key: string, fallback: string): string {
  return isMessageKey(key) ? translator(lang)(key) : fallback;
}

/** A label for a node type, role label or relationship type; unknown ones are shown as they are. */
export function typeLabel(lang: Lang, type: string): string {
  return labelOr(lang, `type.${type}`, type);
}
export function roleLabel(lang: Lang, role: string): string {
  return labelOr(lang, `role.${role}`, role);
}
export function relLabel(lang: Lang, type: string): string {
  return labelOr(lang, `rel.${type}`, type.toLowerCase().replace(/_/g, ' '));
}

/** The node's name in the chosen language, falling back to the other language and then to `name`. */
export function displayName(node: Pick<ApiNode, 'name' | 'nameZh' | 'nameEn'>, lang: Lang): string {
  return (lang === 'en' ? node.nameEn ?? node.nameZh : node.nameZh ?? node.nameEn) ?? node.name;
}

/** The name in the other language, when it differs, for a secondary line. */
export function otherName(node: Pick<ApiNode, 'name' | 'nameZh' | 'nameEn'>, lang: Lang): string | null {
  const other = lang === 'en' ? node.nameZh : node.nameEn;
  return other && other !== displayName(node, lang) ? other : null;
}

export function propLabel(lang: Lang, prop: string): string {
  return labelOr(lang, `prop.${prop}`, prop);
}

/** Enumerated values of the model (kinds, levels, states) in words. */
export function valueLabel(lang: Lang, prop: string, value: string): string {
  if (!['kind', 'level', 'escrowState', 'status'].includes(prop)) return value;
  return labelOr(lang, `value.${value}`, value);
}

/** Dates come as ISO strings ("2023-05-01", "2024-01-02T03:04:05Z"); shown as the locale writes them. */
export function formatDate(value: string, lang: Lang, withTime = false): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const d = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(d.getTime())) return value;
  const locale = lang === 'en' ? 'en-GB' : 'zh-CN';
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', timeZone: dateOnly ? 'UTC' : undefined };
  if (withTime && !dateOnly) {
    opts.hour = '2-digit';
    opts.minute = '2-digit';
  }
  return new Intl.DateTimeFormat(locale, opts).format(d);
}

export function formatNumber(value: number, lang: Lang, digits?: number): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'zh-CN', digits === undefined ? {} : { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

/** Scores in [0,1] as a percentage-like figure users read at a glance ("87"). */
export function formatScore(score: number): string {
  const clipped = Math.max(0, Math.min(1, Number.isFinite(score) ? score : 0));
  return String(Math.round(clipped * 100));
}

/** A list in the language's way: "a、b、c" or "a, b, c". */
export function joinList(items: readonly string[], lang: Lang): string {
  return items.join(translator(lang)('common.listSeparator'));
}
