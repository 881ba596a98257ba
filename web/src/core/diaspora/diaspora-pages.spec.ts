import { describe, expect, it } from 'vitest';
import type { DiasporaMap } from '../api/types.js';
import { apiNode } from '../testing/fixtures.js';
import { laterCities, pageProgress } from './diaspora-pages.js';

const qt = apiNode('qt', 'Region');
const it_ = apiNode('it', 'Region');
const milan = apiNode('milan', 'Region');
const rome = apiNode('rome', 'Region');

function page(offset: number, cities: Array<[typeof milan, string[]]>, nextCursor: string | null): DiasporaMap {
  const listed = cities.reduce((s, [, ids]) => s + ids.length, 0);
  return {
    origin: qt,
    techArea: null,
    homeRegionCount: 1,
    total: 7,
    listed,
    truncated: true,
    offset,
    nextCursor,
    countries: [{ country: it_, count: 7, expertise: [], cities: cities.map(([city, ids]) => ({ city, count: 0, people: ids.map((id) => apiNode(id)), expertise: [] })) }],
    expertise: [],
    ties: [],
    homeOrganisations: [],
    tiesTruncated: false,
  };
}

describe('diaspora pages', () => {
  const first = page(0, [[milan, ['a', 'b']], [rome, ['c']]], 'c1');
  const second = page(3, [[milan, ['d']], [rome, ['e']]], 'c2');
  const third = page(5, [[rome, ['f']], [milan, ['g']]], null);

  it('counts the people listed so far and takes the cursor of the last page loaded', () => {
    expect(pageProgress(first, [])).toEqual({ listed: 3, total: 7, nextCursor: 'c1' });
    expect(pageProgress(first, [second])).toEqual({ listed: 5, total: 7, nextCursor: 'c2' });
    expect(pageProgress(first, [second, third])).toEqual({ listed: 7, total: 7, nextCursor: null });
  });

  it('lists the later pages by city, each city once in the order first named, each person once', () => {
    const cities = laterCities([second, third, third]);
    expect(cities.map((c) => [c.city.id, c.people.map((p) => p.id)])).toEqual([
      ['milan', ['d', 'g']],
      ['rome', ['e', 'f']],
    ]);
    expect(laterCities([])).toEqual([]);
  });
});
