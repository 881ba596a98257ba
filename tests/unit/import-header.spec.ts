// Header parsing in the neo4j-admin convention, delimiter detection, and the typing of cells and model values.
import { describe, expect, it } from 'vitest';
import { detectDelimiter, HeaderError, parseHeader } from '../../seed/import/header.js';
import { parseByPattern, parseCell, toModelValue, ValueError } from '../../seed/import/values.js';

describe('parseHeader', () => {
  it('reads a node header with an ID space, labels, typed and array columns', () => {
    const h = parseHeader(['id:ID(Person)', ':LABEL', 'name', 'age:INT', 'score:double', 'tags:string[]', 'born:date', 'skip:IGNORE']);
    expect(h.kind).toBe('nodes');
    expect(h.id).toMatchObject({ index: 0, name: 'id', role: 'id', space: 'Person' });
    expect(h.label).toMatchObject({ index: 1, role: 'label' });
    expect(h.columns.map((c) => [c.name, c.role, c.type, c.array])).toEqual([
      ['id', 'id', 'string', false],
      ['', 'label', 'string', false],
      ['name', 'prop', 'string', false],
      ['age', 'prop', 'int', false],
      ['score', 'prop', 'float', false],
      ['tags', 'prop', 'string', true],
      ['born', 'prop', 'date', false],
      ['skip', 'ignore', 'string', false],
    ]);
  });

  it('reads a relationship header; an ID without a space keeps no space', () => {
    const h = parseHeader([':START_ID(Person)', ':END_ID(Org:2)', ':TYPE', 'since:long']);
    expect(h.kind).toBe('relationships');
    expect(h.start).toMatchObject({ space: 'Person', index: 0 });
    expect(h.end).toMatchObject({ space: 'Org:2', index: 1 });
    expect(h.type).toMatchObject({ index: 2 });
    expect(parseHeader(['code:ID', 'name']).id!.space).toBeUndefined();
  });

  it('names the offending column of a bad header', () => {
    const column = (fields: string[]) => {
      try {
        parseHeader(fields);
      } catch (e) {
        expect(e).toBeInstanceOf(HeaderError);
        return [(e as HeaderError).column, (e as Error).message];
      }
      return null;
    };
    expect(column(['id:ID', 'age:integerish'])).toEqual([2, expect.stringMatching(/unknown column type 'integerish'/)]);
    expect(column(['name', 'age:int'])).toEqual([1, expect.stringMatching(/neither an :ID column/)]);
    expect(column(['id:ID', 'name', 'name'])).toEqual([3, expect.stringMatching(/appears twice/)]);
    expect(column(['id:ID', ':START_ID', ':END_ID'])).toEqual([1, expect.stringMatching(/both an :ID column and :START_ID/)]);
    expect(column([':START_ID', 'x', ':TYPE'])).toEqual([1, expect.stringMatching(/needs an :END_ID/)]);
    expect(column(['id:ID', ':TYPE'])).toEqual([2, expect.stringMatching(/:TYPE belongs in relationship files/)]);
    expect(column(['id:ID', ':LABEL[]'])).toEqual([2, expect.stringMatching(/cannot be an array/)]);
  });

  it('detects the delimiter from the header, ignoring quoted text', () => {
    expect(detectDelimiter('id:ID(Person)|firstName:STRING|lastName:STRING')).toBe('|');
    expect(detectDelimiter('rcn,role,pic,type')).toBe(',');
    expect(detectDelimiter('"a,b,c";"d";"e"')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('single')).toBe(',');
  });
});

describe('cell and model values', () => {
  it('types cells as their header says; empty means no value', () => {
    expect(parseCell('42', 'int', false, ';')).toBe(42);
    expect(parseCell('20100214153210447', 'int', false, ';')).toBe(20100214153210447n);
    expect(parseCell('-1.5e3', 'float', false, ';')).toBe(-1500);
    expect(parseCell('TRUE', 'boolean', false, ';')).toBe(true);
    expect(parseCell('2024-02-29', 'date', false, ';')).toBe('2024-02-29');
    expect(parseCell('2024-05-01 09:30:00', 'datetime', false, ';')).toBe('2024-05-01T09:30:00');
    expect(parseCell('a;b;c', 'string', true, ';')).toEqual(['a', 'b', 'c']);
    expect(parseCell('1|2', 'int', true, '|')).toEqual([1, 2]);
    expect(parseCell('', 'int', false, ';')).toBeNull();
    expect(parseCell('  ', 'date', false, ';')).toBeNull();
  });

  it('rejects what is not of the declared type', () => {
    for (const [text, type] of [
      ['4.2', 'int'],
      ['12abc', 'int'],
      ['NaN', 'float'],
      ['yes', 'boolean'],
      ['2023-02-29', 'date'],
      ['2024-13-01', 'date'],
      ['20240101', 'date'],
      ['tomorrow', 'datetime'],
    ] as const) {
      expect(() => parseCell(text, type, false, ';'), `${text} as ${type}`).toThrow(ValueError);
    }
    expect(() => parseCell('1;x', 'int', true, ';')).toThrow(/item 2 of the list/);
  });

  it('reads digit patterns into ISO dates and date-times', () => {
    expect(parseByPattern('19891203', 'yyyyMMdd')).toMatchObject({ date: '1989-12-03', hasTime: false });
    expect(parseByPattern('20100214153210447', 'yyyyMMddHHmmssSSS')).toEqual({
      date: '2010-02-14',
      dateTime: '2010-02-14T15:32:10.447Z',
      hasTime: true,
    });
    expect(parseByPattern('2013', 'yyyy').date).toBe('2013-01-01');
    expect(parseByPattern('03/12/1989', 'dd/MM/yyyy').date).toBe('1989-12-03');
    expect(() => parseByPattern('19891303', 'yyyyMMdd')).toThrow(/not a real date/);
    expect(() => parseByPattern('1989120', 'yyyyMMdd')).toThrow(/does not match/);
    expect(() => parseByPattern('198912031', 'yyyyMMdd')).toThrow(/does not match/);
  });

  it('converts to the model type of the property', () => {
    expect(toModelValue(12, 'string')).toBe('12');
    expect(toModelValue('x', 'string[]')).toEqual(['x']);
    expect(toModelValue(['a', '', 'b'], 'string[]')).toEqual(['a', 'b']);
    expect(toModelValue('17', 'int')).toBe(17);
    expect(toModelValue('317625', 'float')).toBe(317625);
    expect(toModelValue('False', 'boolean')).toBe(false);
    expect(toModelValue('2010-02-14T15:32:10.447Z', 'date')).toBe('2010-02-14');
    expect(toModelValue('2010-02-14', 'datetime')).toBe('2010-02-14T00:00:00Z');
    expect(() => toModelValue(20100214153210447n, 'int')).toThrow(/too large/);
    expect(() => toModelValue('1.5', 'int')).toThrow(/whole number/);
    expect(() => toModelValue({ a: 1 }, 'string')).toThrow(/text/);
    expect(() => toModelValue('maybe', 'boolean')).toThrow(/true or false/);
  });
});
