// Dates as Excel on Chinese Windows writes them into text cells (2020/1/1, 2020年1月1日, with or without a time):
// each accepted form reads as the ISO date the store keeps, in header CSV cells, mapping expressions and spreadsheet
// columns; what could be read two ways, does not exist or is only a month or a year (unless the mapping says
// "partial") is refused with a message naming the accepted forms.
import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../seed/import/header.js';
import { ImportConfigError, parseMapping } from '../../seed/import/mapping.js';
import { compileHeaderFile, compileJsonLines, CsvCells, RowError } from '../../seed/import/transform.js';
import { compileSheetFile } from '../../seed/import/sheet-transform.js';
import { isUsablePattern, parseByPattern, parseCell, readDate, toModelValue, ValueError } from '../../seed/import/values.js';

const ACCEPTED = /\(accepted: 2020-01-31, 2020\/1\/31, 2020\.1\.31 or 2020年1月31日, year first/;

/** The error a call throws, which must be of `kind` (a call that throws nothing fails the test). */
function caught<E extends Error>(fn: () => unknown, kind: abstract new (...args: never[]) => E): E {
  let error: unknown = 'nothing thrown';
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(kind);
  return error as E;
}

const refusal = (fn: () => unknown) => caught(fn, ValueError).message;

describe('year-first date text', () => {
  it('reads each form Excel writes as the ISO date', () => {
    for (const text of ['2020-03-05', '2020/3/5', '2020/03/05', '2020-3-5', '2020.3.5', '2020.03.05', '2020年3月5日', '2020年03月05日', ' 2020/3/5 ']) {
      expect(readDate(text, 'date'), text).toBe('2020-03-05');
      expect(parseCell(text, 'date', false, ';'), text).toBe('2020-03-05');
      expect(toModelValue(text, 'date'), text).toBe('2020-03-05');
    }
  });

  it('reads a time of day: kept for a date-time, dropped for a date', () => {
    expect(readDate('2020/1/1 9:30', 'datetime')).toBe('2020-01-01T09:30:00');
    expect(readDate('2020/1/1 09:30:00', 'datetime')).toBe('2020-01-01T09:30:00');
    expect(readDate('2020年1月1日 23:59:58.5', 'datetime')).toBe('2020-01-01T23:59:58.500');
    expect(readDate('2020-1-1 0:05', 'datetime')).toBe('2020-01-01T00:05:00');
    expect(readDate('2020/1/1 9:30', 'date')).toBe('2020-01-01');
    // A date alone is midnight UTC, as an Excel date cell and an ISO date already were.
    expect(readDate('2026/3/5', 'datetime')).toBe('2026-03-05T00:00:00Z');
    expect(parseCell('2026/3/5 8:00', 'datetime', false, ';')).toBe('2026-03-05T08:00:00');
    // The ISO forms keep working as before.
    expect(readDate('2024-05-01T09:30:00Z', 'datetime')).toBe('2024-05-01T09:30:00Z');
    expect(readDate('2024-05-01 09:30:00', 'datetime')).toBe('2024-05-01T09:30:00');
    expect(readDate('2010-02-14T15:32:10.447Z', 'date')).toBe('2010-02-14');
  });

  it('agrees with the calendar on every day of three years, and refuses the days that do not exist', () => {
    for (const year of [1900, 2000, 2023, 2024]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const probe = new Date(Date.UTC(year, month - 1, day));
          const exists = probe.getUTCMonth() === month - 1;
          const text = `${year}/${month}/${day}`;
          if (exists) expect(readDate(text, 'date'), text).toBe(probe.toISOString().slice(0, 10));
          else expect(refusal(() => readDate(text, 'date')), text).toMatch(/is not a real date/);
        }
      }
    }
  });

  it('refuses what could be read two ways, with the accepted forms', () => {
    const cases: Array<[string, RegExp]> = [
      ['01/02/2020', /"01\/02\/2020" puts the day or month first; write the year first/],
      ['1.2.2020', /puts the day or month first/],
      ['13-02-2020', /puts the day or month first/],
      ['20/1/1', /"20\/1\/1" has a two-digit year/],
      ['20年1月1日', /has a two-digit year/],
      ['1.2.20', /has a two-digit year/],
      ['2020/2/30', /"2020\/2\/30" is not a real date: 2020-02 has 29 days/],
      ['2023-02-29', /is not a real date: 2023-02 has 28 days/],
      ['2020/13/1', /there is no month 13/],
      ['2020/0/1', /there is no month 0/],
      ['2020/1-1', /expected a date, got "2020\/1-1"/],
      ['2020/1/1 25:00', /an impossible time of day/],
      ['2020/1/1 9:30 下午', /expected a date/],
      ['20240101', /expected a date/],
      ['tomorrow', /expected a date, got "tomorrow"/],
    ];
    for (const [text, why] of cases) {
      const message = refusal(() => parseCell(text, 'date', false, ';'));
      expect(message, text).toMatch(why);
      expect(message, text).toMatch(ACCEPTED);
      expect(() => toModelValue(text, 'datetime'), text).toThrow(ValueError);
    }
  });

  it('takes a month or a year alone only when asked ("partial")', () => {
    expect(refusal(() => readDate('2020年1月', 'date'))).toMatch(/"2020年1月" is a month, not a day; a mapping may read it as its first day with "partial": "first"/);
    expect(refusal(() => readDate('2020年', 'date'))).toMatch(/"2020年" is a year, not a day/);
    expect(refusal(() => parseCell('2020', 'date', false, ';'))).toMatch(/"2020" is a year, not a day/);
    expect(refusal(() => toModelValue('2020/3', 'datetime'))).toMatch(/is a month, not a day/);
    expect(readDate('2020年1月', 'date', true)).toBe('2020-01-01');
    expect(readDate('2020年11月', 'date', true)).toBe('2020-11-01');
    expect(readDate('2020年', 'date', true)).toBe('2020-01-01');
    expect(readDate('2020', 'date', true)).toBe('2020-01-01');
    expect(readDate('2020/3', 'date', true)).toBe('2020-03-01');
    expect(readDate('2020年3月5日', 'date', true)).toBe('2020-03-05');
    expect(refusal(() => readDate('2020年13月', 'date', true))).toMatch(/there is no month 13/);
    expect(refusal(() => readDate('20年', 'date', true))).toMatch(/expected a date/);
  });
});

