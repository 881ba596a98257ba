// The search text → Lucene query step, as pure functions: whatever the user types, the query holds only words
// (no Lucene syntax of theirs), Latin words become prefix clauses, CJK runs phrases, and the matched name is found.
import { describe, expect, it } from 'vitest';
import { MAX_WORDS, luceneQuery, matchedName, searchWords } from '../../server/explore/search-query.js';

describe('searchWords', () => {
  it('cuts text into lower-case words and CJK runs, dropping syntax characters', () => {
    expect(searchWords('Hangzhou "Wuxing" 五星铝业 AND name:x')).toEqual([
      { text: 'hangzhou', cjk: false },
      { text: 'wuxing', cjk: false },
      { text: '五星铝业', cjk: true },
      { text: 'and', cjk: false },
      { text: 'name', cjk: false },
      { text: 'x', cjk: false },
    ]);
    expect(searchWords('五星Aluminium')).toEqual([
      { text: '五星', cjk: true },
      { text: 'aluminium', cjk: false },
    ]);
  });

  it('folds full-width letters, keeps in-word apostrophes, drops empty input and caps the word count', () => {
    expect(searchWords('ＱＩＮＧＴＩＡＮ')).toEqual([{ text: 'qingtian', cjk: false }]);
    expect(searchWords("O'Brien")).toEqual([{ text: "o'brien", cjk: false }]);
    expect(searchWords('!!! () // ::')).toEqual([]);
    expect(searchWords(Array.from({ length: 50 }, (_, i) => `w${i}`).join(' '))).toHaveLength(MAX_WORDS);
  });
});

describe('luceneQuery', () => {
  it('requires every word, or any, with Latin prefixes and CJK phrases', () => {
    const words = searchWords('qingt 青田');
    expect(luceneQuery(words, 'all')).toBe('(qingt^3 OR qingt*) AND "青田"');
    expect(luceneQuery(words, 'any')).toBe('(qingt^3 OR qingt*) OR "青田"');
    expect(luceneQuery(searchWords('天'), 'all')).toBe('天*');
    expect(luceneQuery(searchWords('a'), 'all')).toBe('a');
    expect(luceneQuery([], 'all')).toBeNull();
  });

  it('never lets user syntax through: only our own operators, quotes and wildcards remain', () => {
    const hostile = ['") OR name:* //', '\\"; DROP', 'a && b || !c', '[1 TO 9] {x TO y}', 'x~2^9', '/re/ ? *', 'AND OR NOT'];
    const word = "[\\p{L}\\p{N}_'.]+";
    const clause = `(?:\\(${word}\\^3 OR ${word}\\*\\)|"${word}"|${word}\\*?)`;
    const grammar = new RegExp(`^${clause}(?: AND ${clause})*$`, 'u');
    for (const text of hostile) {
      const q = luceneQuery(searchWords(text), 'all');
      expect(q, text).toMatch(grammar);
      // The user's own AND/OR/NOT are words now, lower-cased.
      expect(q!.replace(/ AND |\^3 OR /g, ' '), text).not.toMatch(/\b(AND|OR|NOT)\b/);
    }
  });
});

describe('matchedName', () => {
  const props = { name: '杭州五星铝业有限公司', nameEn: 'Hangzhou Wuxing Aluminium', aliases: ['Five Star Aluminium'], pinyin: 'hang zhou wu xing hangzhou wuxing hangzhouwuxing' };

  it('names the field that matched: a name first, then an alias, then pinyin', () => {
    expect(matchedName(props, searchWords('五星'))).toEqual({ matched: '杭州五星铝业有限公司', field: 'name' });
    expect(matchedName(props, searchWords('hangzhou alum'))).toEqual({ matched: 'Hangzhou Wuxing Aluminium', field: 'nameEn' });
    expect(matchedName(props, searchWords('five star'))).toEqual({ matched: 'Five Star Aluminium', field: 'alias' });
    expect(matchedName({ name: '青田县', pinyin: 'qing tian xian qingtian tianxian qingtianxian' }, searchWords('qingt'))).toEqual({
      matched: 'qingtianxian',
      field: 'pinyin',
    });
    expect(matchedName(props, searchWords('nothing'))).toBeNull();
  });
});
