// Two small engine rules that LDBC Datagen's own files need: a plain header that repeats a name
// (`Person.id|Person.id|creationDate`) names each later occurrence by its number (`Person.id_2`), so a "rows" recipe
// can read both ends; and a date "format" may list alternatives (`yyyy-MM-dd|epochMillis`), `epochMillis` reading
// milliseconds since 1970 UTC, so one mapping reads the files of either date formatter.
import { describe, expect, it } from 'vitest';
import { HeaderError, plainColumns } from '../../seed/import/header.js';
import { ImportConfigError, parseMapping } from '../../seed/import/mapping.js';
import { compileRowsFile, CsvCells, RowError } from '../../seed/import/transform.js';
import { isUsablePattern, parseByPattern, ValueError } from '../../seed/import/values.js';

/** What `run` throws (undefined when it returns), so that a test can look at the error's column. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('plainColumns: a repeated header name', () => {
  it('keeps the first occurrence and numbers the later ones, each at its own position', () => {
    const cols = plainColumns(['Person.id', ' Person.id ', 'creationDate', 'Person.id']);
    expect(cols.map((c) => [c.name, c.index, c.text])).toEqual([
      ['Person.id', 0, 'Person.id'],
      ['Person.id_2', 1, 'Person.id'],
      ['creationDate', 2, 'creationDate'],
      ['Person.id_3', 3, 'Person.id'],
    ]);
  });

  it('refuses a header where the numbered name is also a column, naming both', () => {
    const err = thrown(() => plainColumns(['a', 'a_2', 'a']));
    expect(err).toBeInstanceOf(HeaderError);
    expect((err as HeaderError).column).toBe(3);
    expect((err as HeaderError).message).toMatch(/column 'a' appears 2 times.*'a_2'.*column 2/);
  });

  const mapping = parseMapping(
    { files: [{ match: '*.csv', relationships: [{ type: 'KNOWS', start: 'p:{Person.id}', end: 'p:{Person.id_2}', props: { since: { column: 'creationDate', format: 'yyyy-MM-dd|epochMillis' } } }] }] },
    'm.json',
  );
  const rowsOf = (header: string[]) => {
    const cells = new CsvCells(plainColumns(header), ';');
    const t = compileRowsFile({ mapping, spec: mapping.files[0]!, file: 'k.csv', where: 'files[0]', columns: cells.names(), arrayDelimiter: ';' });
    return (record: string[]) => t(cells.reset(record));
  };

  it('lets a recipe read both ends of a knows row', () => {
    const out = rowsOf(['Person.id', 'Person.id', 'creationDate'])(['933', '4139', '1266161530447']);
    expect(out.rels.map((r) => [r.start, r.end, r.startCol, r.endCol, r.props.since])).toEqual([['p:933', 'p:4139', 1, 2, '2010-02-14']]);
  });

  it('makes a reference to an occurrence the header lacks a mapping error that names it and lists the columns', () => {
    expect(() => rowsOf(['Person.id', 'Organisation.id', 'creationDate'])).toThrow(ImportConfigError);
    expect(() => rowsOf(['Person.id', 'Organisation.id', 'creationDate'])).toThrow(/m\.json: files\[0\]\..*'Person\.id_2' is not in the header \(columns: Person\.id, Organisation\.id, creationDate\)/);
  });

  it('reports an unreadable date at its column, naming every pattern tried', () => {
    const row = rowsOf(['Person.id', 'Person.id', 'creationDate']);
    const err = thrown(() => row(['1', '2', '14/02/2010']));
    expect(err).toBeInstanceOf(RowError);
    expect((err as RowError).column).toBe(3);
    expect((err as RowError).message).toMatch(/"14\/02\/2010" matches none of the patterns yyyy-MM-dd, epochMillis/);
  });
});

describe('format alternatives and epochMillis', () => {
  it('reads epoch milliseconds as the UTC instant, independently computed', () => {
    const ms = Date.UTC(2010, 1, 14, 15, 32, 10, 447);
    expect(parseByPattern(String(ms), 'epochMillis')).toEqual({ date: '2010-02-14', dateTime: '2010-02-14T15:32:10.447Z', hasTime: true });
    // Before 1970 too (a birthday), and the last millisecond of a day stays on that day.
    expect(parseByPattern(String(Date.UTC(1950, 0, 1)), 'epochMillis').date).toBe('1950-01-01');
    expect(parseByPattern(String(Date.UTC(1989, 11, 3, 23, 59, 59, 999)), 'epochMillis').date).toBe('1989-12-03');
  });

  it('refuses text that is not a whole number of milliseconds in range', () => {
    for (const bad of ['12.5', '2010-02-14', '', '9'.repeat(16), '253402300800000']) {
      expect(() => parseByPattern(bad, 'epochMillis')).toThrow(ValueError);
    }
  });

  it('tries alternatives in order: Datagen default formatter and LongDateFormatter', () => {
    const both = 'yyyy-MM-ddTHH:mm:ss.SSS+0000|epochMillis';
    expect(parseByPattern('2010-02-14T15:32:10.447+0000', both).dateTime).toBe('2010-02-14T15:32:10.447Z');
    expect(parseByPattern('1266161530447', both).dateTime).toBe('2010-02-14T15:32:10.447Z');
    expect(parseByPattern('1989-12-03', 'yyyy-MM-dd|epochMillis').date).toBe('1989-12-03');
    expect(() => parseByPattern('2010-02-14T15:32:10.447+0100', both)).toThrow(/matches none of the patterns/);
  });

  it('accepts a format only when every alternative is usable', () => {
    expect(isUsablePattern('yyyy-MM-dd|epochMillis')).toBe(true);
    expect(isUsablePattern('epochMillis')).toBe(true);
    expect(isUsablePattern('yyyy-MM-dd|')).toBe(false);
    expect(isUsablePattern('yyyy|ddMM')).toBe(false);
    expect(() => parseMapping({ files: [{ match: '*.csv', label: 'Person', props: { birthday: { column: 'b', format: 'yyyyMMdd|epochMilis' } } }] }, 'm.json')).toThrow(
      /m\.json: files\[0\]\.props\.birthday\.format: 'yyyyMMdd\|epochMilis' is not a usable pattern/,
    );
  });
});
