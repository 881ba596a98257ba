// Reading a .zip as the folder it holds (seed/import/zip.ts, plan.ts): entries are extracted under their names and
// byte for byte; archivers' own files and entries the import does not read are listed as ignored; names that escape
// the folder, links, encrypted entries, nested archives, too many entries and too many bytes (declared, or given
// beyond what is declared) refuse the archive with its name and the entry's, leaving nothing extracted; names that
// Chinese Windows wrote in GBK without the UTF-8 flag read as Chinese. The archives are written by the test
// (tests/support/zip-writer.ts), the hostile ones included.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportConfigError } from '../../seed/import/mapping.js';
import { planFiles } from '../../seed/import/plan.js';
import { unzip, ZIP_LIMITS } from '../../seed/import/zip.js';
import { fileTree as tree, HOSTILE_NAMES } from '../support/archive-cases.js';
import { zipBuffer, type ZipEntrySpec } from '../support/zip-writer.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-spec-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
let n = 0;

/** Writes an archive; returns its path and a destination folder that does not exist yet. */
function archive(entries: ZipEntrySpec[]): { file: string; dest: string } {
  n++;
  const file = path.join(work, `a${n}.zip`);
  fs.writeFileSync(file, zipBuffer(entries));
  return { file, dest: path.join(work, `out${n}`) };
}

async function refusal(entries: ZipEntrySpec[], limits = ZIP_LIMITS): Promise<string> {
  const { file, dest } = archive(entries);
  const error = await unzip(file, 'upload.zip', dest, { limits }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportConfigError);
  // Nothing extracted, and nothing written beside the destination either.
  expect(fs.existsSync(dest)).toBe(false);
  expect(fs.readdirSync(work).filter((f) => !f.endsWith('.zip') && !f.startsWith('out'))).toEqual([]);
  return (error as Error).message;
}

