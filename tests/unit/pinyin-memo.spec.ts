// The masking set's pinyin memo (server/auth/pinyin-memo.ts): bounded, and its answers are the conversion's.
import { describe, expect, it } from 'vitest';
import { PINYIN_MEMO_MAX_NAMES, PinyinMemo, pinyinOfName } from '../../server/auth/pinyin-memo.js';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平';

/** n distinct two-character names, in a fixed order. */
function names(n: number, offset = 0): string[] {
  return Array.from({ length: n }, (_, k) => {
    const i = k + offset;
    return `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}${i >= 400 ? GIVEN[Math.floor(i / 400) % GIVEN.length] : ''}`;
  });
}

/** One reload as masking.ts runs it: every name asked for (some twice), then kept. */
function reload(memo: PinyinMemo, list: readonly string[]): Map<string, string[]> {
  const r = memo.reload();
  const answers = new Map(list.map((n) => [n, r.forms(n)]));
  for (const n of list.slice(0, 5)) expect(r.forms(n)).toBe(answers.get(n));
  memo.keep(r);
  return answers;
}

describe('pinyin of a name', () => {
  it('gives each Chinese run of two or more characters run together and spaced, ü as v', () => {
    expect(pinyinOfName('王静')).toEqual(['wangjing', 'wang jing']);
    expect(pinyinOfName('吕明 and 陈')).toEqual(['lvming', 'lv ming']);
    expect(pinyinOfName('Li Ming')).toEqual([]);
  });
});

describe('the pinyin memo', () => {
  it('answers what the conversion answers, and stays within its bound however many names it sees', () => {
    let conversions = 0;
    const memo = new PinyinMemo(50, (n) => {
      conversions += 1;
      return pinyinOfName(n);
    });
    const lists = [names(120), names(120), names(30, 100), names(200, 7), names(120)];
    for (const list of lists) {
      const answers = reload(memo, list);
      for (const n of list) expect(answers.get(n)).toEqual(pinyinOfName(n));
      expect(memo.size).toBeLessThanOrEqual(50);
    }
    // Names carried over were answered without converting them again.
    const asked = lists.reduce((s, l) => s + new Set(l).size, 0);
    expect(conversions).toBeLessThan(asked);
  });

  it('carries the same names from reload to reload when they do not all fit, so those hit every time', () => {
    let conversions = 0;
    const memo = new PinyinMemo(40, (n) => {
      conversions += 1;
      return pinyinOfName(n);
    });
    const list = names(100);
    reload(memo, list);
    expect(conversions).toBe(100);
    for (let i = 0; i < 3; i++) {
      conversions = 0;
      reload(memo, list);
      expect(conversions).toBe(60); // an LRU of 40 asked for 100 names in the same order would convert all 100
    }
    expect(memo.size).toBe(40);
  });

  it('forgets names the last reload did not ask for, and carries every name when they fit', () => {
    let converted: string[] = [];
    const memo = new PinyinMemo(100, (n) => {
      converted.push(n);
      return pinyinOfName(n);
    });
    const [a, b] = [names(30), names(30, 30)];
    reload(memo, a);
    converted = [];
    reload(memo, b);
    expect(converted).toEqual(b);
    expect(memo.size).toBe(30);
    converted = [];
    reload(memo, [...b, ...a]);
    expect(converted).toEqual(a); // a was dropped by the reload that did not name it
    converted = [];
    reload(memo, [...a, ...b]);
    expect(converted).toEqual([]);
  });

  it('refuses a bound that is not a whole number', () => {
    expect(() => new PinyinMemo(-1)).toThrow(/max must be a whole number/);
    expect(() => new PinyinMemo(1.5)).toThrow(/got 1.5/);
    expect(new PinyinMemo().max).toBe(PINYIN_MEMO_MAX_NAMES);
  });
});
