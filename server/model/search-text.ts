// Derived search fields, computed wherever a node is written (import, demo, generator, mutations) so that the
// full-text index finds a Chinese name by two characters and by pinyin. The `cjk` analyzer indexes Chinese as
// bigrams; pinyin is stored as syllables plus joined adjacent pairs and the whole name run together, so "wuxing",
// "qingtian" and "hangzhouwuxing" all match a single token.
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Pinyin tokens for every Chinese run in `text`; empty when there is none. */
export function pinyinText(text: string | undefined | null): string {
  if (!text || !hasHan(text)) return '';
  const tokens = new Set<string>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const syllables = pinyin(run, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase());
    syllables.forEach((s) => tokens.add(s));
    for (let i = 0; i + 1 < syllables.length; i++) tokens.add(syllables[i]! + syllables[i + 1]!);
    for (let i = 0; i + 2 < syllables.length; i++) tokens.add(syllables[i]! + syllables[i + 1]! + syllables[i + 2]!);
    if (syllables.length > 3) tokens.add(syllables.join(''));
  }
  return [...tokens].join(' ');
}

export interface NamedProps {
  name?: unknown;
  nameZh?: unknown;
  nameEn?: unknown;
  aliases?: unknown;
}

/** The derived `pinyin` and `aliasText` properties for a node's names. */
export function searchFields(props: NamedProps): { pinyin: string; aliasText: string } {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const aliases = Array.isArray(props.aliases) ? props.aliases.filter((a): a is string => typeof a === 'string') : [];
  // name and nameZh are often the same text: convert each distinct one once.
  const sources = [...new Set([str(props.name), str(props.nameZh), ...aliases])];
  const py = [...new Set(sources.map(pinyinText).join(' ').split(' ').filter(Boolean))].join(' ');
  return { pinyin: py, aliasText: aliases.join(' ; ') };
}