describe('unzip', () => {
  const people = 'id:ID(Person),name\n1,Ada\n2,Grace\n';
  const big = Buffer.alloc(300_000, 'x');

  it('extracts the entries byte for byte under their names, and lists archivers’ files and declined entries', async () => {
    const { file, dest } = archive([
      { name: 'cordis/' , mode: 0o040755 },
      { name: 'cordis/organization.csv', data: people },
      { name: 'cordis/project.csv', data: big, method: 0 },
      { name: 'cordis/webLink.csv', data: 'a,b\n' },
      { name: '__MACOSX/cordis/._organization.csv', data: 'resource fork' },
      { name: 'cordis/.DS_Store', data: 'finder' },
    ]);
    const out = await unzip(file, 'cordis.zip', dest, { want: (name) => !name.endsWith('webLink.csv') });
    expect(out.files.map((f) => f.name)).toEqual(['cordis/organization.csv', 'cordis/project.csv']);
    expect(tree(dest)).toEqual(['cordis/organization.csv', 'cordis/project.csv']);
    expect(fs.readFileSync(path.join(dest, 'cordis', 'organization.csv'), 'utf8')).toBe(people);
    expect(fs.readFileSync(path.join(dest, 'cordis', 'project.csv')).equals(big)).toBe(true);
    expect(out.ignored.sort()).toEqual(['__MACOSX/cordis/._organization.csv', 'cordis/.DS_Store', 'cordis/webLink.csv']);
  });

  it.each(HOSTILE_NAMES)('refuses the entry %s', async (name, why) => {
    const message = await refusal([{ name: 'ok.csv', data: people }, { name, data: people }]);
    expect(message).toContain(`upload.zip: entry '${name}' ${why}`);
  });

  it('refuses links, encrypted entries, nested archives and repeated names', async () => {
    expect(await refusal([{ name: 'link.csv', data: '/etc/passwd', mode: 0o120777 }])).toContain("upload.zip: entry 'link.csv' is a symbolic link");
    expect(await refusal([{ name: 'secret.csv', data: people, encrypted: true }])).toContain("upload.zip: entry 'secret.csv' is encrypted");
    expect(await refusal([{ name: 'inner/more.zip', data: zipBuffer([{ name: 'a.csv', data: people }]), method: 0 }])).toContain("entry 'inner/more.zip' is itself a zip archive");
    expect(await refusal([{ name: 'a.csv', data: people }, { name: 'a.csv', data: people }])).toContain("entry 'a.csv' appears twice");
  });

  it('refuses more entries than the limit', async () => {
    const entries = Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.csv`, data: people }));
    expect(await refusal(entries, { ...ZIP_LIMITS, entries: 5 })).toContain('upload.zip: holds 6 entries, over the limit of 5');
  });

  it('refuses a zip bomb by its declared sizes, per entry and in all, before writing a byte', async () => {
    // 64 MiB of zeros deflate to about 64 KB: a ratio of a thousand, as bombs have.
    const zeros = Buffer.alloc(64 * 2 ** 20);
    const limits = { ...ZIP_LIMITS, entryBytes: 32 * 2 ** 20, totalBytes: 100 * 2 ** 20 };
    expect(await refusal([{ name: 'zeros.csv', data: zeros }], limits)).toContain("entry 'zeros.csv' unpacks to 64 MiB, over the limit of 32 MiB per entry");
    const four = [{ name: 'a.csv', data: zeros.subarray(0, 30 * 2 ** 20) }, { name: 'b.csv', data: zeros.subarray(0, 30 * 2 ** 20) }, { name: 'c.csv', data: zeros.subarray(0, 30 * 2 ** 20) }, { name: 'd.csv', data: zeros.subarray(0, 30 * 2 ** 20) }];
    expect(await refusal(four, limits)).toContain("upload.zip: its entries unpack to more than the limit of 100 MiB (reached at entry 'd.csv')");
    // The shipped limits: three entries that each declare almost 4 GiB pass the limit per entry, not the total.
    const huge = ['x.csv', 'y.csv', 'z.csv'].map((name) => ({ name, data: people, declaredSize: 0xfffffff0 }));
    expect(await refusal(huge)).toContain("its entries unpack to more than the limit of 8192 MiB (reached at entry 'z.csv')");
  });

  it('stops an entry that holds more than it declares, and removes what was extracted', async () => {
    const message = await refusal([
      { name: 'first.csv', data: people },
      { name: 'liar.csv', data: Buffer.alloc(2 ** 20, 'y'), declaredSize: 1000 },
    ]);
    expect(message).toContain("upload.zip: entry 'liar.csv' cannot be extracted");
  });

  it('reads names that Chinese Windows wrote in GBK without the UTF-8 flag', async () => {
    const names = ['人才库/成员名单.xlsx', '人才库/企业需求.csv'];
    const { file, dest } = archive([
      ...names.map((name) => ({ name: iconv.encode(name, 'gbk'), data: name })),
      { name: 'README.txt', data: 'plain ASCII, no flag needed' },
      { name: '说明.csv', data: 'flagged as UTF-8' },
    ]);
    const out = await unzip(file, 'gbk.zip', dest);
    expect(out.files.map((f) => f.name).sort()).toEqual(['README.txt', '人才库/企业需求.csv', '人才库/成员名单.xlsx', '说明.csv']);
    for (const name of names) expect(fs.readFileSync(path.join(dest, ...name.split('/')), 'utf8')).toBe(name);
  });
});

describe('planning a folder with zips', () => {
  it('plans the entries under the archive’s name and lists the ignored ones as the folder’s', async () => {
    const folder = path.join(work, 'folder');
    fs.mkdirSync(path.join(folder, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'loose.csv'), 'id:ID(Person),name\n9,Loose\n');
    fs.writeFileSync(
      path.join(folder, 'sub', 'people.zip'),
      zipBuffer([
        { name: 'people/persons.csv', data: 'id:ID(Person),name\n1,Ada\n' },
        { name: 'people/notes.pdf', data: '%PDF' },
        { name: '__MACOSX/people/._persons.csv', data: 'fork' },
      ]),
    );
    const { files, ignored } = await planFiles(folder, undefined, { scratchDir: work });
    expect(files.map((f) => f.name)).toEqual(['loose.csv', 'sub/people.zip/people/persons.csv']);
    expect(ignored.sort()).toEqual(['sub/people.zip/__MACOSX/people/._persons.csv', 'sub/people.zip/people/notes.pdf']);
    // A bad archive stops the plan with its name and leaves no scratch folder behind.
    fs.writeFileSync(path.join(folder, 'sub', 'people.zip'), zipBuffer([{ name: '../x.csv', data: 'id:ID(Person)\n1\n' }]));
    const before = fs.readdirSync(work).filter((f) => f.startsWith('unzip-')).length;
    await expect(planFiles(folder, undefined, { scratchDir: work })).rejects.toThrow("sub/people.zip: entry '../x.csv' climbs out");
    expect(fs.readdirSync(work).filter((f) => f.startsWith('unzip-')).length).toBe(before);
  });
});
