import { describe, expect, it } from 'vitest';
import { en, zh } from './messages.js';
import { displayName, fill, formatDate, formatScore, otherName, relLabel, translator, typeLabel, valueLabel } from './translate.js';
import { NODE_TYPES, REL_TYPES } from '../api/types.js';

const hasCjk = (s: string) => /[\u4e00-\u9fff]/.test(s);

describe('message tables', () => {
  it('have the same keys in both languages and no empty text', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [k, v] of [...Object.entries(zh), ...Object.entries(en)]) expect(v.trim(), k).not.toBe('');
  });

  it('use the same parameters in both languages', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) expect(params(en[key]), key).toEqual(params(zh[key]));
  });

  it('write Chinese in Chinese and English without Chinese characters', () => {
    const zhOnlySymbols = new Set(['lang.switch']);
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      if (zhOnlySymbols.has(key)) continue;
      if (/[A-Za-z]{3,}/.test(zh[key]) && !hasCjk(zh[key])) continue; // e.g. "导出 PNG" mixes; pure Latin allowed for codes
      expect(hasCjk(en[key]), `${key}: ${en[key]}`).toBe(false);
    }
    expect(hasCjk(en['lang.switch'])).toBe(true);
    expect(hasCjk(zh['lang.switch'])).toBe(false);
  });

  it('name every node type and relationship type in both languages', () => {
    for (const t of NODE_TYPES) {
      expect(hasCjk(typeLabel('zh', t))).toBe(true);
      expect(typeLabel('en', t)).not.toMatch(/[\u4e00-\u9fff]/);
    }
    for (const r of REL_TYPES) {
      expect(hasCjk(relLabel('zh', r)), r).toBe(true);
      expect(relLabel('en', r)).not.toBe(r);
    }
    expect(relLabel('en', 'SOME_NEW_TYPE')).toBe('some new type');
  });
});

describe('translate helpers', () => {
  it('fills parameters and leaves unknown ones visible', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(translator('en')('canvas.counts', { nodes: 3, edges: 2 })).toBe('3 nodes · 2 ties');
    expect(translator('zh')('canvas.counts', { nodes: 3, edges: 2 })).toBe('3 个节点 · 2 条关系');
  });

  it('picks the name in the chosen language and falls back across languages', () => {
    const both = { name: 'x', nameZh: '天目山实验室', nameEn: 'Tianmushan Laboratory' };
    expect(displayName(both, 'zh')).toBe('天目山实验室');
    expect(displayName(both, 'en')).toBe('Tianmushan Laboratory');
    expect(otherName(both, 'zh')).toBe('Tianmushan Laboratory');
    const zhOnly = { name: 'x', nameZh: '青田县', nameEn: null };
    expect(displayName(zhOnly, 'en')).toBe('青田县');
    expect(otherName(zhOnly, 'en')).toBeNull();
    expect(displayName({ name: 'id-only', nameZh: null, nameEn: null }, 'zh')).toBe('id-only');
  });

  it('formats dates, scores and enumerated values', () => {
    expect(formatDate('2023-05-01', 'en')).toBe('1 May 2023');
    expect(formatDate('2023-05-01', 'zh')).toContain('2023');
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(formatScore(0.876)).toBe('88');
    expect(formatScore(1.7)).toBe('100');
    expect(formatScore(Number.NaN)).toBe('0');
    expect(valueLabel('zh', 'kind', 'provincial_lab')).toBe('省实验室');
    expect(valueLabel('en', 'kind', 'unknown_kind')).toBe('unknown_kind');
    expect(valueLabel('en', 'name', 'held')).toBe('held');
  });
});
