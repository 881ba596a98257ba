// Keyboard movement through a suggestion list and what a suggestion shows: the name in the chosen language, the
// other-language name, and which alias or pinyin matched when that is not the name itself.
import type { Lang, SearchHit } from '../api/types.js';
import { displayName, otherName } from '../i18n/translate.js';

export type ListKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp';

/** The next active index for a key; -1 means nothing active. Wraps at both ends like native listboxes. */
export function moveActive(current: number, count: number, key: ListKey): number {
  if (count <= 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return current < 0 || current >= count - 1 ? 0 : current + 1;
    case 'ArrowUp':
      return current <= 0 ? count - 1 : current - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return Math.min(count - 1, Math.max(0, current) + 5);
    case 'PageUp':
      return Math.max(0, current - 5);
  }
}

export interface SuggestionView {
  id: string;
  primary: string;
  secondary: string | null;
  /** The alias or pinyin that matched, when it is not already shown. */
  matched: string | null;
}

export function suggestionView(hit: SearchHit, lang: Lang): SuggestionView {
  const primary = displayName(hit.node, lang);
  const secondary = otherName(hit.node, lang);
  const m = hit.matched?.trim() || null;
  const shown = [primary, secondary, hit.node.name].filter(Boolean).map((s) => s!.toLowerCase());
  return { id: hit.node.id, primary, secondary, matched: m && !shown.includes(m.toLowerCase()) ? m : null };
}

/** Text worth sending: trimmed, and not only punctuation. */
export function searchableText(text: string): string | null {
  const t = text.trim();
  return t && /[\p{L}\p{N}]/u.test(t) ? t.slice(0, 100) : null;
}
