// Column alternatives in expressions (seed/import/expressions.ts): `organisationID|id` reads whichever of the two
// columns the header has, so one mapping reads an older and a newer layout of the same export into the same ids; an
// empty alternative (`SME|`) lets the header lack the column; a header with none of a reference's columns is a
// mapping error naming them all; "required" makes an empty cell a bad row at that column, naming it. A header file
// does not copy the alternative it read under its own name, JSON lines take the alternative a line has, and
// mapping-fit judges a header the way the importer reads it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHeader } from '../../seed/import/header.js';
import { suggestMappings } from '../../seed/import/mapping-fit.js';
import { ImportConfigError, parseMapping } from '../../seed/import/mapping.js';
import { compileHeaderFile, compileJsonLines, compileRowsFile, CsvCells, RowError } from '../../seed/import/transform.js';

const spec = {
  match: '*.csv',
  nodes: [
    {
      id: 'org:{organisationID|id}',
      label: { template: '{activityType} {SME|}', required: true },
      props: { name: 'name', url: 'organizationURL|organizationUrl' },
    },
  ],
  relationships: [{ type: 'PARTICIPATES_IN', start: 'org:{organisationID|id}', end: 'grant:{projectID}' }],
};
const mapping = parseMapping(
  {
    labels: { PRC: 'Enterprise', 'PRC True': { label: 'Enterprise', props: { sme: true } }, HES: { label: 'Lab', props: { kind: 'university' } } },
    files: [spec, { match: 'people.csv', props: { name: 'full|display' } }],
  },
  'm.json',
);

/** The rows transform of the first entry for a header, applied to one record. */
function rowsOf(header: string[]) {
  const cells = new CsvCells(header.map((name, index) => ({ index, name, role: 'prop' as const, type: 'string' as const, array: false, text: name })), ';');
  const t = compileRowsFile({ mapping, spec: mapping.files[0]!, file: 'o.csv', where: 'files[0]', columns: cells.names(), arrayDelimiter: '|' });
  return (record: string[]) => t(cells.reset(record));
}

/** What a transform throws for a record (undefined when it accepts it). */
const thrown = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (e) {
    return e;
  }
};

describe('column alternatives in expressions', () => {
  it('reads the newer and the older layout into the same ids, labels and values', () => {
    const newer = rowsOf(['projectID', 'organisationID', 'name', 'SME', 'activityType', 'organizationURL'])(['101', '999', 'Acme', 'True', 'PRC', 'http://a']);
    const older = rowsOf(['projectID', 'id', 'name', 'activityType', 'organizationUrl'])(['101', '999', 'Acme', 'PRC', 'http://a']);
    expect(newer.nodes.map((n) => [n.id, n.label, n.props])).toEqual([['org:999', 'Enterprise', { name: 'Acme', url: 'http://a', sme: true }]]);
    // No SME column: the label template reads it as empty ('PRC'), so no sme is set.
    expect(older.nodes.map((n) => [n.id, n.label, n.props])).toEqual([['org:999', 'Enterprise', { name: 'Acme', url: 'http://a' }]]);
    expect(older.rels.map((r) => [r.start, r.end, r.startCol])).toEqual([['org:999', 'grant:101', 2]]);
  });

  it('prefers the first alternative when the header has both', () => {
    const both = rowsOf(['projectID', 'id', 'organisationID', 'name', 'activityType', 'organizationURL'])(['1', 'rcn-7', '999', 'A', 'HES', '']);
    expect(both.nodes[0]).toMatchObject({ id: 'org:999', label: 'Lab', props: { kind: 'university', name: 'A' } });
  });

  it('names every alternative when the header has none of them', () => {
    expect(() => rowsOf(['projectID', 'pic', 'name', 'activityType', 'organizationURL'])).toThrow(ImportConfigError);
    expect(() => rowsOf(['projectID', 'pic', 'name', 'activityType', 'organizationURL'])).toThrow(/files\[0\]\.nodes\[0\]\.id: none of the columns 'organisationID', 'id' is in the header/);
    // A plain reference keeps its own message.
    expect(() => rowsOf(['organisationID', 'name', 'activityType', 'organizationURL'])).toThrow(/column 'projectID' is not in the header/);
  });

  it('makes an empty required cell a bad row at that column, naming it, while an empty optional one is fine', () => {
    const t = rowsOf(['projectID', 'id', 'name', 'SME', 'activityType', 'organizationURL']);
    const bad = thrown(() => t(['1', '999', 'Acme', 'False', '', '']));
    expect(bad).toBeInstanceOf(RowError);
    expect(bad).toMatchObject({ column: 5, message: "column 'activityType' is empty, and the mapping needs a value there (files[0].nodes[0].label)" });
    expect(t(['1', '999', 'Acme', '', 'PRC', '']).nodes[0]).toMatchObject({ label: 'Enterprise', props: { name: 'Acme' } });
  });

  it('refuses "required" on a constant', () => {
    expect(() => parseMapping({ files: [{ match: 'a.csv', nodes: [{ id: { value: 'x', required: true }, label: 'Project' }] }] }, 'm.json')).toThrow(
      /m\.json: files\[0\]\.nodes\[0\]\.id\.required: a "value" reads no column/,
    );
  });

  it('does not copy the alternative a header file read under its own name', () => {
    const header = parseHeader(['id:ID(Person)', 'display', 'gender']);
    const cells = new CsvCells(header.columns, ';');
    const t = compileHeaderFile(header, { mapping, spec: mapping.files[1]!, file: 'people.csv', where: 'files[1]', columns: cells.names(), arrayDelimiter: ';' });
    expect(t(cells.reset(['1', 'Ann Lee', 'female'])).nodes[0]!.props).toEqual({ name: 'Ann Lee', gender: 'female' });
  });

  it('takes in each JSON line the alternative it has', () => {
    const t = compileJsonLines({ mapping, spec: mapping.files[1]!, file: 'p.jsonl', where: 'files[1]', arrayDelimiter: ';' });
    expect(t('{"id": "p:1", "labels": ["Person"], "props": {"full": "Ann Lee"}}').nodes[0]!.props).toMatchObject({ name: 'Ann Lee' });
    expect(t('{"id": "p:2", "labels": ["Person"], "props": {"display": "Bo"}}').nodes[0]!.props).toEqual({ name: 'Bo' });
  });
});

describe('mapping fit with column alternatives', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-alternatives-fit-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const dir = path.join(root, 'mappings');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'orgs.json'), JSON.stringify({ name: 'Orgs', files: [spec] }));
  const file = (name: string, text: string) => {
    const p = path.join(root, name);
    fs.writeFileSync(p, text);
    return { name, path: p };
  };

  it('fits either layout, lists the optional column a header lacks, and fails a header without any alternative', async () => {
    const newer = await suggestMappings(dir, [file('new.csv', 'projectID;organisationID;name;SME;activityType;organizationURL\n1;2;A;True;PRC;\n')]);
    expect(newer.map((s) => [s.id, s.score])).toEqual([['orgs', 1]]);
    const older = await suggestMappings(dir, [file('old.csv', 'projectID;id;name;activityType;organizationUrl\n1;2;A;PRC;\n')]);
    expect(older.map((s) => s.id)).toEqual(['orgs']);
    expect(older[0]!.files[0]).toMatchObject({ fits: true, missing: ['SME'] });
    expect([...older[0]!.files[0]!.found].sort()).toEqual(['activityType', 'id', 'name', 'organizationUrl', 'projectID']);
    expect(await suggestMappings(dir, [file('none.csv', 'projectID;pic;name;activityType;organizationUrl\n1;2;A;PRC;\n')])).toEqual([]);
  });
});
