// Diaspora grouping, fair listing under a limit, path assembly and broker ranking: pure parts of the answers.
import { describe, expect, it } from 'vitest';
import { brokerReasons, rankBrokers, samplingSize } from '../../server/recommend/broker-score.js';
import { fairShares, groupDiaspora, type DiasporaPerson } from '../../server/recommend/diaspora-groups.js';
import { assemblePath, hopKey, hopPairs, type HopRow } from '../../server/recommend/path-hops.js';

describe('fair shares', () => {
  it('gives everyone their count when the limit allows', () => {
    expect(fairShares([3, 1, 2], 10)).toEqual([3, 1, 2]);
  });
  it('lists small groups in full and cuts large ones evenly, using the whole limit', () => {
    const shares = fairShares([10, 6, 1, 1], 9);
    expect(shares.reduce((s, n) => s + n, 0)).toBe(9);
    expect(shares[2]).toBe(1);
    expect(shares[3]).toBe(1);
    expect(Math.abs(shares[0]! - shares[1]!)).toBeLessThanOrEqual(1);
  });
  it('never exceeds a group size or the limit, for many random cases', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let t = 0; t < 200; t++) {
      const sizes = Array.from({ length: 1 + Math.floor(rand() * 8) }, () => Math.floor(rand() * 20));
      const limit = 1 + Math.floor(rand() * 40);
      const shares = fairShares(sizes, limit);
      const total = sizes.reduce((s, n) => s + n, 0);
      expect(shares.reduce((s, n) => s + n, 0)).toBe(Math.min(total, limit));
      shares.forEach((s, i) => expect(s).toBeLessThanOrEqual(sizes[i]!));
      // Fair: a group cut short has at least as many as any other group minus one.
      shares.forEach((s, i) => {
        if (s < sizes[i]!) shares.forEach((o) => expect(s).toBeGreaterThanOrEqual(o - 1));
      });
    }
  });
});

describe('diaspora groups', () => {
  const people: DiasporaPerson[] = [
    { personId: 'a', residenceId: 'milan', areaIds: ['x'], homeTies: 0 },
    { personId: 'b', residenceId: 'milan', areaIds: ['x', 'y'], homeTies: 2 },
    { personId: 'c', residenceId: 'rome', areaIds: [], homeTies: 0 },
    { personId: 'd', residenceId: 'italy', areaIds: ['y'], homeTies: 1 },
    { personId: 'e', residenceId: 'madrid', areaIds: ['x'], homeTies: 0 },
  ];
  const countryOf = new Map([
    ['milan', 'italy'],
    ['rome', 'italy'],
    ['italy', 'italy'],
    ['madrid', 'spain'],
  ]);

  it('groups by country and city, largest first, with complete counts and expertise', () => {
    const g = groupDiaspora(people, countryOf, 100);
    expect(g.total).toBe(5);
    expect(g.truncated).toBe(false);
    expect(g.countries.map((c) => [c.countryId, c.count])).toEqual([
      ['italy', 4],
      ['spain', 1],
    ]);
    expect(g.countries[0]!.cities.map((c) => [c.cityId, c.count])).toEqual([
      ['milan', 2],
      ['italy', 1],
      ['rome', 1],
    ]);
    expect(g.countries[0]!.expertise).toEqual([
      { areaId: 'x', count: 2 },
      { areaId: 'y', count: 2 },
    ]);
    expect(g.expertise).toEqual([
      { areaId: 'x', count: 3 },
      { areaId: 'y', count: 2 },
    ]);
  });

  it('lists people with more ties home first and says when the limit cut the list', () => {
    const g = groupDiaspora(people, countryOf, 3);
    expect(g.listed).toBe(3);
    expect(g.truncated).toBe(true);
    const listed = g.countries.flatMap((c) => c.cities.flatMap((x) => x.listed));
    expect(listed).toHaveLength(3);
    expect(g.countries[0]!.cities[0]!.listed[0]).toBe('b');
    expect(g.countries[0]!.cities[0]!.count).toBe(2);
  });
});

describe('path assembly', () => {
  const node = (id: string) => ({ id, labels: ['Person'], properties: { id } });
  const hop = (a: string, b: string, start: string): HopRow => ({
    fromId: a,
    toId: b,
    a: node(a),
    b: node(b),
    r: { type: 'KNOWS', start: 'x', end: 'y', elementId: `${a}-${b}`, properties: {} },
    startId: start,
    endId: start === a ? b : a,
  });
  it('chains hops in order, keeps stored directions, and refuses gaps and repeats', () => {
    expect(hopPairs([['a', 'b', 'c'], ['a', 'b']])).toEqual([['a', 'b'], ['b', 'c']]);
    const hops = new Map([
      [hopKey('a', 'b'), hop('a', 'b', 'a')],
      [hopKey('b', 'c'), hop('b', 'c', 'c')],
    ]);
    const p = assemblePath(['a', 'b', 'c'], hops)!;
    expect(p.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(p.relationships.map((r) => [r.start, r.end])).toEqual([
      ['a', 'b'],
      ['c', 'b'],
    ]);
    expect(assemblePath(['a', 'c'], hops)).toBeNull();
    expect(assemblePath(['a', 'b', 'a'], hops)).toBeNull();
  });
});

describe('broker ranking', () => {
  it('samples only on large graphs and stays within the budget', () => {
    expect(samplingSize(100, 1000)).toBe(100);
    expect(samplingSize(1_000_000, 6_000_000)).toBeGreaterThanOrEqual(32);
    expect(samplingSize(1_000_000, 6_000_000) * 7_000_000).toBeLessThanOrEqual(50_000_000 * 5);
    expect(samplingSize(10_000, 20_000)).toBeLessThanOrEqual(10_000);
  });

  it('ranks by betweenness, normalises to the top, counts the communities around each node', () => {
    const ranked = rankBrokers(
      [
        { nodeId: 'a', betweenness: 5, community: 1, degree: 3, neighbourhoodCommunities: [1, 1, 1] },
        { nodeId: 'x', betweenness: 20, community: 1, degree: 2, neighbourhoodCommunities: [1, 1, 2] },
      ],
      new Map([[1, 6]]),
    );
    expect(ranked.map((r) => [r.nodeId, r.rank, r.normalised, r.bridgedCommunities, r.communitySize])).toEqual([
      ['x', 1, 1, 2, 6],
      ['a', 2, 0.25, 1, 6],
    ]);
    expect(brokerReasons(ranked[0]!, false).map((r) => r.code)).toEqual(['BETWEENNESS', 'SPANS_COMMUNITIES']);
    expect(brokerReasons(ranked[1]!, true)[0]!.en).toContain('sampled');
  });
});
