// A .zip archive read as the folder it holds: the EU open data portal ships CORDIS as one zip of CSV files, and
// talent offices pass zipped folders of workbooks around. The archive is read with yauzl (its central directory by
// random access, each entry inflated as a stream), never held in memory, and extracted to a scratch folder that
// plan.ts then reads like any folder (archives.ts picks this reader for a .zip).
//
// An upload is hostile until checked, so every entry is checked (archive-rules.ts) before a byte is written: a name
// that escapes the folder (`..`, an absolute path, a drive letter, a backslash), a symbolic link, an encrypted entry
// or a compression other than Deflate, an archive inside the archive (nested zips are refused, not read: a zip of
// zips multiplies what one upload can expand to), more entries than ARCHIVE_LIMITS.entries, or more uncompressed
// bytes than the limits per entry and in all (a zip bomb) refuse the whole archive with a message naming it and the
// entry. While
// extracting, yauzl and a byte count here hold each entry to its declared size, so an archive that lies about its
// sizes fails too; a failed extraction leaves nothing behind.
//
// Names: the UTF-8 flag (or an Info-ZIP Unicode Path field) says UTF-8; without them the spec says CP437, but a
// zip made on Chinese Windows writes its names in GBK. Names without the flag are decoded as one text with the
// project's detection (encoding.ts), so `人才名单.xlsx` reads as such, and CP437 stays the fallback.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import yauzl from 'yauzl';
import { ARCHIVE_LIMITS, EntryGate, writeEntry, type ArchiveFileEntry, type EntryKind, type Unpacked, type UnpackOptions } from './archive-rules.js';
import { detectFromBytes } from './encoding.js';
import { ImportConfigError } from './mapping.js';

/** The limits every archive is read with, under the name the zip specs know them by. */
export const ZIP_LIMITS = ARCHIVE_LIMITS;

const UTF8_FLAG = 0x800;
const UNICODE_PATH_FIELD = 0x7075;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;

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

function kindOf(entry: yauzl.Entry, name: string): EntryKind {
  const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
  if (mode === S_IFLNK) return 'symlink';
  return name.endsWith('/') || mode === S_IFDIR ? 'folder' : 'file';
}

/** Why yauzl cannot give this entry's bytes, or null. */
function formatProblem(entry: yauzl.Entry): string | null {
  if (entry.isEncrypted()) return 'is encrypted (password-protected archives are not read; zip the files without a password)';
  if (!entry.canDecodeFileData()) return `uses compression method ${entry.compressionMethod}, which is not read (only Deflate and stored; re-create the zip with the usual settings)`;
  return null;
}

/** Reads every central directory record (no entry data yet); refuses an archive with too many entries. */
async function readDirectory(file: string, archive: string, gate: EntryGate): Promise<{ zip: yauzl.ZipFile; entries: yauzl.Entry[] }> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(file, { autoClose: false, decodeStrings: false, validateEntrySizes: true });
  } catch (e) {
    throw new ImportConfigError(`${archive}: not a readable zip archive (${(e as Error).message})`);
  }
  try {
    if (zip.entryCount > gate.limits.entries) throw gate.tooManyEntries(zip.entryCount);
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
export async function unzip(file: string, archive: string, dest: string, options: UnpackOptions = {}): Promise<Unpacked> {
  const gate = new EntryGate(archive, options.want ?? (() => true), options.limits ?? ARCHIVE_LIMITS);
  const { zip, entries } = await readDirectory(file, archive, gate);
  const root = path.resolve(dest);
  try {
    // The central directory lists every entry up front: all are judged before the first is written.
    const names = decodeNames(entries);
    const extract = entries.map((entry, i) => ({ entry, name: names[i]! })).filter(({ entry, name }) => gate.admit(name, kindOf(entry, name), entry.uncompressedSize, () => formatProblem(entry)) === 'extract');
    fs.mkdirSync(root, { recursive: true });
    const files: ArchiveFileEntry[] = [];
    for (const { entry, name } of extract) files.push(await writeEntry(archive, root, name, () => zip.openReadStreamPromise(entry), entry.uncompressedSize));
    return { files, ignored: gate.ignored };
  } catch (e) {
    fs.rmSync(root, { recursive: true, force: true });
    throw e;
  } finally {
    zip.close();
  }
}
