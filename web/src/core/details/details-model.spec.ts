import { describe, expect, it } from 'vitest';
import { apiNode, apiRel } from '../testing/fixtures.js';
import { affiliations, dateRange, factLists, isAnonymous, keyFacts, neighbourGroups, pickLanguage, propertyRows, tiesOf } from './details-model.js';

const person = apiNode('p', 'Person', { labels: ['Person', 'Researcher'], nameZh: '杨怡豪', properties: { title: '教授', url: 'https://example.org/p', description: 'x' } });
const zju = apiNode('zju', 'Lab', { nameZh: '浙江大学' });
const hic = apiNode('hic', 'Lab', { nameZh: '浙江大学杭州国际科创中心' });
const old = apiNode('old', 'Enterprise', { nameZh: '旧公司' });
const tm = apiNode('tm', 'Person');

const g = {
  nodes: [person, zju, hic, old, tm],
  edges: [
    apiRel('p', 'zju', 'WORKS_AT', { role: '教授', start: '2010-09-01' }),
    apiRel('p', 'hic', 'AFFILIATED_WITH', { start: '2021-01-01', illustrative: true }),
    apiRel('p', 'old', 'WORKS_AT', { start: '2005-01-01', end: '2009-12-31' }),
    apiRel('tm', 'p', 'KNOWS', { strength: 0.9 }),
  ],
};

describe('details model', () => {
  it('lists properties, and contact fields as masked for a viewer', () => {
    const viewer = propertyRows(person, 'en', false);
    expect(viewer.find((r) => r.key === 'title')?.value).toBe('教授');
    expect(viewer.find((r) => r.key === 'url')?.href).toBe('https://example.org/p');
    expect(viewer.filter((r) => r.masked).map((r) => r.key)).toEqual(['email', 'phone', 'wechat']);
    expect(viewer.some((r) => r.key === 'description' || r.key === 'nameZh')).toBe(false);
    expect(propertyRows(person, 'en', true).some((r) => r.masked)).toBe(false);
    expect(propertyRows(zju, 'en', false).some((r) => r.masked)).toBe(false);
  });

  it('lists every affiliation with dates, current ones first', () => {
    const rows = affiliations(person, tiesOf('p', g), '2024-06-01');
    expect(rows.map((r) => [r.org.id, r.current])).toEqual([
      ['hic', true],
      ['zju', true],
      ['old', false],
    ]);
    expect(rows[0]!.illustrative).toBe(true);
    expect(rows[1]!.role).toBe('教授');
    expect(affiliations(zju, tiesOf('zju', g), '2024-06-01')).toEqual([]);
    expect(dateRange('2010-09-01', null, 'en', 'present')).toBe('1 Sept 2010 – present');
    expect(dateRange(null, null, 'en', 'present')).toBeNull();
  });

  it('groups neighbours by tie type and direction', () => {
    const groups = neighbourGroups(tiesOf('p', g));
    expect(groups.map((x) => `${x.relType}/${x.outgoing}`)).toEqual(['WORKS_AT/true', 'AFFILIATED_WITH/true', 'KNOWS/false']);
  });

  it('ranks competition winners and lists pool facts', () => {
    const comp = apiNode('c', 'Competition', { properties: { year: 2023, edition: 3, tracks: ['数字经济', '生命健康'] } });
    const a = apiNode('a');
    const b = apiNode('b');
    const ties = tiesOf('c', { nodes: [comp, a, b], edges: [apiRel('a', 'c', 'WON', { rank: 2 }), apiRel('b', 'c', 'WON', { rank: 1, prize: '一等奖' })] });
    const lists = factLists(comp, ties, 'zh');
    expect(lists[0]!.title).toBe('winners');
    expect(lists[0]!.items.map((i) => [i.node.id, i.note])).toEqual([
      ['b', '第 1 名 · 一等奖'],
      ['a', '第 2 名'],
    ]);
    expect(keyFacts(comp, 'en').map((f) => f.value)).toEqual(['2023', '3', '数字经济, 生命健康']);
    const project = apiNode('pr', 'Project', { properties: { escrowPercent: 0.1, escrowState: 'deposited' } });
    expect(keyFacts(project, 'zh').map((f) => f.value)).toEqual(['10%', '已存入托管']);
  });

  it('shows the side of a bilingual text in the reader language', () => {
    expect(pickLanguage('首席科学家 / chief scientist', 'en')).toBe('chief scientist');
    expect(pickLanguage('首席科学家 / chief scientist', 'zh')).toBe('首席科学家');
    expect(pickLanguage('R&D / IT', 'en')).toBe('R&D / IT');
    expect(pickLanguage('a / b / c', 'zh')).toBe('a / b / c');
    const ties = tiesOf('p', { nodes: [person, zju], edges: [apiRel('p', 'zju', 'WORKS_AT', { role: '研究员 / research fellow' })] });
    expect(affiliations(person, ties, '2024-01-01', 'en')[0]!.role).toBe('research fellow');
  });

  it('recognises a person shown anonymously', () => {
    expect(isAnonymous(apiNode('x', 'Person', { properties: { consent: false } }))).toBe(true);
    expect(isAnonymous(person)).toBe(false);
  });
});
