// Which mappings fit which files (seed/import/mapping-fit.ts), on small files and mappings written here: a
// "columns" entry fits when every required column is in the header row found below a title row, optional ones may
// be missing; a "rows" entry needs every column its expressions read; a header-convention entry needs a neo4j-admin
// header; a file no entry matches is ignored (listed with no entry) and a skipped one counts as handled; the order
// puts exact file names before patterns and "no mapping needed" before pattern-only fits; a broken mapping is left
// out, not fatal.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { suggestMappings } from '../../seed/import/mapping-fit.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-mapping-fit-'));
const mappings = path.join(root, 'mappings');
fs.mkdirSync(mappings);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function mapping(id: string, value: unknown): void {
  fs.writeFileSync(path.join(mappings, `${id}.json`), typeof value === 'string' ? value : JSON.stringify(value));
}
function file(name: string, text: string): { name: string; path: string } {
  const p = path.join(root, name);
  fs.writeFileSync(p, text);
  return { name, path: p };
}

mapping('members', {
  name: 'Members',
  files: [
    {
      match: ['**/*.csv'],
      label: 'Person',
      key: ['姓名|Name'],
      columns: { '姓名|Name': 'nameZh', '手机|Mobile': 'phone', '邮箱|Email': { prop: 'email', optional: true } },
    },
  ],
});
mapping('people-export', {
  name: 'People export',
  files: [
    { match: 'people.csv', props: { name: '{first} {last}' } },
    { match: 'tags.csv', skip: true },
  ],
});
mapping('projects', {
  name: 'Projects',
  files: [{ match: '*.csv', nodes: [{ id: 'p:{rcn}', label: 'Project', props: { name: 'title' } }] }],
});
mapping('broken', '{"files": [');

describe('mapping fit', () => {
  it('fits a "columns" entry below a title row when the required columns are there, listing the optional one missing', async () => {
    const members = file('members.csv', '2025 名单,,\n姓名,手机,单位\n张三,138,甲\n');
    const got = await suggestMappings(mappings, [members]);
    expect(got.map((s) => s.id)).toEqual(['members']);
    expect(got[0]!.files[0]).toMatchObject({ file: 'members.csv', headerLine: 2, found: ['姓名', '手机'], missing: ['邮箱'], fits: true });
    expect(got[0]!.score).toBeCloseTo(2 / 3, 3);

    const noPhone = file('no-phone.csv', '姓名,单位\n张三,甲\n');
    expect(await suggestMappings(mappings, [noPhone])).toEqual([]);
  });

  it('fits a "rows" entry only when every column its expressions read is in the header', async () => {
    const projects = await suggestMappings(mappings, [file('h2020.csv', 'rcn;title;country\n1;A;DE\n')]);
    expect(projects.map((s) => s.id)).toEqual(['projects']);
    expect(projects[0]!.files[0]!.found.sort()).toEqual(['rcn', 'title']);
    expect(await suggestMappings(mappings, [file('h2020-short.csv', 'rcn;country\n1;DE\n')])).toEqual([]);
  });

  it('ranks an exact file name before "no mapping needed", which comes before pattern-only fits; skipped files count as handled', async () => {
    const people = file('people.csv', 'id:ID(P),first,last\n1,Ann,Lee\n');
    const tags = file('tags.csv', 'id:ID(T),name\n1,x\n');
    const got = await suggestMappings(mappings, [people, tags]);
    expect(got.map((s) => s.id)).toEqual(['people-export', null]);
    expect(got[0]!.files.map((f) => [f.file, f.entry, f.skipped])).toEqual([
      ['people.csv', 'people.csv', false],
      ['tags.csv', 'tags.csv', true],
    ]);
    // A header-convention file the exact entry misses a column for is not a fit for it.
    expect((await suggestMappings(mappings, [file('people.csv', 'id:ID(P),first\n1,Ann\n')])).map((s) => s.id)).toEqual([null]);
  });

  it('lists a file no entry matches as ignored, and a file nothing opens with its problem (alone: an error naming it)', async () => {
    const members = file('m.csv', '姓名,手机\n张三,138\n');
    const notes = file('notes.jsonl', '{"a": 1}\n');
    const got = await suggestMappings(mappings, [members, notes]);
    const fit = got.find((s) => s.id === 'members')!;
    expect(fit.files.map((f) => [f.file, f.entry])).toEqual([
      ['m.csv', '**/*.csv'],
      ['notes.jsonl', null],
    ]);
    expect(got.map((s) => s.id)).toEqual(['members']);
    // A file nothing opens does not hide what fits the others: it is listed with its problem. Alone, nothing can be
    // suggested, and the error says why rather than an empty answer.
    const notXlsx = file('sheet.xlsx', 'not a workbook');
    const beside = await suggestMappings(mappings, [file('people.csv', 'id:ID(P),first\n1,Ann\n'), notXlsx]);
    expect(beside.map((s) => s.id)).toEqual([null]);
    expect(beside[0]!.files.map((f) => [f.file, f.fits, f.problem?.replace(/:.*/, '') ?? null])).toEqual([
      ['people.csv', true, null],
      ['sheet.xlsx', false, 'cannot read'],
    ]);
    await expect(suggestMappings(mappings, [notXlsx])).rejects.toThrow(/^sheet\.xlsx: cannot read: not a readable \.xlsx workbook/);
  });
});
