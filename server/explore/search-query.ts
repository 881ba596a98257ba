// Turns what a user typed into a safe Lucene query for the `entity_search` full-text index, and says which of a
// hit's names matched. The user's text never reaches Lucene as syntax: it is cut into words made only of letters,
// digits and a few in-word marks, so quotes, colons, slashes, brackets, wildcards and AND/OR/NOT lose any meaning.
// Latin words also match as prefixes ("qingt" finds Qingtian); Chinese (and other CJK) runs match as phrases of
// the analyzer's bigrams ("天目山" finds 天目山实验室), a single character as a bigram prefix.

/** At most this many words are used; Lucene would refuse a query with too many clauses anyway. */
export const MAX_WORDS = 12;
const MAX_WORD_LENGTH = 40;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_RUNS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

export interface SearchWord {
  text: string;
  cjk: boolean;
}

/** The words of a search text, lower-cased and deduplicated, in order. */
export function searchWords(text: string): SearchWord[] {
  const words: SearchWord[] = [];
  const seen = new Set<string>();
  // NFKC folds full-width letters and digits (ｑｉｎｇ, ２０２３) to their plain forms.
  for (const chunk of text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}_'.]+/gu) ?? []) {
    for (const run of chunk.match(CJK_RUNS) ?? []) {
      const word = run.replace(/^[_'.]+|[_'.]+$/g, '').slice(0, MAX_WORD_LENGTH);
      if (!word || seen.has(word)) continue;
      seen.add(word);
      words.push({ text: word, cjk: CJK.test(word) });
      if (words.length >= MAX_WORDS) return words;
    }
  }
  return words;
}

/** One word as a Lucene clause. Words hold no Lucene syntax characters (see searchWords). */
function clause(w: SearchWord): string {
  if (w.cjk) return [...w.text].length === 1 ? `${w.text}*` : `"${w.text}"`;
  // A one-letter prefix would match half the index; match it exactly only.
  if ([...w.text].length < 2) return w.text;
  return `(${w.text}^3 OR ${w.text}*)`;
}

/** All words required (`all`) or any word enough (`any`); null when there is no word to search for. */
export function luceneQuery(words: readonly SearchWord[], mode: 'all' | 'any'): string | null {
  if (!words.length) return null;
  return words.map(clause).join(mode === 'all' ? ' AND ' : ' OR ');
}

const FIELDS = [
  ['name', 'name'],
  ['nameZh', 'nameZh'],
  ['nameEn', 'nameEn'],
] as const;

/** How many of the words a value matches: CJK words as substrings, Latin words as prefixes of its words. */
function matches(value: string, words: readonly SearchWord[]): number {
  const lower = value.normalize('NFKC').toLowerCase();
  const tokens = lower.match(/[\p{L}\p{N}_'.]+/gu) ?? [];
  const latin = tokens.flatMap((t) => t.split(/[_'.]+/).concat(t));
  return words.filter((w) => (w.cjk ? lower.includes(w.text) : latin.some((t) => t.startsWith(w.text)))).length;
}

/**
 * The name, alias or pinyin of a node that the words match best, and which field it is. Names win ties over
 * aliases, aliases over pinyin; for pinyin the matching syllables are given.
 */
export function matchedName(props: Record<string, unknown>, words: readonly SearchWord[]): { matched: string; field: string } | null {
  let best: { matched: string; field: string; n: number } | null = null;
  const consider = (value: unknown, field: string) => {
    if (typeof value !== 'string' || value === '') return;
    const n = matches(value, words);
    if (n > 0 && (!best || n > best.n)) best = { matched: value, field, n };
  };
  for (const [key, field] of FIELDS) consider(props[key], field);
  if (Array.isArray(props.aliases)) for (const a of props.aliases) consider(a, 'alias');
  if (typeof props.pinyin === 'string') {
    const syllables = props.pinyin.split(' ').filter((s) => words.some((w) => !w.cjk && s.startsWith(w.text)));
    // Prefer the longest pinyin token per word: "qingtian" over "qing".
    const longest = words
      .filter((w) => !w.cjk)
      .map((w) => syllables.filter((s) => s.startsWith(w.text)).sort((a, b) => b.length - a.length)[0])
      .filter((s): s is string => !!s);
    if (longest.length) consider([...new Set(longest)].join(' '), 'pinyin');
  }
  const found = best as { matched: string; field: string } | null;
  return found ? { matched: found.matched, field: found.field } : null;
}
