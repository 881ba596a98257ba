// Spreadsheet ("columns") mapping entries are checked against the model before a row is read: the shipped layouts
// parse, and each mistake is reported with the mapping file and the key path that holds it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnAlternatives, loadMapping, parseMapping } from '../../seed/import/mapping.js';
import { sheetRowId } from '../../seed/import/transform.js';
import { PROJECT_ROOT } from '../../server/config.js';

const entry = (over: Record<string, unknown>) => ({
  files: [{ match: '*.xlsx', label: 'Person', key: ['姓名'], columns: { 姓名: 'nameZh' }, ...over }],
});

describe('spreadsheet mappings', () => {
  it('ship two layouts that parse', () => {
    for (const name of ['talent-pool-members.json', 'firm-demands.json']) {
      const m = loadMapping(path.join(PROJECT_ROOT, 'seed', 'mappings', name));
      expect(m.files[0]!.columns).toBeDefined();
    }
  });

  it('report each mistake with its key path', () => {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ label: undefined }, /files\[0\]\.label: a file entry with "columns" needs the "label"/],
      [{ label: 'Human' }, /files\[0\]\.label: 'Human' is not a model label/],
      [{ key: ['手机'] }, /files\[0\]\.key: '手机' is not a key of "columns"/],
      [{ columns: { 姓名: 'nameZh', 年龄: 'age' } }, /files\[0\]\.columns\.年龄\.age: 'age' is not a node property in the model for Person/],
      [{ columns: { 姓名: 'nameZh', 单位: { tie: 'EMPLOYED_BY', to: 'Enterprise' } } }, /columns\.单位\.tie: 'EMPLOYED_BY' is not a model relationship type/],
      [{ columns: { 姓名: 'nameZh', 单位: { tie: 'WORKS_AT', to: 'Region' } } }, /columns\.单位: WORKS_AT cannot join Person to Region/],
      [{ columns: { 姓名: 'nameZh', 单位: { tie: 'WORKS_AT', to: 'Enterprise', from: 'Lab' } } }, /columns\.单位: a tie needs exactly one of "to" or "from"/],
      [{ columns: { 姓名: 'nameZh', 单位: { tie: 'WORKS_AT', to: 'Enterprise', props: { salary: 1 } } } }, /columns\.单位\.props\.salary: 'salary' is not a property of WORKS_AT/],
      [{ nodes: [] }, /files\[0\]\.nodes: does not apply to a file entry with "columns"/],
    ];
    for (const [over, message] of cases) {
      expect(() => parseMapping(entry(over), 'm.json'), message.source).toThrow(message);
    }
  });

  it('accept a tie that points at the row node ("from") where the model allows it', () => {
    const m = parseMapping(
      { files: [{ match: '*.csv', label: 'Demand', key: ['需求'], columns: { 需求: 'nameZh', 企业: { tie: 'POSTED', from: 'Enterprise', by: 'name' } } }] },
      'm.json',
    );
    expect(m.files).toHaveLength(1);
    expect(() => parseMapping({ files: [{ match: '*.csv', label: 'Demand', key: ['需求'], columns: { 需求: 'nameZh', 企业: { tie: 'POSTED', to: 'Enterprise' } } }] }, 'm.json')).toThrow(
      /POSTED cannot join Demand to Enterprise/,
    );
  });

  it('split header alternatives and make ids without the key texts in them', () => {
    expect(columnAlternatives(' 姓名 | Name |')).toEqual(['姓名', 'Name']);
    const id = sheetRowId('pool-member', ['张伟', '13900000001']);
    expect(id).toMatch(/^pool-member:[0-9a-f]{16}$/);
    expect(id).not.toContain('13900000001');
    expect(sheetRowId('pool-member', ['张伟', '13900000001'])).toBe(id);
    expect(sheetRowId('pool-member', ['张伟', '13900000002'])).not.toBe(id);
  });
});
