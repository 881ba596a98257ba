// The project-partner layout (项目合作单位清单) without a database: the shipped mapping parses and reads its type and role
// columns as required header columns; each mistake in a tie's "labelFrom", "of", "skipUnknown", property expressions,
// "scale" and "keyMode" is reported with the mapping file and the key path; and the check stage, run with no store,
// refuses a type outside the map, one new name given two types, an unknown name without a type, and a budget that
// is not a number, each at file:line:column, with nothing to write.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { checkImport } from '../../seed/import/importer.js';
import { loadMapping, parseMapping } from '../../seed/import/mapping.js';
import { sheetColumns } from '../../seed/import/sheet-transform.js';
import { csvText, PARTNER_HEADER, PARTNER_ROWS } from '../../seed/spreadsheets/make-examples.js';
import { PROJECT_ROOT } from '../../server/config.js';

const MAPPING = path.join(PROJECT_ROOT, 'seed', 'mappings', 'project-partners.json');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-partners-unit-'));

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const ORG = { tie: 'PARTICIPATES_IN', from: ['Enterprise', 'Lab', 'Organisation'], by: 'name' };
/** A Project entry with a 单位 tie, its column targets replaced by `columns`. */
const entry = (columns: Record<string, unknown>, over: Record<string, unknown> = {}) => ({
  files: [{ match: '*.csv', label: 'Project', key: ['项目'], columns: { 项目: 'nameZh', 单位: ORG, ...columns }, ...over }],
});

