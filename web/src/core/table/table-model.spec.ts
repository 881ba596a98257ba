import { describe, expect, it } from 'vitest';
import { apiNode, apiRel } from '../testing/fixtures.js';
import type { ApiNodeSummary } from '../api/types.js';
import {
  filterRows,
  nextSort,
  nodeCell,
  nodeColumns,
  nodeRows,
  nodeSearchText,
  sortRows,
  tieCell,
  tieRows,
  tieSearchText,
  toTsv,
  type CanvasNodeFact,
} from './table-model.js';

const firm = apiNode('f', 'Enterprise', { nameZh: '杭州五星铝业', nameEn: 'Hangzhou Five Star Aluminium' });
const lab = apiNode('l', 'Lab', { nameZh: '天目山实验室', nameEn: 'Tianmushan Laboratory' });
const shen = apiNode('p', 'Person', { nameZh: '沈知远', nameEn: 'Shen Zhiyuan' });
const anon = apiNode('x', 'Person', { name: '一位研究人员' });

const fact = (node: ApiNodeSummary, degree: number, extra: Partial<CanvasNodeFact> = {}): CanvasNodeFact => ({ node, degree, score: null, group: null, highlighted: false, ...extra });

describe('the node table', () => {
  const rows = nodeRows([fact(firm, 1), fact(lab, 3, { highlighted: true }), fact(shen, 2), fact(anon, 0)], 'zh');

  it('has type, both names and the degree per node', () => {
    expect(rows.map((r) => [r.typeText, r.nameZh, r.nameEn, r.degree])).toEqual([
      ['企业', '杭州五星铝业', 'Hangzhou Five Star Aluminium', 1],
      ['实验室', '天目山实验室', 'Tianmushan Laboratory', 3],
      ['人才', '沈知远', 'Shen Zhiyuan', 2],
      ['人才', '一位研究人员', '', 0],
    ]);
    expect(nodeRows([fact(firm, 1)], 'en')[0]!.typeText).toBe('Enterprise');
  });

  it('shows score and group columns only when some node has them', () => {
    expect(nodeColumns(rows)).toEqual(['type', 'nameZh', 'nameEn', 'degree']);
    const scored = nodeRows([fact(shen, 2, { score: 0.8, group: { zh: '社区 1', en: 'Community 1' } })], 'en');
    expect(nodeColumns(scored)).toEqual(['type', 'nameZh', 'nameEn', 'degree', 'score', 'group']);
    expect(scored[0]!.group).toBe('Community 1');
  });

  it('sorts by a number both ways, ties kept in id order', () => {
    const asc = sortRows(rows, { column: 'degree', direction: 'ascending' }, nodeCell, 'zh').map((r) => r.id);
    expect(asc).toEqual(['x', 'f', 'p', 'l']);
    const desc = sortRows(rows, { column: 'degree', direction: 'descending' }, nodeCell, 'zh').map((r) => r.id);
    expect(desc).toEqual(['l', 'p', 'f', 'x']);
    const same = nodeRows([fact(shen, 1), fact(firm, 1), fact(lab, 1)], 'zh');
    expect(sortRows(same, { column: 'degree', direction: 'descending' }, nodeCell, 'zh').map((r) => r.id)).toEqual(['f', 'l', 'p']);
  });

  it('sorts English names alphabetically and puts empty cells last in both directions', () => {
    const asc = sortRows(rows, { column: 'nameEn', direction: 'ascending' }, nodeCell, 'en').map((r) => r.id);
    expect(asc).toEqual(['f', 'p', 'l', 'x']);
    const desc = sortRows(rows, { column: 'nameEn', direction: 'descending' }, nodeCell, 'en').map((r) => r.id);
    expect(desc).toEqual(['l', 'p', 'f', 'x']);
  });

  it('sorts Chinese names in pinyin order', () => {
    // hang(zhou) < shen < tian < yi
    const asc = sortRows(rows, { column: 'nameZh', direction: 'ascending' }, nodeCell, 'zh').map((r) => r.nameZh);
    expect(asc).toEqual(['杭州五星铝业', '沈知远', '天目山实验室', '一位研究人员']);
  });

  it('leaves the input untouched and the order as it was without a sort', () => {
    const before = rows.map((r) => r.id);
    sortRows(rows, { column: 'degree', direction: 'ascending' }, nodeCell, 'zh');
    expect(rows.map((r) => r.id)).toEqual(before);
    expect(sortRows(rows, null, nodeCell, 'zh').map((r) => r.id)).toEqual(before);
  });

  it('filters on every word, in either language, ignoring case and width', () => {
    expect(filterRows(rows, '天目山', nodeSearchText).map((r) => r.id)).toEqual(['l']);
    expect(filterRows(rows, 'SHEN', nodeSearchText).map((r) => r.id)).toEqual(['p']);
    expect(filterRows(rows, 'ｓｈｅｎ', nodeSearchText).map((r) => r.id)).toEqual(['p']);
    expect(filterRows(rows, '人才 shen', nodeSearchText).map((r) => r.id)).toEqual(['p']);
    expect(filterRows(rows, '人才', nodeSearchText).map((r) => r.id)).toEqual(['p', 'x']);
    expect(filterRows(rows, '  ', nodeSearchText)).toHaveLength(4);
    expect(filterRows(rows, 'nobody', nodeSearchText)).toEqual([]);
  });
});

