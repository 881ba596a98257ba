// A .zip archive read as the folder it holds: the EU open data portal ships CORDIS as one zip of CSV files, and
// talent offices pass zipped folders of workbooks around. The archive is read with yauzl (its central directory by
// random access, each entry inflated as a stream), never held in memory, and extracted to a scratch folder that
// plan.ts then reads like any folder.
//
// An upload is hostile until checked, so every entry is checked before a byte is written: a name that escapes the
// folder (`..`, an absolute path, a drive letter, a backslash), a symbolic link, an encrypted entry or a compression
// other than Deflate, an archive inside the archive (nested zips are refused, not read: a zip of zips multiplies
// what one upload can expand to), more entries than ZIP_LIMITS.entries, or more uncompressed bytes than the limits
// per entry and in all (a zip bomb) refuse the whole archive with a message naming it and the entry. While
// extracting, yauzl and a byte count here hold each entry to its declared size, so an archive that lies about its
// sizes fails too; a failed extraction leaves nothing behind.
//
// Names: the UTF-8 flag (or an Info-ZIP Unicode Path field) says UTF-8; without them the spec says CP437, but a
// zip made on Chinese Windows writes its names in GBK. Names without the flag are decoded as one text with the
// project's detection (encoding.ts), so `人才名单.xlsx` reads as such, and CP437 stays the fallback.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import iconv from 'iconv-lite';
import yauzl from 'yauzl';
import { detectFromBytes } from './encoding.js';
import { ImportConfigError } from './mapping.js';

export const ZIP_EXT = /\.zip$/i;

export interface ZipLimits {
  /** Entries in the archive, folders and ignored ones included. */
  entries: number;
  /** Uncompressed bytes of one entry. */
  entryBytes: number;
  /** Uncompressed bytes of the entries extracted, together. */
  totalBytes: number;
}

// Far above what the portal's downloads hold (the H2020 projects zip: a dozen files, a few hundred MB unpacked),
// far below what fills a server's disk from one upload.
export const ZIP_LIMITS: ZipLimits = { entries: 10_000, entryBytes: 4 * 2 ** 30, totalBytes: 8 * 2 ** 30 };

export interface ZipFileEntry {
  /** The name inside the archive, `/`-separated. */
  name: string;
  /** Where it was extracted. */
  path: string;
  bytes: number;
}

export interface Unzipped {
  files: ZipFileEntry[];
  /** Entries not extracted: archivers' own files (__MACOSX/, .DS_Store) and those `want` declined. */
  ignored: string[];
}

const UTF8_FLAG = 0x800;
const UNICODE_PATH_FIELD = 0x7075;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;

/** Files archivers add for themselves: macOS resource forks, Finder's and Explorer's folder settings. */
export function isArchiverFile(name: string): boolean {
  return name.split('/').some((s) => s === '__MACOSX' || s.startsWith('.') || /^(thumbs\.db|desktop\.ini)$/i.test(s));
}

/** Why an entry's name cannot be extracted inside the folder, or null. */
function nameProblem(name: string): string | null {
  if (!name.replace(/\/+$/, '')) return 'has an empty name';
  if (name.includes('\\')) return 'has a backslash in its name (zip names use /; on Windows it would be a folder separator)';
  if (name.startsWith('/')) return 'is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'starts with a drive letter';
  if (name.split('/').includes('..')) return "climbs out of the archive's folder (..)";
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'has a control character in its name';
  return null;
}

