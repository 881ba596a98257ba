import { describe, expect, it } from 'vitest';
import { apiNode } from '../testing/fixtures.js';
import { moveActive, searchableText, suggestionView } from './suggestions.js';

describe('suggestions', () => {
  it('moves through the list and wraps', () => {
    expect(moveActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(2, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(0, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(-1, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(1, 20, 'PageDown')).toBe(6);
    expect(moveActive(1, 20, 'End')).toBe(19);
    expect(moveActive(0, 0, 'ArrowDown')).toBe(-1);
  });

  it('shows the matched alias or pinyin only when it is not the name', () => {
    const node = apiNode('l', 'Lab', { nameZh: '天目山实验室', nameEn: 'Tianmushan Laboratory' });
    expect(suggestionView({ node, score: 1, matched: 'tianmushan', matchedField: 'pinyin' }, 'zh')).toEqual({
      id: 'l',
      primary: '天目山实验室',
      secondary: 'Tianmushan Laboratory',
      matched: 'tianmushan',
    });
    expect(suggestionView({ node, score: 1, matched: '天目山实验室', matchedField: 'nameZh' }, 'zh').matched).toBeNull();
  });

  it('sends only text with letters or digits', () => {
    expect(searchableText('  天目山 ')).toBe('天目山');
    expect(searchableText('"*')).toBeNull();
    expect(searchableText('')).toBeNull();
  });
});