describe('the tie table', () => {
  const names = new Map([firm, lab, shen].map((n) => [n.id, n]));
  const rels = [
    apiRel('p', 'f', 'WORKS_AT', { start: '2019-03-01', strength: 0.9 }, 'r1'),
    apiRel('p', 'l', 'AFFILIATED_WITH', { start: '2021-01-01T00:00:00Z', end: '2024-12-31', strength: 0.6 }, 'r2'),
    apiRel('p', 'gone', 'KNOWS', { since: 2015 }, 'r3'),
  ];
  const rows = tieRows(rels.map((rel, i) => ({ rel, highlighted: i < 2 })), names, 'zh');

  it('names both ends, reads the dates and the strength', () => {
    expect(rows.map((r) => [r.typeText, r.fromName, r.toName, r.start, r.end, r.strength])).toEqual([
      ['任职于', '沈知远', '杭州五星铝业', '2019-03-01', null, 0.9],
      ['兼任于', '沈知远', '天目山实验室', '2021-01-01', '2024-12-31', 0.6],
      ['认识', '沈知远', 'gone', '2015', null, null],
    ]);
  });

  it('sorts by strength with the unknown strength last, and filters by an end name', () => {
    expect(sortRows(rows, { column: 'strength', direction: 'descending' }, tieCell, 'zh').map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect(sortRows(rows, { column: 'strength', direction: 'ascending' }, tieCell, 'zh').map((r) => r.id)).toEqual(['r2', 'r1', 'r3']);
    expect(sortRows(rows, { column: 'start', direction: 'descending' }, tieCell, 'zh').map((r) => r.id)).toEqual(['r2', 'r1', 'r3']);
    expect(filterRows(rows, '天目山', tieSearchText).map((r) => r.id)).toEqual(['r2']);
  });
});

describe('sorting by header clicks and copying as TSV', () => {
  it('cycles ascending, descending, and starts ascending on a new column', () => {
    const a = nextSort(null, 'degree');
    expect(a).toEqual({ column: 'degree', direction: 'ascending' });
    const b = nextSort(a, 'degree');
    expect(b).toEqual({ column: 'degree', direction: 'descending' });
    expect(nextSort(b, 'degree')).toEqual({ column: 'degree', direction: 'ascending' });
    expect(nextSort(b, 'type')).toEqual({ column: 'type', direction: 'ascending' });
  });

  it('writes a header line and a line per row, with tabs and line breaks inside cells flattened', () => {
    const tsv = toTsv(['类型', '名称', '度'], [
      ['人才', '沈\t知远', 2],
      ['实验室', 'line\nbreak', null],
    ]);
    expect(tsv).toBe('类型\t名称\t度\n人才\t沈 知远\t2\n实验室\tline break\t');
    expect(tsv.split('\n').map((l) => l.split('\t').length)).toEqual([3, 3, 3]);
  });
});