/** The names of the entries, decoded (see the module comment). */
function decodeNames(entries: yauzl.Entry[]): string[] {
  const flagged = (e: yauzl.Entry) => (e.generalPurposeBitFlag & UTF8_FLAG) !== 0 || e.extraFields.some((f) => f.id === UNICODE_PATH_FIELD);
  const legacy = entries.filter((e) => !flagged(e) && e.fileNameRaw.some((b) => b > 0x7f)).map((e) => e.fileNameRaw);
  let encoding = 'cp437';
  if (legacy.length) {
    try {
      // One text of all the names gives the detector more to go on than any single name.
      encoding = detectFromBytes(Buffer.concat(legacy.flatMap((b) => [b, Buffer.from('\n')])), false).encoding;
    } catch {
      // No guess: the spec's CP437 it is.
    }
  }
  return entries.map((e) => {
    if (flagged(e)) return yauzl.getFileNameLowLevel(e.generalPurposeBitFlag, e.fileNameRaw, e.extraFields, true);
    const text = iconv.decode(e.fileNameRaw, encoding);
    return text.includes('\uFFFD') ? iconv.decode(e.fileNameRaw, 'cp437') : text;
  });
}

/** Passes bytes through and fails once they pass what the entry may hold. */
function capped(max: number, tooMany: () => string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > max) done(new Error(tooMany()));
      else done(null, chunk);
    },
  });
}

const mib = (n: number) => `${Math.round((n / 2 ** 20) * 10) / 10} MiB`;

interface Planned {
  entry: yauzl.Entry;
  name: string;
}

/** Checks every entry against the rules and limits; returns what to extract and what to ignore. */
function checkEntries(archive: string, entries: yauzl.Entry[], want: (name: string) => boolean, limits: ZipLimits): { extract: Planned[]; ignored: string[] } {
  const names = decodeNames(entries);
  const refuse = (name: string, why: string) => new ImportConfigError(`${archive}: entry '${name}' ${why}; nothing was extracted`);
  const extract: Planned[] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  let total = 0;
  entries.forEach((entry, i) => {
    const name = names[i]!;
    const problem = nameProblem(name);
    if (problem) throw refuse(name, problem);
    const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
    if (mode === S_IFLNK) throw refuse(name, 'is a symbolic link (links are not extracted)');
    if (name.endsWith('/') || mode === S_IFDIR) return;
    if (seen.has(name)) throw refuse(name, 'appears twice');
    seen.add(name);
    // Entries that are not extracted cannot harm: only their names (above) are checked.
    if (isArchiverFile(name)) return void ignored.push(name);
    if (ZIP_EXT.test(name)) throw refuse(name, 'is itself a zip archive (nested archives are not read: unzip it and import its files, or put it beside this archive)');
    if (!want(name)) return void ignored.push(name);
    if (entry.isEncrypted()) throw refuse(name, 'is encrypted (password-protected archives are not read; zip the files without a password)');
    if (!entry.canDecodeFileData()) throw refuse(name, `uses compression method ${entry.compressionMethod}, which is not read (only Deflate and stored; re-create the zip with the usual settings)`);
    if (entry.uncompressedSize > limits.entryBytes) throw refuse(name, `unpacks to ${mib(entry.uncompressedSize)}, over the limit of ${mib(limits.entryBytes)} per entry`);
    total += entry.uncompressedSize;
    if (total > limits.totalBytes) throw new ImportConfigError(`${archive}: its entries unpack to more than the limit of ${mib(limits.totalBytes)} (reached at entry '${name}'); nothing was extracted`);
    extract.push({ entry, name });
  });
  return { extract, ignored };
}

/** Reads every central directory record (no entry data yet); refuses an archive with too many entries. */
async function readDirectory(file: string, archive: string, limits: ZipLimits): Promise<{ zip: yauzl.ZipFile; entries: yauzl.Entry[] }> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(file, { autoClose: false, decodeStrings: false, validateEntrySizes: true });
  } catch (e) {
    throw new ImportConfigError(`${archive}: not a readable zip archive (${(e as Error).message})`);
  }
  try {
    if (zip.entryCount > limits.entries) throw new ImportConfigError(`${archive}: holds ${zip.entryCount} entries, over the limit of ${limits.entries}; nothing was extracted`);
    const entries: yauzl.Entry[] = [];
    for await (const entry of zip.eachEntry()) entries.push(entry);
    return { zip, entries };
  } catch (e) {
    zip.close();
    if (e instanceof ImportConfigError) throw e;
    throw new ImportConfigError(`${archive}: a damaged zip archive (${(e as Error).message})`);
  }
}

