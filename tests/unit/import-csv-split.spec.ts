// The importer's CSV splitter against csv-parse (an independent implementation) on tricky text cut into every
// possible pair of chunks, and against the real shared files: same fields, and the line each record starts on.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvSplitter, CsvSyntaxError } from '../../seed/import/csv-split.js';
import { SHARED_DATA } from '../support/shared-data.js';

function split(text: string, delimiter: string, cuts: number[] = []): Array<{ line: number; fields: string[] }> {
  const s = new CsvSplitter(delimiter);
  const out = [];
  let at = 0;
  for (const c of [...cuts.sort((x, y) => x - y), text.length]) {
    out.push(...s.push(text.slice(at, c)));
    at = c;
  }
  out.push(...s.end());
  return out;
}

/** csv-parse's records and the physical line each starts on (end line minus line breaks inside its fields). */
function reference(text: string, delimiter: string): Array<{ line: number; fields: string[] }> {
  const rows = parse(text, { delimiter, info: true, relax_quotes: true, relax_column_count: true, skip_empty_lines: true, bom: true }) as unknown as Array<{
    record: string[];
    info: { lines: number };
  }>;
  return rows.map((r) => ({ line: r.info.lines - r.record.join('').split('\n').length + 1, fields: r.record }));
}

const TRICKY = [
  'a,b,c\n1,2,3\n',
  'a,b\r\n1,2\r\n\r\n3,4',
  'id,text\n1,"hello, world"\n2,"say ""hi"""\n3,"two\nlines"\n4,plain\n',
  'x|y\n"a|b"|c\n\n\n"multi\nline\n"|z\n',
  'k;v\n1;ab"cd\n2;"q"\n3;""\n4;\n',
  '\uFEFFh1,h2\n"",""\n,\n',
  'a\tb\n"x\ty"\t"1\n2\n3"\nlast\tone',
];

describe('CsvSplitter', () => {
  it('splits like csv-parse, with the line each record starts on, however the text is chunked', () => {
    for (const text of TRICKY) {
      const delimiter = text.includes('\t') ? '\t' : text.includes('|') ? '|' : text.includes(';') ? ';' : ',';
      const expected = reference(text, delimiter);
      for (let a = 0; a <= text.length; a++) {
        for (let b = a; b <= text.length; b += 3) {
          expect(split(text, delimiter, [a, b]), `${JSON.stringify(text)} cut at ${a},${b}`).toEqual(expected);
        }
      }
    }
  });

  it('counts CRLF line breaks inside a quoted field once each', () => {
    // csv-parse counts these differently, so the lines are spelled out: the record opens on line 5.
    const text = 'x|y\r\n"a|b"|c\r\n\r\n\r\n"multi\r\nline\r\n"|z\r\nlast|one\r\n';
    for (let a = 0; a <= text.length; a++) {
      expect(split(text, '|', [a])).toEqual([
        { line: 1, fields: ['x', 'y'] },
        { line: 2, fields: ['a|b', 'c'] },
        { line: 5, fields: ['multi\r\nline\r\n', 'z'] },
        { line: 8, fields: ['last', 'one'] },
      ]);
    }
  });

  it('reports an unclosed quote with the line it opened on', () => {
    expect(() => split('a,b\n1,2\n3,"open\nnever closed\n', ',')).toThrow(CsvSyntaxError);
    try {
      split('a,b\n1,2\n3,"open\nnever closed\n', ',');
    } catch (e) {
      expect((e as CsvSyntaxError).line).toBe(3);
    }
  });

  it('reads the real shared files exactly as csv-parse does', () => {
    const files = [
      ['cordis-h2020/h2020_organizations_out_formatted_latest.csv', ','],
      ['ldbc-snb-sf0.1/Organisation.csv', '|'],
      ['ldbc-snb-sf0.1/Person.csv', '|'],
    ] as const;
    let checked = 0;
    for (const [name, delimiter] of files) {
      const file = path.join(SHARED_DATA, name);
      if (!fs.existsSync(file)) continue;
      const raw = fs.readFileSync(file);
      const text = (name.endsWith('.gz') ? zlib.gunzipSync(raw) : raw).toString('utf8');
      const cuts = [1000, 65_536, 65_537, Math.floor(text.length / 2)].filter((c) => c < text.length);
      const mine = split(text, delimiter, cuts);
      const theirs = reference(text, delimiter);
      expect(mine.length).toBe(theirs.length);
      // Compared as text: a deep equality of 150k records is needlessly slow.
      expect(mine.map((r) => `${r.line}:${r.fields.join('\u0001')}`).join('\n')).toBe(theirs.map((r) => `${r.line}:${r.fields.join('\u0001')}`).join('\n'));
      checked++;
    }
    if (process.env.CI === 'true') expect(checked).toBe(files.length);
  }, 60_000);
});
