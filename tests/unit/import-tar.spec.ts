// Reading a .tar, .tar.gz/.tgz or .tar.zst/.tzst as the folder it holds (seed/import/tar.ts through archives.ts, and
// plan.ts): entries extracted byte for byte under their names (`./` dropped, pax names read); archivers' files and
// declined entries listed as ignored; names out of the folder, links, devices, nested archives, repeated names, too
// many entries and too many bytes refuse the archive with its name and the entry's and leave nothing behind, a
// compressed stream that unpacks far past the limit included; UTF-8 names, and GBK bytes read as GB18030. The
// archives are written by the test (tests/support/tar-writer.ts, the `tar` and `zstd` commands for real ones).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { ARCHIVE_LIMITS, type ArchiveLimits } from '../../seed/import/archive-rules.js';
import { extractArchive } from '../../seed/import/archives.js';
import { ImportConfigError } from '../../seed/import/mapping.js';
import { planFiles } from '../../seed/import/plan.js';
import { fileTree as tree, HOSTILE_NAMES } from '../support/archive-cases.js';
import { gzip, hasZstd, tarBuffer, zstd, type TarEntrySpec } from '../support/tar-writer.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tar-spec-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const withZstd = hasZstd();
if (!withZstd) console.warn('import-tar: no zstd command on this machine (Debian package zstd); the .tar.zst cases are skipped');
let n = 0;

const compressors: Record<string, (b: Buffer) => Buffer> = { tar: (b) => b, 'tar.gz': gzip, tgz: gzip, ...(withZstd ? { 'tar.zst': zstd, tzst: zstd } : {}) };
const kinds = Object.keys(compressors);

/** Writes an archive of the kind (its extension); returns its path and a destination folder that does not exist yet. */
function archive(kind: string, data: Buffer): { file: string; dest: string } {
  n++;
  const file = path.join(work, `a${n}.${kind}`);
  fs.writeFileSync(file, compressors[kind]!(data));
  return { file, dest: path.join(work, `out${n}`) };
}

async function refusal(kind: string, data: Buffer, limits: ArchiveLimits = ARCHIVE_LIMITS): Promise<string> {
  const { file, dest } = archive(kind, data);
  const before = fs.readdirSync(work).sort();
  const error = await extractArchive(file, `upload.${kind}`, dest, { limits }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportConfigError);
  // Nothing extracted, and nothing written beside the destination either.
  expect(fs.existsSync(dest)).toBe(false);
  expect(fs.readdirSync(work).sort()).toEqual(before);
  return (error as Error).message;
}

const people = 'id:ID(Person),name\n1,Ada\n2,Grace\n';

