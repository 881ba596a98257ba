// Mapping files: the shipped ones validate, mistakes are named by file and key path, and rows are turned into
// model nodes and relationships the way the mapping says (renames, templates, patterns, label tables, left-out
// labels), with bad values pinned to their column.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../seed/import/header.js';
import { globToRegExp, ImportConfigError, loadMapping, parseMapping, type Mapping } from '../../seed/import/mapping.js';
import { compileHeaderFile, compileJsonLines, compileRowsFile, CsvCells, RowError, type CompileContext } from '../../seed/import/transform.js';
import { PROJECT_ROOT } from '../../server/config.js';

const mappingsDir = path.join(PROJECT_ROOT, 'seed', 'mappings');

function problem(value: unknown): string {
  try {
    parseMapping(value, 'm.json');
  } catch (e) {
    expect(e).toBeInstanceOf(ImportConfigError);
    return (e as Error).message;
  }
  throw new Error('the mapping was accepted');
}

describe('mapping files', () => {
  it('ships valid mappings for LDBC SNB and CORDIS H2020', () => {
    expect(loadMapping(path.join(mappingsDir, 'ldbc-snb.json')).files.length).toBeGreaterThan(5);
    expect(loadMapping(path.join(mappingsDir, 'cordis-h2020.json')).files.length).toBeGreaterThan(2);
  });

  it('says what is wrong inside an expression object, not only that the value fits no form', () => {
    const node = (birthday: unknown) => ({ name: 'x', source: 'x', files: [{ match: 'a.csv', format: 'rows', nodes: [{ id: 'a:{x}', label: 'Person', props: { birthday } }] }] });
    expect(problem(node({ column: 'b', partial: 'last' }))).toBe('m.json: files[0].nodes[0].props.birthday.partial: Invalid input: expected "first"');
    expect(problem(node({ column: 'b', scale: -1 }))).toMatch(/^m\.json: files\[0\]\.nodes\[0\]\.props\.birthday\.scale: .*>0/);
    expect(problem(node({ column: 'b', sacle: 2 }))).toMatch(/props\.birthday: Unrecognized key: "sacle"/);
    // A value of no form at all keeps the union's own message, at its key.
    expect(problem(node(5))).toBe('m.json: files[0].nodes[0].props.birthday: Invalid input');
  });

  it('names the file and the key of each mistake', () => {
    const files = [{ match: '*.csv' }];
    expect(problem({ files, colour: 'red' })).toMatch(/^m\.json: \(top level\): .*colour/);
    expect(problem({ files: [] })).toMatch(/^m\.json: files: must list at least one file entry/);
    expect(problem({ files, labels: { Company: 'Firm' } })).toMatch(/^m\.json: labels\.Company: 'Firm' is not a model label/);
    expect(problem({ files, types: { knows: 'LIKES' } })).toMatch(/^m\.json: types\.knows: 'LIKES' is not a model relationship type/);
    expect(problem({ files: [{ match: 'p.csv', label: 'Person', props: { salary: 'pay' } }] })).toMatch(
      /^m\.json: files\[0\]\.props\.salary: 'salary' is not a node property in the model for Person/,
    );
    expect(problem({ files: [{ match: 'p.csv', label: 'Person', props: { birthday: { column: 'b', format: 'dd/MM' } } }] })).toMatch(
      /^m\.json: files\[0\]\.props\.birthday\.format: /,
    );
    expect(problem({ files: [{ match: 'p.csv', props: { name: { column: 'a', template: '{b}' } } }] })).toMatch(
      /^m\.json: files\[0\]\.props\.name: needs exactly one of "column", "template" or "value"/,
    );
    expect(problem({ files: [{ match: 'x.csv', nodes: [{ id: 'a', label: 'Project', mode: 'append', props: { name: 'n' } }] }] })).toMatch(
      /files\[0\]\.nodes\[0\]\.props\.name: append mode only adds to list properties/,
    );
    expect(problem({ files: [{ match: 'x.csv', label: 'Person', nodes: [{ id: 'a', label: 'Person' }] }] })).toMatch(
      /files\[0\]\.label: does not apply to a "rows" file/,
    );
    expect(problem({ files: [{ match: 'x.csv', relationships: [{ type: 'knows', start: 'a', end: 'b' }] }] })).toMatch(
      /files\[0\]\.relationships\[0\]\.type: 'knows' is not a model relationship type/,
    );
    expect(problem({ files: [{ match: 'x.csv', delimiter: '||' }] })).toMatch(/files\[0\]\.delimiter: must be a single character/);
  });

  it('reads globs relative to the import folder', () => {
    expect(globToRegExp('Person_knows_Person*.csv').test('Person_knows_Person_1.csv')).toBe(true);
    expect(globToRegExp('Person_knows_Person*.csv').test('sub/Person_knows_Person.csv')).toBe(false);
    expect(globToRegExp('**/*.csv.gz').test('a/b/c.csv.gz')).toBe(true);
    expect(globToRegExp('**/*.csv.gz').test('c.csv.gz')).toBe(true);
    expect(globToRegExp('h2020.csv.gz').test('h2020xcsv.gz')).toBe(false);
    expect(globToRegExp('file?.csv').test('file1.csv')).toBe(true);
  });
});

