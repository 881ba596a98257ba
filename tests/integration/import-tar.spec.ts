// The CORDIS slice packed as the portals pack data sets, .tar.zst (as LDBC ships SNB) and .tar.gz, with a file the
// mapping does not read and archivers' files, imports with seed/mappings/cordis-export.json exactly as the unpacked
// file does: through the CLI's importDirectory (the archive given, and a folder holding it) and through the web
// upload (suggestion, check, commit). A tar with a symbolic link fails the check naming it and the entry, leaving
// nothing extracted; an upload named .tar.zst that is no Zstandard stream is refused at upload. Counts come from the
// slice itself (csv-parse), independently of the importer; archives are built by the test (tests/support/tar-writer).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDirectory, type ImportReport } from '../../seed/import/importer.js';
import { PROJECT_ROOT } from '../../server/config.js';
import { resetGraph } from '../support/db.js';
import { finishedJob } from '../support/import-job.js';
import { gzip, hasZstd, tarBuffer, zstd } from '../support/tar-writer.js';
import { TOKENS } from '../support/trust-fixture.js';
import { cordisArchiveFixture } from './cordis-archive-fixture.js';
import { expectCordisCounts } from './cordis-participations.js';
import { graphCounts } from './import-graph.js';

const MAPPING = path.join(PROJECT_ROOT, 'seed', 'mappings', 'cordis-export.json');
const { dir, db, work, uploadDir, product, admin, organization, rows, expected } = cordisArchiveFixture('tb-import-tar-');
const withZstd = hasZstd();
if (!withZstd) console.warn('import-tar: no zstd command on this machine (Debian package zstd); the .tar.zst cases are skipped');

// As `tar -C export -c .` writes it, with what macOS's tar adds (AppleDouble ._ files) and a file the model skips.
const ENTRIES = [
  { name: './', type: '5' as const },
  { name: './cordis/', type: '5' as const },
  { name: './cordis/organization.csv', data: organization },
  { name: './cordis/webLink.csv', data: 'id,projectID,physUrl\n1,859111,https://example.org\n' },
  { name: './cordis/._organization.csv', data: 'AppleDouble' },
];
const UNREAD = ['cordis/webLink.csv', 'cordis/._organization.csv'];
const tarred = tarBuffer(ENTRIES);
const ARCHIVES: Array<[string, Buffer]> = [['cordis-h2020projects.tar.gz', gzip(tarred)], ...(withZstd ? [['cordis-h2020projects.tar.zst', zstd(tarred)] as [string, Buffer]] : [])];

const plain = path.join(work, 'plain');
fs.mkdirSync(plain);
fs.writeFileSync(path.join(plain, 'organization.csv'), organization);
/** Where the CLI's imports extract archives: empty again once each import has returned. */
const scratch = path.join(work, 'scratch');
fs.mkdirSync(scratch);

async function imported(input: string): Promise<ImportReport> {
  await resetGraph(db);
  const report = await importDirectory(db, input, { scratchDir: scratch, mapping: MAPPING });
  expect(fs.readdirSync(scratch)).toEqual([]);
  return report;
}

