// Two pure parts behind the paged diaspora and the narrower recommendTalents read: pages of the diaspora listing
// (each person once, the first page the fair share a single limit gives, counts the same on every page) and the
// bound that lets recommendTalents skip the weak taxonomy areas (no one reading only weak areas can beat it).
import { describe, expect, it } from 'vitest';
import { fairShares, groupDiaspora, type DiasporaPerson } from '../../server/recommend/diaspora-groups.js';
import { outsiderBound, splitAreas, strongReadIsExact } from '../../server/recommend/talent-prune.js';
import { scoreTalent, type Need, type TalentCandidate, type TalentScore } from '../../server/recommend/talent-score.js';
import { AreaFamily, type FamilyRow } from '../../server/recommend/taxonomy.js';
import { pick, seededRandom } from '../support/random.js';

describe('diaspora pages', () => {
  it('list everyone exactly once across pages, the first page being the fair share of one limit', () => {
    const rand = seededRandom(4242);
    for (let t = 0; t < 60; t++) {
      const cities = Array.from({ length: 1 + Math.floor(rand() * 6) }, (_, i) => `c${i}`);
      const people: DiasporaPerson[] = Array.from({ length: Math.floor(rand() * 40) }, (_, i) => ({
        personId: `p${i}`,
        residenceId: pick(rand, cities),
        areaIds: rand() < 0.5 ? ['x'] : [],
        homeTies: Math.floor(rand() * 3),
      }));
      const countryOf = new Map(cities.map((c) => [c, rand() < 0.5 ? 'k1' : 'k2']));
      const limit = 1 + Math.floor(rand() * 9);
      const whole = groupDiaspora(people, countryOf, 10_000);
      const counts = (g: typeof whole) => g.countries.map((c) => [c.countryId, c.count, c.expertise, c.cities.map((x) => [x.cityId, x.count, x.expertise])]);
      const seen: string[] = [];
      let offset: number | null = 0;
      let pages = 0;
      while (offset !== null) {
        const page = groupDiaspora(people, countryOf, limit, offset);
        expect(counts(page)).toEqual(counts(whole));
        expect(page.total).toBe(people.length);
        const listed = page.countries.flatMap((c) => c.cities.flatMap((x) => x.listed));
        expect(listed.length).toBe(page.listed);
        if (offset === 0) {
          // The first page: per city, the fair share of `limit` (the single-limit listing).
          const sizes = whole.countries.flatMap((c) => c.cities.map((x) => x.count));
          expect(page.countries.flatMap((c) => c.cities.map((x) => x.listed.length))).toEqual(fairShares(sizes, limit));
        }
        seen.push(...listed);
        offset = page.next;
        pages++;
      }
      expect(pages).toBe(Math.max(1, Math.ceil(people.length / limit)));
      expect([...seen].sort()).toEqual(people.map((p) => p.personId).sort());
    }
  });
});

describe('recommendTalents strong-area read', () => {
  // t:root has children t:a and t:b; t:a has t:a1. A need for t:a: exact t:a, narrower t:a1, broader t:root (0.5),
  // sibling t:b (0.3).
  const rows: FamilyRow[] = [
    { wantedId: 't:a', areaId: 't:a', relation: 'exact', chain: ['t:a'] },
    { wantedId: 't:a', areaId: 't:a1', relation: 'narrower', chain: ['t:a', 't:a1'] },
    { wantedId: 't:a', areaId: 't:root', relation: 'broader', chain: ['t:a', 't:root'] },
    { wantedId: 't:a', areaId: 't:b', relation: 'sibling', chain: ['t:a', 't:root', 't:b'] },
  ];
  const family = new AreaFamily(rows);
  const needs: Need[] = [{ areaId: 't:a', weight: 2 }];

  it('reads siblings only when needed, and bounds anyone found only through them', () => {
    const split = splitAreas(needs, family, family.areaIds());
    expect(split.strong.sort()).toEqual(['t:a', 't:a1', 't:root']);
    expect(split.weak).toEqual(['t:b']);
    const bound = outsiderBound(needs, family, split.weak);
    // The best sibling-only candidate: top level, every source.
    const best: TalentCandidate = {
      personId: 'p',
      expertise: [{ areaId: 't:b', level: 1 }],
      pools: [{ id: 'pool', local: true }],
      wins: [{ id: 'c', rank: 1, year: 2020, related: true, local: true }],
      originIds: ['home'],
      residenceIds: ['away'],
    };
    expect(scoreTalent(needs, family, best, new Set(['home'])).score).toBeLessThanOrEqual(bound + 1e-4);
  });

  it('calls the strong read exact only with enough candidates scoring clear of the bound and the window', () => {
    const ranked = (scores: number[]) => scores.map((score, i) => ({ personId: `p${i}`, score }) as TalentScore);
    expect(strongReadIsExact(ranked([0.9, 0.8]), 2, 0.5, 0.1)).toBe(true);
    expect(strongReadIsExact(ranked([0.9, 0.8]), 3, 0.5, 0.1)).toBe(false);
    expect(strongReadIsExact(ranked([0.9, 0.6]), 2, 0.5, 0.1)).toBe(false);
    expect(strongReadIsExact(ranked([0.9, 0.6]), 2, 0.5, 0)).toBe(true);
  });
});