/**
 * Extracts the entries of `file` that `want` accepts into `dest` (a new folder), after checking them all (see the
 * module comment). `archive` is the name messages give the archive. On any failure `dest` is removed.
 */
export async function unzip(file: string, archive: string, dest: string, options: { want?: (name: string) => boolean; limits?: ZipLimits } = {}): Promise<Unzipped> {
  const limits = options.limits ?? ZIP_LIMITS;
  const { zip, entries } = await readDirectory(file, archive, limits);
  const root = path.resolve(dest);
  try {
    const { extract, ignored } = checkEntries(archive, entries, options.want ?? (() => true), limits);
    fs.mkdirSync(root, { recursive: true });
    const files: ZipFileEntry[] = [];
    for (const { entry, name } of extract) {
      const target = path.join(root, ...name.split('/'));
      // The names were checked; this keeps a write outside the folder impossible whatever the check missed.
      const inside = path.relative(root, target);
      if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) throw new ImportConfigError(`${archive}: entry '${name}' escapes the folder`);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      try {
        const data = await zip.openReadStreamPromise(entry);
        const tooMany = () => `holds more than the ${entry.uncompressedSize} bytes the archive declares for it`;
        await pipeline(data, capped(entry.uncompressedSize, tooMany), fs.createWriteStream(target, { flags: 'wx' }));
      } catch (e) {
        // Messages name the entry, never the scratch folder it was going to.
        const why = (e as Error).message.split(target).join(name).split(root).join('.');
        throw new ImportConfigError(`${archive}: entry '${name}' cannot be extracted: ${why}`);
      }
      files.push({ name, path: target, bytes: entry.uncompressedSize });
    }
    return { files, ignored };
  } catch (e) {
    fs.rmSync(root, { recursive: true, force: true });
    throw e;
  } finally {
    zip.close();
  }
}

const scratches = new Set<string>();
/** The scratch folder of each import run that made one, by its options object (see removeScratchOf). */
const owned = new WeakMap<object, string>();

function removeAllScratch(): void {
  for (const dir of scratches) fs.rmSync(dir, { recursive: true, force: true });
  scratches.clear();
}

/**
 * A new folder to extract archives into, under `parent` (the system's temporary folder unless given), removed by
 * removeScratch or, at the latest, when the process exits: an import reads the extracted files until it ends.
 */
export function scratchFolder(parent?: string, owner?: object): string {
  if (!scratches.size) process.once('exit', removeAllScratch);
  const dir = fs.mkdtempSync(path.join(parent ?? os.tmpdir(), 'unzip-'));
  scratches.add(dir);
  if (owner) owned.set(owner, dir);
  return dir;
}

/** Removes the scratch folder made for this owner, if any: an import that ran in a process that lives on. */
export function removeScratchOf(owner: object): void {
  const dir = owned.get(owner);
  if (dir) removeScratch(dir);
  owned.delete(owner);
}

export function removeScratch(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  scratches.delete(dir);
  if (!scratches.size) process.removeListener('exit', removeAllScratch);
}

/**
 * Named files with every .zip among them replaced by its entries (all but archivers' files), extracted to a scratch
 * folder (under `parent`, else the system's temporary folder) and named by their names inside the archive, as the
 * import's globs see them: for mapping-fit.ts, which judges uploads from their headers.
 */
export async function openArchives(files: Array<{ name: string; path: string }>, parent?: string): Promise<Array<{ name: string; path: string }>> {
  const out: Array<{ name: string; path: string }> = [];
  let scratch: string | undefined;
  for (const f of files) {
    if (!ZIP_EXT.test(f.name)) {
      out.push(f);
      continue;
    }
    scratch ??= scratchFolder(parent);
    const { files: entries } = await unzip(f.path, f.name, path.join(scratch, String(out.length)));
    out.push(...entries.map((e) => ({ name: e.name, path: e.path })));
  }
  return out;
}
