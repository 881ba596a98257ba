// A .zip as the EU open data portal ships CORDIS (cordis-h2020projects-csv.zip: cordis/organization.csv beside
// files the model has no place for, plus what macOS and Finder add), built here from the real CORDIS slice, imports
// with seed/mappings/cordis-export.json exactly as the same file unzipped does: through the CLI's importDirectory
// (the archive given, and a folder holding it) and through the web upload (suggestion, check, commit). Reports name
// the entry as inside the archive (x.zip/cordis/organization.csv), a GBK folder name included; a hostile archive
// fails the check with its name and the entry's and leaves nothing extracted; a .zip that is none is refused at
// upload. Counts come from the slice itself (csv-parse), independently of the importer.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importDirectory, type ImportReport } from '../../seed/import/importer.js';
import { PROJECT_ROOT } from '../../server/config.js';
import { resetGraph } from '../support/db.js';
import { finishedJob } from '../support/import-job.js';
import { TOKENS } from '../support/trust-fixture.js';
import { zipBuffer } from '../support/zip-writer.js';
import { cordisArchiveFixture } from './cordis-archive-fixture.js';
import { expectCordisCounts } from './cordis-participations.js';
import { graphCounts } from './import-graph.js';

const MAPPING = path.join(PROJECT_ROOT, 'seed', 'mappings', 'cordis-export.json');
const ZIP = 'cordis-h2020projects-csv.zip';
const { dir, db, work, uploadDir, product, admin, organization, rows, expected } = cordisArchiveFixture('tb-import-zip-');

// The archive: the organisations under the portal's name, a file the mapping does not read, and archivers' files.
const ARCHIVE_ENTRIES = [
  { name: 'cordis/', mode: 0o040755 },
  { name: 'cordis/organization.csv', data: organization },
  { name: 'cordis/webLink.csv', data: 'id,projectID,physUrl\n1,859111,https://example.org\n' },
  { name: '__MACOSX/cordis/._organization.csv', data: 'resource fork' },
  { name: 'cordis/.DS_Store', data: 'finder' },
];
const archive = zipBuffer(ARCHIVE_ENTRIES);
const plain = path.join(work, 'plain');
const zipped = path.join(work, 'zipped');
fs.mkdirSync(plain);
fs.mkdirSync(zipped);
fs.writeFileSync(path.join(plain, 'organization.csv'), organization);
fs.writeFileSync(path.join(zipped, ZIP), archive);

let unzippedCounts: Awaited<ReturnType<typeof graphCounts>>;

/** Where the CLI's imports extract archives: empty again once each import has returned. */
const scratch = path.join(work, 'scratch');
fs.mkdirSync(scratch);

async function imported(input: string, mapping?: string): Promise<ImportReport> {
  await resetGraph(db);
  const report = await importDirectory(db, input, { scratchDir: scratch, ...(mapping ? { mapping } : {}) });
  expect(fs.readdirSync(scratch)).toEqual([]);
  return report;
}

async function uploaded(name: string, body: Buffer): Promise<string> {
  const res = await fetch(`${product.running.url}/import/uploads?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKENS.admin}` },
    body: new Uint8Array(body),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { upload: { id: string } }).upload.id;
}

const JOB = 'id status error problemCount problems { file line column message } summary { files { file rows } ignoredFiles }';
const finished = (id: string) => finishedJob(admin, id, JOB);
const CHECK = `mutation($uploads: [ID!]!, $shipped: ID) { checkImport(uploads: $uploads, shippedMapping: $shipped) { ${JOB} } }`;
const COMMIT = `mutation($check: ID!) { commitImport(check: $check) { ${JOB} } }`;

/** Scratch folders left in a job's staging folder (the worker removes its extraction when it exits). */
const leftovers = (jobId: string) => {
  const folder = path.join(uploadDir, `job-${jobId}`);
  return fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.startsWith('unzip-')) : [];
};

