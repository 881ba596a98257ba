// CORDIS's scientific fields (euroSciVoc.csv) imported with seed/mappings/cordis-export.json beside organization.csv
// and project.csv: grants of the shared CORDIS slice get fields whose paths share prefixes (a field that is also
// another's parent, a top field alone, six levels deep). Expected here from the rows alone: one TechArea per distinct
// code prefix, named by the path's segment at that depth; PART_OF from each to the prefix one level shorter; RESEARCHES
// from each grant to exactly its rows' fields. A row for a grant neither the files nor the store have gives no tie
// and is counted as left out (its fields are still added), where a mapping without "skipUnknown" makes it a bad row;
// a re-import changes nothing; the portal's .zip of the same files gives the same graph; search finds a field by name.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { importDirectory, type ImportReport } from '../../seed/import/importer.js';
import { PROJECT_ROOT } from '../../server/config.js';
import { createApp } from '../../server/yoga.js';
import { resetGraph, testConfig, testDb, withGraph } from '../support/db.js';
import { sharedDataset } from '../support/shared-data.js';
import { zipBuffer } from '../support/zip-writer.js';
import { cordisText, scratchFolders } from './cordis-files.js';
import { graphChecksum, type GraphChecksum } from './import-graph.js';
import { gql } from './recommend-support.js';

const dir = sharedDataset('cordis-h2020');
const SLICE = 'h2020_organizations_out_formatted_latest.csv';
const MAPPING = path.join(PROJECT_ROOT, 'seed', 'mappings', 'cordis-export.json');
const UNKNOWN_GRANT = '999999999';
const db = testDb();

type Row = Record<string, string>;
const sliceRows: Row[] = dir ? (parse(fs.readFileSync(path.join(dir, SLICE)), { columns: true }) as Row[]) : [];
// Eight grants of the slice and all their participations: enough for shared prefixes, small enough to import fast.
const grants = [...new Set(sliceRows.map((r) => r.projectID!))].slice(0, 8);
const orgRows = sliceRows.filter((r) => grants.includes(r.projectID!));
const ORG_COLUMNS = sliceRows.length ? Object.keys(sliceRows[0]!) : [];
const PROJECT_COLUMNS = ['id', 'acronym', 'status', 'title', 'startDate', 'endDate', 'totalCost', 'ecMaxContribution'];
const projectRows: Row[] = grants.map((id) => ({
  id, acronym: orgRows.find((r) => r.projectID === id)!.projectAcronym!, status: 'SIGNED', title: `Project ${id}`,
  startDate: '2020-01-01', endDate: '2023-12-31', totalCost: '1000000', ecMaxContribution: '900000',
}));

// Fields as CORDIS writes them: the code chain and the path chain have the same depth.
const FIELDS: Array<[code: string, path: string]> = [
  ['/23/49/335/1009', '/natural sciences/biological sciences/ecology/ecosystems'],
  ['/23/49/335', '/natural sciences/biological sciences/ecology'],
  ['/23/49/341', '/natural sciences/biological sciences/zoology'],
  ['/23/53/401/2101', '/natural sciences/computer and information sciences/artificial intelligence/machine learning'],
  ['/25', '/engineering and technology'],
  ['/25/61/501', '/engineering and technology/electrical engineering, electronic engineering, information engineering/electronic engineering'],
  ['/21/37/221/1301/6001/7001', '/medical and health sciences/clinical medicine/oncology/lung cancer/"small cell"; staging/biomarkers'],
];
const ESV_COLUMNS = ['projectID', 'euroSciVocCode', 'euroSciVocPath', 'euroSciVocTitle', 'euroSciVocDescription'];
const segmentsOf = (text: string) => text.split('/').filter(Boolean);
const fieldRow = (projectID: string, [code, p]: [string, string]): Row => ({
  projectID, euroSciVocCode: code, euroSciVocPath: p, euroSciVocTitle: segmentsOf(p).at(-1)!, euroSciVocDescription: `About ${segmentsOf(p).at(-1)}.`,
});
// Grant i researches 1 to 3 fields, overlapping its neighbours'; the unknown grant one field no other row names.
const esvRows: Row[] = grants.flatMap((g, i) => Array.from({ length: 1 + (i % 3) }, (_, j) => fieldRow(g, FIELDS[(i + 2 * j) % FIELDS.length]!)));
esvRows.push(fieldRow(UNKNOWN_GRANT, ['/27/71/601', '/agricultural sciences/agriculture, forestry, and fisheries/agronomy']));

// The expected graph, from the rows: every prefix of a code is a field, named by the path's segment at its depth.
const areaName = new Map<string, string>();
const partOf = new Set<string>();
for (const r of esvRows) {
  const codes = segmentsOf(r.euroSciVocCode!);
  const names = segmentsOf(r.euroSciVocPath!);
  codes.forEach((_, k) => {
    const id = `cordis-esv:/${codes.slice(0, k + 1).join('/')}`;
    areaName.set(id, names[k]!);
    if (k > 0) partOf.add(`${id} > cordis-esv:/${codes.slice(0, k).join('/')}`);
  });
}
const researches = new Set(esvRows.filter((r) => r.projectID !== UNKNOWN_GRANT).map((r) => `cordis-grant:${r.projectID} > cordis-esv:${r.euroSciVocCode}`));

