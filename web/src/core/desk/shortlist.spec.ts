import { describe, expect, it } from 'vitest';
import { appendPage, moveItem, notYetListed, orderChanged } from './shortlist.js';

describe('shortlist order', () => {
  it('moves one place up or down and stays put at the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 7, -1)).toEqual(['a', 'b', 'c']);
  });

  it('does not change the list it was given', () => {
    const list = ['a', 'b'];
    moveItem(list, 0, 1);
    expect(list).toEqual(['a', 'b']);
  });

  it('says when an order differs', () => {
    expect(orderChanged(['a', 'b'], ['a', 'b'])).toBe(false);
    expect(orderChanged(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(orderChanged(['a'], ['a', 'b'])).toBe(true);
  });

  it('adds only people not yet listed, once each', () => {
    expect(notYetListed(['x', 'a', 'x', 'y'], ['a', 'b'])).toEqual(['x', 'y']);
  });

  it('appends a page without repeating what is shown', () => {
    const key = (o: { id: string }) => o.id;
    expect(appendPage([{ id: '1' }, { id: '2' }], [{ id: '2' }, { id: '3' }], key).map(key)).toEqual(['1', '2', '3']);
  });
});
