// Taxonomy matching for recommendations: weights per relation and the best match per wanted area.
import { describe, expect, it } from 'vitest';
import { AreaFamily, relationWeight, type FamilyRow } from '../../server/recommend/taxonomy.js';

const rows: FamilyRow[] = [
  { wantedId: 'materials', areaId: 'materials', relation: 'exact', chain: ['materials'] },
  { wantedId: 'materials', areaId: 'alloys', relation: 'narrower', chain: ['materials', 'alloys'] },
  { wantedId: 'materials', areaId: 'foil', relation: 'narrower', chain: ['materials', 'alloys', 'foil'] },
  { wantedId: 'alloys', areaId: 'materials', relation: 'broader', chain: ['alloys', 'materials'] },
  { wantedId: 'alloys', areaId: 'ceramics', relation: 'sibling', chain: ['alloys', 'materials', 'ceramics'] },
  // The same area reached twice (a taxonomy with two parents): the better relation wins.
  { wantedId: 'alloys', areaId: 'foil', relation: 'sibling', chain: ['alloys', 'x', 'foil'] },
  { wantedId: 'alloys', areaId: 'foil', relation: 'narrower', chain: ['alloys', 'foil'] },
];

describe('taxonomy weights', () => {
  it('orders exact > narrower > broader > sibling, nearer above farther', () => {
    expect(relationWeight('exact', 0)).toBe(1);
    expect(relationWeight('narrower', 1)).toBeGreaterThan(relationWeight('narrower', 2));
    expect(relationWeight('narrower', 2)).toBeGreaterThan(relationWeight('broader', 1));
    expect(relationWeight('broader', 1)).toBeGreaterThan(relationWeight('broader', 2));
    expect(relationWeight('broader', 2)).toBeGreaterThan(relationWeight('sibling', 2));
  });

  it('keeps the best match per wanted area and candidate areas', () => {
    const f = new AreaFamily(rows);
    expect(f.areaIds()).toEqual(['alloys', 'ceramics', 'foil', 'materials']);
    expect(f.best('materials', ['foil', 'alloys'])?.areaId).toBe('alloys');
    expect(f.best('materials', ['foil'])?.weight).toBe(0.65);
    expect(f.best('alloys', ['foil'])).toMatchObject({ relation: 'narrower', weight: 0.8, chain: ['alloys', 'foil'] });
    expect(f.best('alloys', ['ceramics', 'materials'])?.areaId).toBe('materials');
    expect(f.best('alloys', ['unrelated'])).toBeNull();
    expect(f.best('unknown', ['materials'])).toBeNull();
  });
});