const files = {
  'organization.csv': cordisText(ORG_COLUMNS, orgRows, ';'),
  'project.csv': cordisText(PROJECT_COLUMNS, projectRows, ';'),
  'euroSciVoc.csv': cordisText(ESV_COLUMNS, esvRows, ';'),
};
const { folder } = scratchFolders('tb-cordis-fields-');
const AS_FOLDER = dir ? folder('csv', files) : null;
const AS_ZIP = dir ? folder('zip', { 'cordis-h2020projects-csv.zip': zipBuffer(Object.entries(files).map(([name, data]) => ({ name: `cordis/${name}`, data }))) }) : null;

async function imported(from: string): Promise<ImportReport> {
  const report = await importDirectory(db, from, { mapping: MAPPING });
  expect(report.status, JSON.stringify(report.badRows.slice(0, 5))).toBe('ok');
  return report;
}

let first: ImportReport;
let checksum: GraphChecksum;

describe.skipIf(!dir)('CORDIS euroSciVoc fields imported with cordis-export.json', () => {
  withGraph(
    db,
    async () => {
      first = await imported(AS_FOLDER!);
      checksum = await graphChecksum(db);
    },
    120_000,
  );

  it('gives one TechArea per distinct code prefix, named by its path segment, with its code', async () => {
    const got = await db.runText('MATCH (t:TechArea) RETURN t.id AS id, t.name AS name, t.code AS code, t.source AS source ORDER BY id');
    const expected = [...areaName].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, name]) => ({ id, name, code: id.slice('cordis-esv:'.length), source: 'cordis-export' }));
    expect(got).toEqual(expected);
    expect(first.nodes.TechArea).toBe(areaName.size);
  });

  it('links each field to the one above it (PART_OF child -> parent), top fields to none', async () => {
    const got = await db.runText('MATCH (a:TechArea)-[:PART_OF]->(b) RETURN a.id + " > " + b.id AS key');
    expect(new Set(got.map((r) => r.key))).toEqual(partOf);
    expect(got).toHaveLength(partOf.size);
    const tops = await db.runText('MATCH (t:TechArea) WHERE NOT (t)-[:PART_OF]->() RETURN t.id AS id ORDER BY id');
    expect(tops.map((r) => r.id)).toEqual([...areaName.keys()].filter((id) => segmentsOf(id.split(':')[1]!).length === 1).sort());
  });

  it('ties each grant to exactly its fields; the unknown grant gets no tie and no project, counted as left out', async () => {
    const got = await db.runText('MATCH (p:Project)-[:RESEARCHES]->(t:TechArea) RETURN p.id + " > " + t.id AS key');
    expect(new Set(got.map((r) => r.key))).toEqual(researches);
    expect(got).toHaveLength(researches.size);
    expect(await db.runText('MATCH (p:Project) RETURN count(p) AS c')).toEqual([{ c: grants.length }]);
    expect(first.leftOut.relationships).toBe(esvRows.filter((r) => r.projectID === UNKNOWN_GRANT).length);
    expect(first.badCount).toBe(0);
  });

  it('changes nothing when imported again', async () => {
    await imported(AS_FOLDER!);
    expect(await graphChecksum(db)).toEqual(checksum);
  });

  it('finds a field by its name in search, and shows a project its fields among its neighbours (the details drawer)', async () => {
    const app = await createApp({ config: testConfig(), db });
    const g = grants[0]!;
    const around = await gql(app, 'query($id: ID!) { neighbourhood(id: $id, depth: 1, relTypes: ["RESEARCHES"]) { nodes { id } } }', { id: `cordis-grant:${g}` });
    const near = (around.data?.neighbourhood as { nodes: Array<{ id: string }> } | undefined)?.nodes.map((n) => n.id) ?? [];
    const own = esvRows.filter((r) => r.projectID === g).map((r) => `cordis-esv:${r.euroSciVocCode}`);
    expect(new Set(near)).toEqual(new Set([`cordis-grant:${g}`, ...own]));
    const res = await gql(app, 'query($q: String!) { search(text: $q) { node { id } } }', { q: 'ecosystems' });
    const ids = (res.data?.search as Array<{ node: { id: string } }> | undefined)?.map((h) => h.node.id) ?? [];
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(ids).toContain('cordis-esv:/23/49/335/1009');
  });

  it('makes the unknown grant a bad row naming it when the mapping does not let its ties go, and a known one still ties', async () => {
    // The shipped mapping with "skipUnknown" taken off: what the flag changes, on the same files.
    const shipped = JSON.parse(fs.readFileSync(MAPPING, 'utf8')) as { files: Array<{ relationships?: Array<Record<string, unknown>> }> };
    for (const f of shipped.files) for (const r of f.relationships ?? []) delete r.skipUnknown;
    const strict = path.join(folder('strict-mapping', { 'cordis-export.json': JSON.stringify(shipped) }), 'cordis-export.json');
    const report = await importDirectory(db, AS_FOLDER!, { mapping: strict });
    const line = 2 + esvRows.findIndex((r) => r.projectID === UNKNOWN_GRANT);
    expect(report.status).toBe('bad-rows');
    expect(report.badRows).toEqual([{ file: 'euroSciVoc.csv', line, column: 1, reason: `dangling start id 'cordis-grant:${UNKNOWN_GRANT}': no good node row of this import and no node in the store has this id` }]);
    expect(await graphChecksum(db)).toEqual(checksum);
  });

  it('reads the same files from the portal .zip into the same graph', async () => {
    await resetGraph(db);
    await imported(AS_ZIP!);
    expect(await graphChecksum(db)).toEqual(checksum);
  });
});