describe.skipIf(!dir)('import of a .zip', () => {
  it('imports the CORDIS slice the same from the archive, from a folder holding it, and unzipped (CLI)', async () => {
    const loose = await imported(plain, MAPPING);
    expect(loose.status).toBe('ok');
    unzippedCounts = await graphCounts(db);
    expectCordisCounts(unzippedCounts, expected);

    const fromZip = await imported(path.join(zipped, ZIP), MAPPING);
    expect(fromZip.status, JSON.stringify(fromZip.badRows.slice(0, 3))).toBe('ok');
    expect(await graphCounts(db)).toEqual(unzippedCounts);
    expect(fromZip.files.map((f) => [f.file, f.rows])).toEqual([[`${path.join(zipped, ZIP)}/cordis/organization.csv`, rows.length]]);
    expect(fromZip.ignoredFiles.sort()).toEqual([`${ZIP}/__MACOSX/cordis/._organization.csv`, `${ZIP}/cordis/.DS_Store`, `${ZIP}/cordis/webLink.csv`].map((f) => `${path.join(zipped, f)}`).sort());

    const fromFolder = await imported(zipped, MAPPING);
    expect(fromFolder.status).toBe('ok');
    expect(await graphCounts(db)).toEqual(unzippedCounts);
    expect(fromFolder.files.map((f) => f.file)).toEqual([`${ZIP}/cordis/organization.csv`]);
    expect(fromFolder.ignoredFiles).toContain(`${ZIP}/cordis/webLink.csv`);
  }, 300_000);

  it('reports a bad row at file:line:column under the archive’s name, a GBK folder name read as Chinese', async () => {
    const people = 'id:ID(ZipP),:LABEL,name,birthday:date\n1,Person,Ann,1980-01-02\n2,Person,Bo,19800103\n';
    const file = path.join(work, 'people.zip');
    fs.writeFileSync(file, zipBuffer([{ name: iconv.encode('人才库/成员.csv', 'gbk'), data: people }]));
    const report = await imported(file);
    expect(report.status).toBe('bad-rows');
    expect(report.badRows.map((b) => [b.file, b.line, b.column])).toEqual([[`${file}/人才库/成员.csv`, 3, 4]]);
    const [row] = await db.runText("MATCH (p:Person) WHERE p.id STARTS WITH 'ZipP:' RETURN count(p) AS n");
    expect(Number(row!.n)).toBe(0);
  });

  it('suggests, checks and commits an uploaded archive as the unzipped file imports (web)', async () => {
    await resetGraph(db);
    const id = await uploaded(ZIP, archive);
    const SUGGEST = 'query($uploads: [ID!]!) { suggestImportMappings(uploads: $uploads) { mapping { id } files { file entry } } }';
    const [best] = (await admin.data(SUGGEST, { uploads: [id] })).suggestImportMappings;
    expect(best.mapping.id).toBe('cordis-export');
    expect(best.files.map((f: any) => f.file)).toContain('cordis/organization.csv');
    expect(best.files.find((f: any) => f.file === 'cordis/organization.csv').entry).toContain('**/*organization*.csv');
    // Each suggestion's extraction is removed once the fitter has ended.
    expect(fs.readdirSync(uploadDir).filter((f) => f.startsWith('fit-'))).toEqual([]);

    const check = await finished((await admin.data(CHECK, { uploads: [id], shipped: 'cordis-export' })).checkImport.id);
    expect(check.status, check.error).toBe('OK');
    expect(check.summary.files).toEqual([{ file: `${ZIP}/cordis/organization.csv`, rows: rows.length }]);
    // Every other file entry of the archive is listed as not read, under the archive's name.
    const unread = ARCHIVE_ENTRIES.filter((e) => !e.name.endsWith('/') && e.name !== 'cordis/organization.csv').map((e) => `${ZIP}/${e.name}`);
    expect([...check.summary.ignoredFiles].sort()).toEqual(unread.sort());
    expect(leftovers(check.id)).toEqual([]);
    const commit = await finished((await admin.data(COMMIT, { check: check.id })).commitImport.id);
    expect(commit.status, commit.error).toBe('OK');
    // The web import also keeps its audit record (the mutations and the commit); the data is what counts here.
    const { labels, types } = await graphCounts(db);
    expect(labels.AuditEvent).toBeGreaterThan(0);
    expect({ labels: { ...labels, AuditEvent: undefined }, types }).toEqual(unzippedCounts);
  }, 300_000);

  it('fails the check and the suggestions of a hostile archive naming it and the entry, extracting nothing; tells a damaged workbook; refuses a .zip that is none', async () => {
    const evil = zipBuffer([{ name: 'people.csv', data: 'id:ID(E),:LABEL\n1,Person\n' }, { name: '../../escaped.csv', data: 'x' }]);
    const id = await uploaded('evil.zip', evil);
    const check = await finished((await admin.data(CHECK, { uploads: [id] })).checkImport.id);
    expect(check.status).toBe('FAILED');
    expect(check.error).toContain("evil.zip: entry '../../escaped.csv' climbs out of the archive's folder");
    expect(leftovers(check.id)).toEqual([]);
    expect(fs.existsSync(path.join(uploadDir, 'escaped.csv')) || fs.existsSync(path.join(work, 'escaped.csv'))).toBe(false);

    // Suggestions on it: the user's mistake, said as such (not a masked internal error), naming the upload as sent.
    const SUGGEST = 'query($uploads: [ID!]!) { suggestImportMappings(uploads: $uploads) { mapping { id } } }';
    const plainCsv = await uploaded('plain.csv', Buffer.from('id:ID(E),:LABEL\n1,Person\n'));
    const refused = await admin(SUGGEST, { uploads: [plainCsv, id] });
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.argument).toBe('uploads');
    expect(refused.errors?.[0]?.message).toContain("evil.zip: entry '../../escaped.csv' climbs out of the archive's folder");
    expect(refused.errors?.[0]?.message).not.toContain(work);
    // The fitter's scratch folder is gone with it, and nothing was written outside one.
    expect(fs.readdirSync(uploadDir).filter((f) => f.startsWith('fit-'))).toEqual([]);
    expect(fs.existsSync(path.join(uploadDir, 'escaped.csv')) || fs.existsSync(path.join(work, 'escaped.csv'))).toBe(false);

    // A damaged workbook beside a file that fits: the suggestion comes back, the workbook listed as unreadable; alone,
    // nothing can be suggested and the answer says why, naming it.
    const damaged = await uploaded('人才名单.xlsx', Buffer.from('PK\x03\x04not a workbook', 'latin1'));
    const SUGGEST_FILES = 'query($uploads: [ID!]!) { suggestImportMappings(uploads: $uploads) { mapping { id } files { file problem } } }';
    const withPlain = (await admin.data(SUGGEST_FILES, { uploads: [plainCsv, damaged] })).suggestImportMappings;
    expect(withPlain.map((s: any) => s.mapping)).toEqual([null]);
    expect(withPlain[0].files[0]).toEqual({ file: 'plain.csv', problem: null });
    expect(withPlain[0].files[1].file).toBe('人才名单.xlsx');
    expect(withPlain[0].files[1].problem).toMatch(/^cannot read: not a readable \.xlsx workbook/);
    const alone = await admin(SUGGEST_FILES, { uploads: [damaged] });
    expect(alone.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(alone.errors?.[0]?.message).toContain('人才名单.xlsx: cannot read: not a readable .xlsx workbook');
    expect(alone.errors?.[0]?.message).not.toContain(work);
    expect(fs.readdirSync(uploadDir).filter((f) => f.startsWith('fit-'))).toEqual([]);

    const fake = await fetch(`${product.running.url}/import/uploads?name=fake.zip`, { method: 'POST', headers: { authorization: `Bearer ${TOKENS.admin}` }, body: 'id,name\n1,a\n' });
    expect(fake.status).toBe(400);
    const body = (await fake.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(body.errors[0]!.message).toContain("'fake.zip' is not a zip archive");
  }, 120_000);
});
