import { describe, expect, it } from 'vitest';
import { csvText } from '../export/csv.js';
import { translator } from '../i18n/translate.js';
import { apiNode } from '../testing/fixtures.js';
import { coveredShare, gapBridges, needRows, regionGapsCsv, type RegionGap, type RegionNeed } from './region-model.js';

const n = (id: string, type: Parameters<typeof apiNode>[1], nameZh: string, nameEn: string) => {
  const { properties: _p, ...node } = apiNode(id, type, { nameZh, nameEn });
  return node;
};
const ai = n('ai', 'TechArea', '人工智能', 'Artificial intelligence');
const mat = n('mat', 'TechArea', '新材料', 'New materials');
const firm = n('firm', 'Enterprise', '青田石雕厂', 'Qingtian Stone Works');
const lab = n('lab', 'Lab', '米兰实验室', 'Milan Lab');
const lab2 = n('lab2', 'Lab', '马德里实验室', 'Madrid Lab');
const wu = n('wu', 'Person', '吴', 'Wu');
const chen = n('chen', 'Person', '陈', 'Chen');
const reason = (zh: string, en: string) => ({ reasons: [en], reasonDetails: [{ code: 'X', zh, en }] });

const needs: RegionNeed[] = [
  { techArea: ai, firms: [firm], demands: [], weight: 2.5, localLabs: [], localPeople: 0, covered: false },
  { techArea: mat, firms: [firm], demands: [], weight: 1, localLabs: [lab], localPeople: 3, covered: true },
];

const bridge = (people: typeof wu[], l: typeof lab) => ({ intermediaries: people, firm, lab: l, ...reason('同时联系', 'tied to both') });
const gap: RegionGap = {
  need: { techArea: ai, firms: [firm], weight: 2.5, localPeople: 0, covered: false },
  outsideLabs: [
    { node: lab, place: null, country: null, abroad: true, experts: 2, homeLinks: 1, bridges: [bridge([wu], lab), bridge([wu], lab)], ...reason('有专家', 'has experts') },
    { node: lab2, place: null, country: null, abroad: true, experts: 1, homeLinks: 1, bridges: [bridge([chen], lab2)], ...reason('有专家', 'has experts') },
  ],
  diaspora: [{ node: wu, residence: null, country: null, abroad: true, homeTies: [firm], ...reason('青田人', 'native') }],
  diasporaTotal: 4,
  onlyFromAbroad: true,
  ...reason('本地没有', 'nothing at home'),
};

describe('region page model', () => {
  it('makes one chart row per need, in the answer order, in the chosen language', () => {
    expect(needRows(needs, 'en')).toEqual([
      { key: 'ai', label: 'Artificial intelligence', need: 2.5, labs: 0, people: 0, covered: false },
      { key: 'mat', label: 'New materials', need: 1, labs: 1, people: 3, covered: true },
    ]);
    expect(needRows(needs, 'zh')[0]?.label).toBe('人工智能');
  });

  it('weighs the covered share by need weight', () => {
    expect(coveredShare(needs)).toBeCloseTo(1 / 3.5);
    expect(coveredShare([])).toBeNull();
  });

  it('lists each suggested bridge once, in lab order, with reasons in the language', () => {
    const b = gapBridges(gap, 'zh');
    expect(b.map((x) => x.key)).toEqual(['wu|firm|lab', 'chen|firm|lab2']);
    expect(b[0]?.reasons).toEqual(['同时联系']);
  });

  it('writes the gaps as CSV with both languages', () => {
    const table = regionGapsCsv([gap], translator('en'));
    expect(table.header).toHaveLength(table.rows[0]!.length);
    const text = csvText(table);
    expect(text).toContain('人工智能');
    expect(text).toContain('Artificial intelligence');
    expect(text).toContain('Wu (Qingtian Stone Works – Milan Lab); Chen (Qingtian Stone Works – Madrid Lab)');
    expect(table.rows[0]![5]).toBe(true);
    expect(table.rows[0]![8]).toBe(4);
  });
});