describe('format patterns', () => {
  it('read one- or two-digit months, days and hours with M d H', () => {
    expect(parseByPattern('2020/1/5', 'yyyy/M/d').date).toBe('2020-01-05');
    expect(parseByPattern('2020/12/25', 'yyyy/M/d').date).toBe('2020-12-25');
    expect(parseByPattern('2020年3月', 'yyyy年M月').date).toBe('2020-03-01');
    expect(parseByPattern('2020/1/5 9:07', 'yyyy/M/d H:mm')).toEqual({ date: '2020-01-05', dateTime: '2020-01-05T09:07:00.000Z', hasTime: true });
    expect(parseByPattern('19891203', 'yyyyMMdd').date).toBe('1989-12-03');
    expect(() => parseByPattern('2020/1/', 'yyyy/M/d')).toThrow(/does not match the pattern yyyy\/M\/d/);
    expect(() => parseByPattern('2020/2/30', 'yyyy/M/d')).toThrow(/not a real date/);
    expect(() => parseByPattern('2020/123/1', 'yyyy/M/d')).toThrow(/does not match/);
    expect(['yyyy/M/d', 'yyyy年M月d日 H:mm', 'yyyyMMdd', 'ddMM', 'M/d'].map(isUsablePattern)).toEqual([true, true, true, false, false]);
  });
});

/** The column and message of the RowError a call throws. */
const rowError = (fn: () => unknown): [number, string] => {
  const e = caught(fn, RowError);
  return [e.column, e.message];
};

