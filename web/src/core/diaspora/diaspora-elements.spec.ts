import { describe, expect, it } from 'vitest';
import type { DiasporaMap } from '../api/types.js';
import { apiNode, apiRel } from '../testing/fixtures.js';
import { diasporaElements } from './diaspora-elements.js';
import { brokerElements, communityNumber } from '../brokers/broker-elements.js';
import { subgraphExport, exportFileName } from '../export/subgraph-json.js';
import { partContributions, partLabel, reasonsIn, timeLeft } from '../recommend/ranking-display.js';

const qt = apiNode('qt', 'Region', { nameZh: '青田县', nameEn: 'Qingtian County' });
const it_ = apiNode('it', 'Region', { nameZh: '意大利', nameEn: 'Italy' });
const milan = apiNode('milan', 'Region', { nameZh: '米兰', nameEn: 'Milan' });
const es = apiNode('es', 'Region', { nameZh: '西班牙', nameEn: 'Spain' });
const p1 = apiNode('p1');
const p2 = apiNode('p2');
const p3 = apiNode('p3');
const firm = apiNode('firm', 'Enterprise');

const map: DiasporaMap = {
  origin: qt,
  techArea: null,
  homeRegionCount: 3,
  total: 3,
  listed: 3,
  truncated: false,
  offset: 0,
  nextCursor: null,
  countries: [
    { country: it_, count: 2, expertise: [], cities: [{ city: milan, count: 2, people: [p1, p2], expertise: [] }] },
    { country: es, count: 1, expertise: [], cities: [{ city: es, count: 1, people: [p3], expertise: [] }] },
  ],
  expertise: [],
  ties: [apiRel('p1', 'firm', 'FOUNDED', {}, 't1'), apiRel('p3', 'nowhere', 'WORKS_AT', {}, 't2')],
  homeOrganisations: [firm],
  tiesTruncated: false,
};

describe('diaspora elements', () => {
  it('nests people in cities in countries, and home organisations in the home region', () => {
    const { elements, summary } = diasporaElements(map, 'zh');
    const parent = (id: string) => elements.find((e) => e.data.id === id)?.data.parent;
    expect(parent('p1')).toBe('milan');
    expect(parent('milan')).toBe('it');
    expect(parent('it')).toBeUndefined();
    // Living in the country itself: directly under the country.
    expect(parent('p3')).toBe('es');
    expect(parent('firm')).toBe('qt');
    expect(elements.find((e) => e.data.id === 'it')?.data.label).toBe('意大利 · 2 人');
    expect(elements.find((e) => e.data.id === 'it')?.data.labelEn).toBe('Italy · 2 people');
    expect(summary).toEqual({ countries: 2, cities: 1, people: 3, ties: 1 });
    expect(elements.filter((e) => e.group === 'edges').map((e) => e.data.id)).toEqual(['t1']);
  });
});

describe('broker elements', () => {
  it('boxes brokers by community, in order of each community best broker, sized by betweenness', () => {
    const score = (id: string, rank: number, community: number, normalised: number) => ({
      node: apiNode(id),
      betweenness: normalised * 10,
      normalised,
      community,
      communitySize: 5,
      rank,
      degree: 3,
      bridgedCommunities: 2,
      reasons: [],
    });
    const scores = [score('b', 2, 7, 0.5), score('a', 1, 42, 1), score('c', 3, 7, 0.1)];
    const els = brokerElements(scores, [apiRel('a', 'b', 'KNOWS', {}, 'ab'), apiRel('a', 'x', 'KNOWS', {}, 'ax')], 'en');
    expect(els.filter((e) => e.classes === 'community').map((e) => [e.data.id, e.data.label])).toEqual([
      ['community:42', 'Community 1 · 5'],
      ['community:7', 'Community 2 · 5'],
    ]);
    const a = els.find((e) => e.data.id === 'a')!;
    expect([a.data.parent, a.data.bw]).toEqual(['community:42', 1]);
    expect(els.filter((e) => e.group === 'edges').map((e) => e.data.id)).toEqual(['ab']);
    expect(communityNumber(scores, 7)).toBe(2);
  });
});

describe('export and ranking display', () => {
  it('exports only relationships between exported nodes, sorted', () => {
    const out = subgraphExport([p2, p1], [apiRel('p1', 'p2', 'KNOWS', {}, 'k'), apiRel('p1', 'zz', 'KNOWS', {}, 'z')], '?v=explore', new Date('2024-01-02T03:04:05Z'));
    expect(out.nodes.map((n) => n.id)).toEqual(['p1', 'p2']);
    expect(out.relationships.map((r) => r.id)).toEqual(['k']);
    expect([out.nodeCount, out.relationshipCount, out.exportedAt]).toEqual([2, 1, '2024-01-02T03:04:05.000Z']);
    expect(exportFileName('paths', 'png', new Date(2024, 4, 1, 15, 30))).toBe('talent-bridge-paths-20240501-1530.png');
  });

  it('reads reasons in the chosen language and names score parts', () => {
    const details = [{ code: 'TECH_MANAGER', zh: '技术经理人', en: 'A technology manager' }];
    expect(reasonsIn('en', details, ['x'])).toEqual(['A technology manager']);
    expect(reasonsIn('zh', [], ['纯文本'])).toEqual(['纯文本']);
    expect(partLabel('en', 'tech_manager')).toBe('Technology manager');
    expect(partLabel('zh', 'TIE_STRENGTH')).toBe('关系强度');
    expect(partLabel('en', 'someNewPart')).toBe('Some new part');
    expect(partContributions([{ code: 'a', value: 0.5, weight: 0.2 }, { code: 'b', value: 1, weight: 0.3 }]).map((p) => p.code)).toEqual(['b', 'a']);
  });

  it('counts the hours left to a demand response', () => {
    const now = new Date('2024-05-01T00:00:00Z');
    expect(timeLeft('2024-05-03T00:00:00Z', now)).toEqual({ hours: 48, overdue: false });
    expect(timeLeft('2024-04-30T00:00:00Z', now)).toEqual({ hours: 0, overdue: true });
  });
});
