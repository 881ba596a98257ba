// The rules every archive format is read by (zip.ts and tar.ts apply them; archives.ts picks the reader): an upload
// is hostile until checked, so each entry's name, kind and size pass through one EntryGate before a byte of it is
// written, and each write goes through writeEntry, which holds the entry to its declared size and keeps it inside
// the extraction folder. Keeping the rules here means a zip and a tar.zst refuse the same things with the same words.
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ImportConfigError } from './mapping.js';

/** What the importer reads as the folder it holds: zip, and tar plain, gzip- or Zstandard-compressed. */
export const ARCHIVE_EXT = /\.(zip|tar|tgz|tzst|tar\.gz|tar\.zst)$/i;

export interface ArchiveLimits {
  /** Entries in the archive, folders and ignored ones included. */
  entries: number;
  /** Uncompressed bytes of one entry. */
  entryBytes: number;
  /** Uncompressed bytes of the entries extracted, together (a tar: of everything its stream unpacks to). */
  totalBytes: number;
}

// Far above what the portals' downloads hold (the H2020 projects zip: a dozen files, a few hundred MB unpacked; LDBC
// SNB SF1 CsvBasic: about 1 GB), far below what fills a server's disk from one upload.
export const ARCHIVE_LIMITS: ArchiveLimits = { entries: 10_000, entryBytes: 4 * 2 ** 30, totalBytes: 8 * 2 ** 30 };

export interface ArchiveFileEntry {
  /** The name inside the archive, `/`-separated. */
  name: string;
  /** Where it was extracted. */
  path: string;
  bytes: number;
}

export interface Unpacked {
  files: ArchiveFileEntry[];
  /** Entries not extracted: archivers' own files (__MACOSX/, ._x, .DS_Store) and those `want` declined. */
  ignored: string[];
}

export interface UnpackOptions {
  want?: (name: string) => boolean;
  limits?: ArchiveLimits;
}

/** Files archivers add for themselves: macOS resource forks, Finder's and Explorer's folder settings. */
export function isArchiverFile(name: string): boolean {
  return name.split('/').some((s) => s === '__MACOSX' || s.startsWith('.') || /^(thumbs\.db|desktop\.ini)$/i.test(s));
}

/** Why an entry's name cannot be extracted inside the folder, or null. */
function nameProblem(name: string): string | null {
  if (!name.replace(/\/+$/, '')) return 'has an empty name';
  if (name.includes('\\')) return 'has a backslash in its name (archive names use /; on Windows it would be a folder separator)';
  if (name.startsWith('/')) return 'is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'starts with a drive letter';
  if (name.split('/').includes('..')) return "climbs out of the archive's folder (..)";
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'has a control character in its name';
  return null;
}

export const mib = (n: number) => `${Math.round((n / 2 ** 20) * 10) / 10} MiB`;

/** What an entry is, as far as the rules care. */
export type EntryKind = 'file' | 'folder' | 'symlink' | 'hardlink' | 'device';

const KIND_REFUSED: Partial<Record<EntryKind, string>> = {
  symlink: 'is a symbolic link (links are not extracted)',
  hardlink: 'is a hard link (links are not extracted)',
  device: 'is a device or a pipe, not a file',
};

/**
 * Judges the entries of one archive in their order: refuses (throws ImportConfigError naming the archive and the
 * entry) or answers whether to extract the entry or pass over it, keeping the count, the names seen and the bytes.
 */
export class EntryGate {
  readonly ignored: string[] = [];
  private readonly seen = new Set<string>();
  private count = 0;
  private total = 0;

  constructor(
    private readonly archive: string,
    private readonly want: (name: string) => boolean,
    readonly limits: ArchiveLimits,
  ) {}

  refuse(name: string, why: string): ImportConfigError {
    return new ImportConfigError(`${this.archive}: entry '${name}' ${why}; nothing was extracted`);
  }

  tooManyEntries(count: number): ImportConfigError {
    return new ImportConfigError(`${this.archive}: holds ${count} entries, over the limit of ${this.limits.entries}; nothing was extracted`);
  }

  tooLarge(at: string): ImportConfigError {
    return new ImportConfigError(`${this.archive}: its entries unpack to more than the limit of ${mib(this.limits.totalBytes)} (reached at entry '${at}'); nothing was extracted`);
  }

  /**
   * 'extract', 'skip' (a folder) or 'ignore' (listed in `ignored`). `formatProblem` is the reader's own refusal
   * (encryption, a compression it cannot read), asked only of entries that would be extracted.
   */
  admit(name: string, kind: EntryKind, bytes: number, formatProblem: () => string | null = () => null): 'extract' | 'skip' | 'ignore' {
    this.count += 1;
    if (this.count > this.limits.entries) throw this.tooManyEntries(this.count);
    const problem = nameProblem(name);
    if (problem) throw this.refuse(name, problem);
    const refused = KIND_REFUSED[kind];
    if (refused) throw this.refuse(name, refused);
    if (kind === 'folder' || name.endsWith('/')) return 'skip';
    if (this.seen.has(name)) throw this.refuse(name, 'appears twice');
    this.seen.add(name);
    // Entries that are not extracted cannot harm: only their names (above) are checked.
    if (isArchiverFile(name)) return this.ignore(name);
    if (ARCHIVE_EXT.test(name)) throw this.refuse(name, `is itself a ${/\.zip$/i.test(name) ? 'zip' : 'tar'} archive (nested archives are not read: unpack it and import its files, or put it beside this archive)`);
    if (!this.want(name)) return this.ignore(name);
    const format = formatProblem();
    if (format) throw this.refuse(name, format);
    if (bytes > this.limits.entryBytes) throw this.refuse(name, `unpacks to ${mib(bytes)}, over the limit of ${mib(this.limits.entryBytes)} per entry`);
    this.total += bytes;
    if (this.total > this.limits.totalBytes) throw this.tooLarge(name);
    return 'extract';
  }

  private ignore(name: string): 'ignore' {
    this.ignored.push(name);
    return 'ignore';
  }
}

/** Passes bytes through and fails once they pass `max`. */
export function capped(max: number, tooMany: () => string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > max) done(new Error(tooMany()));
      else done(null, chunk);
    },
  });
}

/**
 * Writes one admitted entry under `root`, holding it to the `bytes` the archive declares for it. Messages name the
 * entry, never the scratch folder it was going to.
 */
export async function writeEntry(archive: string, root: string, name: string, open: () => Promise<AsyncIterable<Buffer> | NodeJS.ReadableStream>, bytes: number): Promise<ArchiveFileEntry> {
  const target = path.join(root, ...name.split('/'));
  // The names were checked; this keeps a write outside the folder impossible whatever the check missed.
  const inside = path.relative(root, target);
  if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) throw new ImportConfigError(`${archive}: entry '${name}' escapes the folder`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  try {
    const tooMany = () => `holds more than the ${bytes} bytes the archive declares for it`;
    await pipeline(await open(), capped(bytes, tooMany), fs.createWriteStream(target, { flags: 'wx' }));
  } catch (e) {
    if (e instanceof ImportConfigError) throw e;
    const why = (e as Error).message.split(target).join(name).split(root).join('.');
    throw new ImportConfigError(`${archive}: entry '${name}' cannot be extracted: ${why}`);
  }
  return { name, path: target, bytes };
}