describe('the project-partner mapping', () => {
  it('parses, and reads 单位类型 and 角色 as required columns beside its own', () => {
    const spec = loadMapping(MAPPING).files[0]!;
    const cols = new Map(sheetColumns(spec).map((c) => [c.key.split('|')[0], c.optional]));
    expect(cols.get('单位类型')).toBe(false);
    expect(cols.get('角色')).toBe(false);
    expect(cols.get('单位名称')).toBe(false);
    expect(cols.get('所在地区')).toBe(true);
    expect(cols.get('项目编号')).toBe(true);
  });

  it('reports each mistake with its key path', () => {
    const lf = (map: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ 单位: { ...ORG, labelFrom: { column: '类型', map, ...extra } } });
    const cases: Array<[unknown, RegExp]> = [
      [entry(lf({ 个人: 'Person' })), /^m\.json: files\[0\]\.columns\.单位\.labelFrom\.map\.个人: 'Person' is not one of the tie's labels \(Enterprise, Lab, Organisation\)/],
      [entry(lf({ 高校: { label: 'Lab', props: { rank: 1 } } })), /columns\.单位\.labelFrom\.map\.高校\.props\.rank: 'rank' is not a property of Lab/],
      [entry(lf({ 企业: 'Enterprise' }, { default: 'Region' })), /columns\.单位\.labelFrom\.default: 'Region' is not one of the tie's labels/],
      [entry(lf({})), /columns\.单位\.labelFrom\.map: must list at least one type/],
      [entry(lf({ 企业: 'Enterprise' }, { colour: 'x' })), /columns\.单位\.labelFrom: .*colour/],
      [entry({ 地区: { tie: 'LOCATED_IN', of: '单位名称', to: 'Region' } }), /columns\.地区\.of: '单位名称' is not another tie column of this entry/],
      [entry({ 地区: { tie: 'LOCATED_IN', of: '地区', to: 'Region' } }), /columns\.地区\.of: '地区' is not another tie column/],
      [entry({ 单位: { ...ORG, split: '、' }, 地区: { tie: 'LOCATED_IN', of: '单位', to: 'Region' } }), /columns\.地区\.of: '单位' splits its cell into several names/],
      [entry({ 地区: { tie: 'LOCATED_IN', of: '单位', to: 'TechArea' } }), /columns\.地区: LOCATED_IN cannot join Enterprise to TechArea/],
      [entry({ 地区: { tie: 'LOCATED_IN', to: 'Region', skipUnknown: true, create: true } }), /columns\.地区\.skipUnknown: .*either created .* or skipped/],
      [entry({ 单位: { ...ORG, props: { role: { column: '角色', format: 'abcd' } } } }), /columns\.单位\.props\.role\.format: 'abcd' is not a usable pattern/],
      [entry({ 单位: { ...ORG, props: { salary: { column: '工资' } } } }), /columns\.单位\.props\.salary: 'salary' is not a property of PARTICIPATES_IN/],
      [entry({ 经费: { prop: 'nameEn', scale: 10000 } }), /columns\.经费\.nameEn\.scale: 'nameEn' is not a number \(string\)/],
      [entry({ 经费: { prop: 'budget', scale: -1 } }), /columns\.经费\.scale: /],
      [entry({}, { keyMode: 'any' }), /files\[0\]\.keyMode: /],
      [{ files: [{ match: '*.csv', label: 'Project', keyMode: 'first' }] }, /files\[0\]\.keyMode: only applies to a file entry with "columns"/],
    ];
    for (const [value, message] of cases) expect(() => parseMapping(value, 'm.json'), message.source).toThrow(message);
  });
});

describe('bad rows of a project-partner sheet, found before anything is written', () => {
  const COL = (name: string) => PARTNER_HEADER.indexOf(name) + 1;
  /** The example's rows with some cells changed, as GBK CSV (header on line 1, so row i is on line i + 2). */
  function sheet(name: string, change: (rows: Array<Array<string | number | Date | null>>) => void): string {
    const rows = PARTNER_ROWS.map((r) => [...r]);
    change(rows);
    const file = path.join(dir, name);
    fs.writeFileSync(file, iconv.encode(csvText([PARTNER_HEADER, ...rows]), 'gbk'));
    return file;
  }
  const check = async (file: string) => {
    const run = await checkImport(file, { mapping: MAPPING }, { lookup: null });
    expect(run.stopped?.status).toBe('bad-rows');
    return run.stopped!.badRows;
  };

  it('the example itself has none', async () => {
    const run = await checkImport(path.join(PROJECT_ROOT, 'seed', 'spreadsheets', 'project-partners', 'partners-gbk.csv'), { mapping: MAPPING }, { lookup: null });
    expect(run.stopped).toBeNull();
    expect(run.dryRunReport().badRows).toEqual([]);
  });

  it('a type the map does not know is bad at the type column', async () => {
    const bad = await check(sheet('bad-type.csv', (rows) => (rows[4]![COL('单位类型') - 1] = '大学')));
    expect(bad).toEqual([{ file: expect.stringMatching(/bad-type\.csv$/), line: 6, column: COL('单位类型'), reason: expect.stringMatching(/'大学' is not a type this mapping knows \(企业, 高校/) }]);
  });

  it('a new name given two types is bad on each of its lines', async () => {
    // 余杭轻合金... is on rows 2 and 6 (lines 4 and 8); it is not stored, so which label it gets cannot be guessed.
    const bad = await check(sheet('two-types.csv', (rows) => (rows[6]![COL('单位类型') - 1] = '高校')));
    expect(bad.map((b) => [b.line, b.column])).toEqual([
      [4, COL('单位类型')],
      [8, COL('单位类型')],
    ]);
    expect(bad[0]!.reason).toMatch(/余杭轻合金精密制造有限公司\(示例\)' is given as (Enterprise and as Lab|Lab and as Enterprise)/);
  });

  it('an unknown name with an empty type, a role outside the map and a budget that is no number are bad where they are', async () => {
    const bad = await check(
      sheet('mixed.csv', (rows) => {
        rows[8]![COL('单位类型') - 1] = null;
        rows[1]![COL('角色') - 1] = '协作';
        rows[3]![COL('经费(万元)') - 1] = '三百';
      }),
    );
    expect(bad.map((b) => [b.line, b.column])).toEqual([
      [3, COL('角色')],
      [5, COL('经费(万元)')],
      [10, COL('单位类型')],
    ]);
    expect(bad[0]!.reason).toMatch(/no entry for "协作"/);
    expect(bad[1]!.reason).toMatch(/expected a number to multiply by 10000, got "三百"/);
    expect(bad[2]!.reason).toMatch(/'杭州市轻量化材料产业联盟\(示例\)'.*'单位类型' is empty; give its type/);
  });
});