/** The column and message of the RowError a call throws. */
function rowError(fn: () => unknown): [number, string] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(RowError);
    return [(e as RowError).column, (e as Error).message];
  }
  throw new Error('no RowError');
}

function ctxFor(mapping: Mapping, spec: number, columns: Set<string>): CompileContext {
  return { mapping, spec: mapping.files[spec]!, file: 'f.csv', where: `files[${spec}]`, columns, arrayDelimiter: ';' };
}

describe('turning rows into nodes and relationships', () => {
  const mapping = parseMapping(
    {
      source: 'test-source',
      idSpaces: { Person: 'p' },
      labels: { Company: 'Enterprise', University: { label: 'Lab', props: { kind: 'university' } }, Continent: null },
      types: { knows: 'KNOWS' },
      files: [
        { match: 'people.csv', props: { name: '{first} {last}', birthday: { column: 'born', format: 'yyyyMMdd' } }, drop: ['ip'] },
        { match: 'orgs.csv' },
        { match: 'knows.csv', type: 'knows', props: { since: { column: 'created', format: 'yyyyMMddHHmmssSSS' } } },
        {
          match: 'rows.csv',
          nodes: [
            { id: 'org:{pic}', label: { column: 'kind' }, props: { name: { template: 'PIC {pic}', ifMissing: true } } },
            { id: 'proj:{rcn}', label: 'Project', props: { budget: 'money' } },
          ],
          relationships: [{ type: 'PARTICIPATES_IN', start: 'org:{pic}', end: 'proj:{rcn}', props: { role: { column: 'role', map: { c: 'coordinator', p: 'participant' } } } }],
        },
      ],
    },
    'm.json',
  );

  const headerTransform = (spec: number, fields: string[]) => {
    const header = parseHeader(fields);
    const cells = new CsvCells(header.columns, ';');
    const t = compileHeaderFile(header, ctxFor(mapping, spec, cells.names()));
    return (row: string[]) => t(cells.reset(row));
  };

  it('renames, joins and re-types columns, drops the named ones and keeps the rest', () => {
    const t = headerTransform(0, ['id:ID(Person)', 'first', 'last', 'gender', 'born:LONG', 'ip']);
    const out = t(['933', 'Mahinda', 'Perera', 'male', '19891203', '1.2.3.4']);
    expect(out.nodes).toEqual([
      {
        id: 'p:933',
        label: 'Person',
        roles: [],
        props: { gender: 'male', name: 'Mahinda Perera', birthday: '1989-12-03', source: 'test-source' },
        createProps: {},
        mode: 'merge',
        idCol: 1,
      },
    ]);
  });

  it('maps foreign labels with their constant properties, and leaves out labels mapped to null', () => {
    const t = headerTransform(1, ['id:ID(Organisation)', ':LABEL', 'name', 'url']);
    expect(t(['1', 'University', 'MIT', 'http://mit.edu']).nodes[0]).toMatchObject({ id: 'Organisation:1', label: 'Lab', props: { kind: 'university', name: 'MIT' } });
    expect(t(['2', 'Company', 'Acme', '']).nodes[0]).toMatchObject({ label: 'Enterprise', props: { name: 'Acme' } });
    expect(t(['3', 'Continent', 'Asia', ''])).toMatchObject({ nodes: [], skippedNodes: ['Organisation:3'] });
    expect(rowError(() => t(['4', 'Galaxy', 'Milky Way', '']))).toEqual([2, "unknown label 'Galaxy' (not a model label and not in the mapping's \"labels\")"]);
  });

  it('pins a bad value to its column', () => {
    const knows = headerTransform(2, [':START_ID(Person)', ':END_ID(Person)', 'created:LONG']);
    expect(knows(['1', '2', '20100214153210447']).rels).toEqual([
      { type: 'KNOWS', start: 'p:1', end: 'p:2', startCol: 1, endCol: 2, props: { since: '2010-02-14', source: 'test-source' } },
    ]);
    expect(rowError(() => knows(['1', '2', '2010021415321044x']))[0]).toBe(3);
    expect(rowError(() => knows(['', '2', '20100214153210447']))).toEqual([1, 'missing start id']);
    const people = headerTransform(0, ['id:ID(Person)', 'first', 'last', 'born:LONG', 'ip', 'salary:int']);
    expect(rowError(() => people(['1', 'A', 'B', '19900101', '', '100']))).toEqual([6, "property 'salary' is not in the model for Person"]);
    expect(rowError(() => people(['1', 'A', 'B', '1990x101', '', '']))).toEqual([4, expect.stringMatching(/does not match the pattern yyyyMMdd/)]);
  });

  it('turns one plain row into several nodes and a relationship', () => {
    const columns = ['rcn', 'pic', 'kind', 'money', 'role'];
    const cells = new CsvCells(
      columns.map((name, index) => ({ index, name, role: 'prop' as const, type: 'string' as const, array: false, text: name })),
      ';',
    );
    const t = compileRowsFile(ctxFor(mapping, 3, cells.names()));
    const out = t(cells.reset(['221856', '998616262', 'Company', '2927875.5', 'c']));
    expect(out.nodes.map((n) => [n.id, n.label, n.props, n.createProps])).toEqual([
      ['org:998616262', 'Enterprise', { source: 'test-source' }, { name: 'PIC 998616262' }],
      ['proj:221856', 'Project', { budget: 2927875.5, source: 'test-source' }, {}],
    ]);
    expect(out.rels).toEqual([
      { type: 'PARTICIPATES_IN', start: 'org:998616262', end: 'proj:221856', startCol: 2, endCol: 1, props: { role: 'coordinator', source: 'test-source' } },
    ]);
    expect(rowError(() => t(cells.reset(['1', '2', 'Company', '', 'x'])))).toEqual([5, 'no entry for "x" in the mapping\'s "map" (c, p)']);
    expect(rowError(() => t(cells.reset(['1', '2', 'Company', 'lots', 'c'])))).toEqual([4, expect.stringMatching(/budget.*number/)]);
  });

  it('reads JSON lines and points at the offending key', () => {
    const t = compileJsonLines({ file: 'x.jsonl', where: '', arrayDelimiter: ';' });
    expect(t('{"id": "p:1", "labels": ["Person", "TechManager"], "props": {"name": "A", "birthday": "1990-02-03"}}').nodes[0]).toMatchObject({
      id: 'p:1',
      label: 'Person',
      roles: ['TechManager'],
      props: { name: 'A', birthday: '1990-02-03' },
    });
    const line = '{"id": "p:2", "labels": ["Person"], "props": {"name": "B", "birthday": "1990-02-30"}}';
    expect(rowError(() => t(line))).toEqual([line.indexOf('"birthday"') + 1, expect.stringMatching(/^property 'birthday': "1990-02-30" is not a real date: 1990-02 has 28 days/)]);
    const roles = '{"id": "e:1", "labels": ["Enterprise", "TechManager"]}';
    expect(rowError(() => t(roles))).toEqual([roles.indexOf('"labels"') + 1, expect.stringMatching(/only for Person/)]);
    expect(t('{"type": "KNOWS", "start": "p:1", "end": "p:2", "props": {"since": "2020-01-01"}}').rels[0]).toMatchObject({ type: 'KNOWS', props: { since: '2020-01-01' } });
  });
});