describe.each(kinds)('a .%s archive', (kind) => {
  it('extracts the entries byte for byte under their names, and lists archivers’ files and declined entries', async () => {
    const big = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 251));
    const longName = `social_network/${'dynamic/'.repeat(20)}person_0_0.csv`;
    const { file, dest } = archive(
      kind,
      tarBuffer([
        { name: './', type: '5' },
        { name: './cordis/', type: '5' },
        { name: './cordis/organization.csv', data: people },
        { name: 'cordis/project.csv', data: big },
        { name: 'cordis/webLink.csv', data: 'a,b\n' },
        { name: '__MACOSX/cordis/._organization.csv', data: 'resource fork' },
        { name: 'cordis/._project.csv', data: 'AppleDouble' },
        { name: longName, data: 'id\n7\n', pax: true },
      ]),
    );
    const out = await extractArchive(file, `cordis.${kind}`, dest, { want: (name) => !name.endsWith('webLink.csv') });
    expect(out.files.map((f) => f.name)).toEqual(['cordis/organization.csv', 'cordis/project.csv', longName]);
    expect(out.files.map((f) => f.bytes)).toEqual([Buffer.byteLength(people), big.length, 5]);
    expect(tree(dest)).toEqual(['cordis/organization.csv', 'cordis/project.csv', longName].sort());
    expect(fs.readFileSync(path.join(dest, 'cordis', 'organization.csv'), 'utf8')).toBe(people);
    expect(fs.readFileSync(path.join(dest, 'cordis', 'project.csv')).equals(big)).toBe(true);
    expect(out.ignored).toEqual(['cordis/webLink.csv', '__MACOSX/cordis/._organization.csv', 'cordis/._project.csv']);
  });

  it.each(HOSTILE_NAMES)('refuses the entry %s, removing what came before it', async (name, why) => {
    const message = await refusal(kind, tarBuffer([{ name: 'ok.csv', data: people }, { name, data: people }]));
    expect(message).toContain(`upload.${kind}: entry '${name}' ${why}`);
  });

  it('refuses links, devices, nested archives and repeated names', async () => {
    const first = { name: 'ok.csv', data: people };
    const cases: Array<[TarEntrySpec, string]> = [
      [{ name: 'link.csv', type: '2', linkname: '/etc/passwd' }, "entry 'link.csv' is a symbolic link"],
      [{ name: 'hard.csv', type: '1', linkname: 'ok.csv' }, "entry 'hard.csv' is a hard link"],
      [{ name: 'tty', type: '3' }, "entry 'tty' is a device or a pipe"],
      [{ name: 'inner/more.tar.gz', data: gzip(tarBuffer([first])) }, "entry 'inner/more.tar.gz' is itself a tar archive"],
      [{ name: 'inner/more.zip', data: 'PK' }, "entry 'inner/more.zip' is itself a zip archive"],
      [{ name: 'ok.csv', data: people }, "entry 'ok.csv' appears twice"],
    ];
    for (const [entry, why] of cases) expect(await refusal(kind, tarBuffer([first, entry]))).toContain(`upload.${kind}: ${why}`);
  });

  it('refuses more entries than the limit', async () => {
    const entries = Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.csv`, data: people }));
    expect(await refusal(kind, tarBuffer(entries), { ...ARCHIVE_LIMITS, entries: 5 })).toContain(`upload.${kind}: holds 6 entries, over the limit of 5`);
  });

  it('refuses an entry or entries over the byte limits', async () => {
    const limits = { ...ARCHIVE_LIMITS, entryBytes: 2 ** 20, totalBytes: 3 * 2 ** 20 };
    const mb = (m: number) => Buffer.alloc(m * 2 ** 20, 'z');
    expect(await refusal(kind, tarBuffer([{ name: 'zeros.csv', data: mb(2) }]), limits)).toContain("entry 'zeros.csv' unpacks to 2 MiB, over the limit of 1 MiB per entry");
    const four = ['a', 'b', 'c', 'd'].map((x) => ({ name: `${x}.csv`, data: mb(1) }));
    expect(await refusal(kind, tarBuffer(four), limits)).toContain(`upload.${kind}: its entries unpack to more than the limit of 3 MiB (reached at entry 'd.csv')`);
  });

  it('reads UTF-8 names, and names in GBK bytes as Chinese', async () => {
    const gbk = '人才库/成员名单.csv';
    const { file, dest } = archive(kind, tarBuffer([{ name: '说明/企业需求.csv', data: 'utf8' }, { name: iconv.encode(gbk, 'gbk'), data: 'gbk' }, { name: '名单.csv', data: 'pax', pax: true }]));
    const out = await extractArchive(file, `names.${kind}`, dest);
    expect(out.files.map((f) => f.name)).toEqual(['说明/企业需求.csv', gbk, '名单.csv']);
    expect(fs.readFileSync(path.join(dest, ...gbk.split('/')), 'utf8')).toBe('gbk');
  });
});

describe('a compressed tar that unpacks without end', () => {
  // One frame of 8 MiB of zeros repeated 2,000 times: a few hundred KB that unpack to 16 GiB (gzip members and zstd
  // frames both read as one stream when concatenated). The count stops it at the limit, as the bytes come.
  const limits = { ...ARCHIVE_LIMITS, entries: 10, totalBytes: 2 ** 20 };
  it.each(kinds.filter((k) => k !== 'tar'))('stops a .%s at the limit', async (kind) => {
    const frame = compressors[kind]!(Buffer.alloc(8 * 2 ** 20));
    n++;
    const file = path.join(work, `bomb${n}.${kind}`);
    fs.writeFileSync(file, Buffer.concat(Array.from({ length: 2000 }, () => frame)));
    const dest = path.join(work, `out${n}`);
    const error = (await extractArchive(file, `bomb.${kind}`, dest, { limits }).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(ImportConfigError);
    expect(error.message).toContain(`bomb.${kind}: unpacks to more than the limit of 1 MiB`);
    expect(fs.existsSync(dest)).toBe(false);
  });

  it('refuses a file that is no tar by its name', async () => {
    const message = await refusal('tar.gz', Buffer.from('id,name\n1,Ada\n'.repeat(100)));
    expect(message).toMatch(/^upload\.tar\.gz: not a readable gzip-compressed tar archive/);
  });
});

describe('planning a folder with tars', () => {
  it('plans the entries of a tar the `tar` command made under the archive’s name; a bad one stops the plan, leaving no scratch folder', async () => {
    const folder = path.join(work, 'folder');
    const src = path.join(work, 'src');
    fs.mkdirSync(path.join(src, 'people'), { recursive: true });
    fs.mkdirSync(path.join(folder, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(src, 'people', 'persons.csv'), 'id:ID(Person),name\n1,Ada\n');
    fs.writeFileSync(path.join(src, 'people', 'notes.pdf'), '%PDF');
    fs.writeFileSync(path.join(folder, 'loose.csv'), 'id:ID(Person),name\n9,Loose\n');
    execFileSync('tar', ['-C', src, '-czf', path.join(folder, 'sub', 'people.tgz'), '.']);
    fs.rmSync(src, { recursive: true });
    const { files, ignored } = await planFiles(folder, undefined, { scratchDir: work });
    expect(files.map((f) => f.name)).toEqual(['loose.csv', 'sub/people.tgz/people/persons.csv']);
    expect(ignored).toEqual(['sub/people.tgz/people/notes.pdf']);
    fs.writeFileSync(path.join(folder, 'sub', 'people.tgz'), gzip(tarBuffer([{ name: 'people/x.csv', type: '2', linkname: '../../etc/passwd' }])));
    const before = fs.readdirSync(work).filter((f) => f.startsWith('unzip-')).length;
    await expect(planFiles(folder, undefined, { scratchDir: work })).rejects.toThrow("sub/people.tgz: entry 'people/x.csv' is a symbolic link");
    expect(fs.readdirSync(work).filter((f) => f.startsWith('unzip-')).length).toBe(before);
  });
});