async function upload(name: string, body: Buffer): Promise<Response> {
  return fetch(`${product.running.url}/import/uploads?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { authorization: `Bearer ${TOKENS.admin}` }, body: new Uint8Array(body) });
}

async function uploaded(name: string, body: Buffer): Promise<string> {
  const res = await upload(name, body);
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { upload: { id: string } }).upload.id;
}

const JOB = 'id status error summary { files { file rows } ignoredFiles }';
const CHECK = `mutation($uploads: [ID!]!, $shipped: ID) { checkImport(uploads: $uploads, shippedMapping: $shipped) { ${JOB} } }`;
const COMMIT = `mutation($check: ID!) { commitImport(check: $check) { ${JOB} } }`;
const SUGGEST = 'query($uploads: [ID!]!) { suggestImportMappings(uploads: $uploads) { mapping { id } files { file } } }';
/** What a job or a suggestion left in the staging folder: extractions are removed when their child ends. */
const leftovers = () => (fs.readdirSync(uploadDir, { recursive: true }) as string[]).filter((f) => /(^|\/)(unzip-|fit-)/.test(f));

let unpacked: Awaited<ReturnType<typeof graphCounts>>;

describe.skipIf(!dir)('import of a .tar.gz and a .tar.zst', () => {
  it('imports the CORDIS slice the same from each archive, from a folder holding it, and unpacked (CLI)', async () => {
    expect((await imported(plain)).status).toBe('ok');
    unpacked = await graphCounts(db);
    expectCordisCounts(unpacked, expected);
    for (const [name, bytes] of ARCHIVES) {
      const folder = path.join(work, name.replace(/\W/g, '-'));
      fs.mkdirSync(folder);
      fs.writeFileSync(path.join(folder, name), bytes);
      const given = await imported(path.join(folder, name));
      expect(given.status, JSON.stringify(given.badRows.slice(0, 3))).toBe('ok');
      expect(await graphCounts(db), name).toEqual(unpacked);
      expect(given.files.map((f) => [f.file, f.rows])).toEqual([[path.join(folder, name, 'cordis', 'organization.csv'), rows.length]]);
      expect([...given.ignoredFiles].sort()).toEqual(UNREAD.map((f) => path.join(folder, name, f)).sort());
      const inFolder = await imported(folder);
      expect(inFolder.status).toBe('ok');
      expect(await graphCounts(db), name).toEqual(unpacked);
      expect(inFolder.files.map((f) => f.file)).toEqual([`${name}/cordis/organization.csv`]);
    }
  }, 300_000);

  it.each(ARCHIVES)('suggests, checks and commits an uploaded %s as the unpacked file imports (web)', async (name, bytes) => {
    await resetGraph(db);
    const id = await uploaded(name, bytes);
    const [best] = (await admin.data(SUGGEST, { uploads: [id] })).suggestImportMappings;
    expect(best.mapping.id).toBe('cordis-export');
    expect(best.files.map((f: any) => f.file)).toContain('cordis/organization.csv');
    const check = await finishedJob(admin, (await admin.data(CHECK, { uploads: [id], shipped: 'cordis-export' })).checkImport.id, JOB);
    expect(check.status, check.error).toBe('OK');
    expect(check.summary.files).toEqual([{ file: `${name}/cordis/organization.csv`, rows: rows.length }]);
    expect([...check.summary.ignoredFiles].sort()).toEqual(UNREAD.map((f) => `${name}/${f}`).sort());
    const commit = await finishedJob(admin, (await admin.data(COMMIT, { check: check.id })).commitImport.id, JOB);
    expect(commit.status, commit.error).toBe('OK');
    const { labels, types } = await graphCounts(db);
    expect({ labels: { ...labels, AuditEvent: undefined }, types }).toEqual(unpacked);
    expect(leftovers()).toEqual([]);
  }, 300_000);

  it('fails the check of a tar holding a link, naming it and the entry; refuses a .tar.zst that is none at upload', async () => {
    const evil = gzip(tarBuffer([{ name: 'people.csv', data: 'id:ID(E),:LABEL\n1,Person\n' }, { name: 'passwd.csv', type: '2', linkname: '/etc/passwd' }]));
    const id = await uploaded('evil.tgz', evil);
    const check = await finishedJob(admin, (await admin.data(CHECK, { uploads: [id] })).checkImport.id, JOB);
    expect(check.status).toBe('FAILED');
    expect(check.error).toContain("evil.tgz: entry 'passwd.csv' is a symbolic link (links are not extracted)");
    expect(leftovers()).toEqual([]);
    const refused = await admin(SUGGEST, { uploads: [id] });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain("evil.tgz: entry 'passwd.csv' is a symbolic link");
    expect(refused.errors?.[0]?.message).not.toContain(work);

    const fake = await upload('fake.tar.zst', gzip(tarred));
    expect(fake.status).toBe(400);
    const body = (await fake.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(body.errors[0]!.message).toContain("'fake.tar.zst' is not a Zstandard-compressed file (it does not start as one)");
  }, 120_000);
});