describe('everywhere a date is read', () => {
  const mapping = parseMapping(
    {
      files: [
        { match: 'people.csv', label: 'Person', props: { birthday: { column: 'born', partial: 'first' } } },
        { match: 'sheet.csv', label: 'Project', key: ['名称'], columns: { 名称: 'name', 开始: { prop: 'start', partial: 'first' }, 结束: 'end' } },
      ],
    },
    'm.json',
  );

  it('header CSV: a `:date` column reads the forms, and refuses the rest at its column', () => {
    const header = parseHeader(['id:ID(Person)', 'name', 'birthday:date']);
    const cells = new CsvCells(header.columns, ';');
    const t = compileHeaderFile(header, { file: 'p.csv', where: '', columns: cells.names(), arrayDelimiter: ';' });
    expect(t(cells.reset(['1', 'A', '1982/5/17'])).nodes[0]!.props.birthday).toBe('1982-05-17');
    expect(t(cells.reset(['2', 'B', '1982年5月17日'])).nodes[0]!.props.birthday).toBe('1982-05-17');
    expect(rowError(() => t(cells.reset(['3', 'C', '17/05/1982'])))).toEqual([3, expect.stringMatching(/^column 'birthday:date': "17\/05\/1982" puts the day or month first/)]);
    expect(rowError(() => t(cells.reset(['4', 'D', '1982年5月'])))).toEqual([3, expect.stringMatching(/is a month, not a day/)]);
  });

  it('mapping expressions: "partial": "first" lets a month or a year through, and only there', () => {
    const header = parseHeader(['id:ID(Person)', 'born:date']);
    const cells = new CsvCells(header.columns, ';');
    const t = compileHeaderFile(header, { mapping, spec: mapping.files[0]!, file: 'people.csv', where: 'files[0]', columns: cells.names(), arrayDelimiter: ';' });
    expect(t(cells.reset(['1', '1982年5月'])).nodes[0]!.props.birthday).toBe('1982-05-01');
    expect(t(cells.reset(['2', '1982'])).nodes[0]!.props.birthday).toBe('1982-01-01');
    expect(t(cells.reset(['3', '1982/5/17'])).nodes[0]!.props.birthday).toBe('1982-05-17');
    expect(rowError(() => t(cells.reset(['4', '5/17/1982'])))).toEqual([2, expect.stringMatching(/puts the day or month first/)]);
  });

  it('spreadsheet columns: text cells read as dates, partial only where the column says so', () => {
    const columns = ['名称', '开始', '结束'];
    const cells = new CsvCells(columns.map((name, index) => ({ index, name, role: 'prop' as const, type: 'string' as const, array: false, text: name })), ';');
    const t = compileSheetFile({ mapping, spec: mapping.files[1]!, file: 'sheet.csv', where: 'files[1]', columns: new Set(columns), arrayDelimiter: ';' });
    const props = t(cells.reset(['示例项目', '2024年', '2026/3/5'])).nodes[0]!.props;
    expect([props.start, props.end]).toEqual(['2024-01-01', '2026-03-05']);
    expect(rowError(() => t(cells.reset(['示例项目', '2024/6/1', '2026年3月'])))).toEqual([3, expect.stringMatching(/^property 'end': "2026年3月" is a month, not a day/)]);
  });

  it('JSON lines: a year-first text reads as the date', () => {
    const t = compileJsonLines({ file: 'x.jsonl', where: '', arrayDelimiter: ';' });
    expect(t('{"id": "p:1", "labels": ["Person"], "props": {"birthday": "1990/2/3"}}').nodes[0]!.props.birthday).toBe('1990-02-03');
  });

  it('a mapping asks for "partial" only on date properties, and not together with "format"', () => {
    const problem = (props: Record<string, unknown>) => caught(() => parseMapping({ files: [{ match: '*.csv', label: 'Person', props }] }, 'm.json'), ImportConfigError).message;
    expect(problem({ title: { column: 't', partial: 'first' } })).toMatch(/files\[0\]\.props\.title\.partial: 'title' is not a date \(string\)/);
    expect(problem({ birthday: { column: 'b', partial: 'first', format: 'yyyy年M月' } })).toMatch(/files\[0\]\.props\.birthday\.partial: a "format" pattern already says/);
    // "first" is the only reading a mapping may ask for.
    expect(problem({ birthday: { column: 'b', partial: 'last' } })).toBe('m.json: files[0].props.birthday.partial: Invalid input: expected "first"');
  });
});
