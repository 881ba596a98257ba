// The staging folder of imports from the web app (TB_UPLOAD_DIR): each upload is streamed to disk as
// `<dir>/<upload id>/<file name>` (never held in memory, cut off at the size limit), and an import job gets a
// folder of its own, `<dir>/job-<job id>/`, holding hard links to its uploads under their own names, so the importer
// reads a plain folder and reports file:line:column with the names the admin chose. An archive (.zip, .tar,
// .tar.gz/.tgz, .tar.zst/.tzst) is staged as it came once its first bytes match its name; the importer reads it as
// the folder it holds (seed/import/archives.ts checks and extracts it, in the job's folder). A
// mapping suggestion's fitter extracts archives in `<dir>/fit-<random>/`, removed when it ends (mapping-suggestions.ts).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isJobList } from './job-record.js';

/** Data files the importer reads (an archive of them too), and the mapping (JSON). */
const DATA_NAME = /\.(csv|tsv|txt|jsonl|ndjson)(\.gz)?$|\.xlsx$/i;

/** How each archive the importer reads starts, by its name: the bytes at an offset, any of them. */
const ARCHIVE_MAGIC: Array<{ name: RegExp; kind: string; at: number; starts: Buffer[] }> = [
  // A zip: a local file header, or the end record of an empty archive.
  { name: /\.zip$/i, kind: 'a zip archive', at: 0, starts: [Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('PK\x05\x06', 'latin1')] },
  { name: /\.(tgz|tar\.gz)$/i, kind: 'a gzip-compressed file', at: 0, starts: [Buffer.from([0x1f, 0x8b])] },
  { name: /\.(tzst|tar\.zst)$/i, kind: 'a Zstandard-compressed file', at: 0, starts: [Buffer.from([0x28, 0xb5, 0x2f, 0xfd])] },
  // A tar: the ustar magic of POSIX ("ustar\0") and GNU ("ustar ") in the first header.
  { name: /\.tar$/i, kind: 'a tar archive', at: 257, starts: [Buffer.from('ustar', 'latin1')] },
];
const MAPPING_NAME = /\.json$/i;
const UPLOAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Uploads and job folders older than this are removed when the next upload arrives. */
const KEEP_MS = 24 * 3600_000;

export class UploadTooLarge extends Error {}
/** An upload that is not what its name says (a .zip that is no zip archive). */
export class UploadRefused extends Error {}

function archiveMagic(name: string): (typeof ARCHIVE_MAGIC)[number] | undefined {
  return ARCHIVE_MAGIC.find((m) => m.name.test(name));
}

/** A file name as uploaded: one path segment, printable, with an extension the importer reads (or .json). */
export function uploadNameProblem(name: string): string | null {
  if (!name) return 'the upload needs a file name (?name=people.csv)';
  if (name.length > 200) return 'the file name is longer than 200 characters';
  // eslint-disable-next-line no-control-regex
  if (/[/\\\u0000-\u001f\u007f]/.test(name) || name.startsWith('.')) return `the file name '${name.slice(0, 80)}' must be a plain name (no folders, not starting with a dot)`;
  if (!DATA_NAME.test(name) && !MAPPING_NAME.test(name) && !archiveMagic(name)) return `'${name}' is not a file the importer reads: .csv, .tsv, .jsonl, .ndjson (optionally .gz), .xlsx, a .zip, .tar, .tar.gz/.tgz or .tar.zst/.tzst of them, or a .json mapping`;
  return null;
}

export interface StagedUpload {
  id: string;
  name: string;
  bytes: number;
  file: string;
}

/** Counts bytes through the stream and fails once they pass `max`. */
function limit(max: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > max) done(new UploadTooLarge(`the upload is larger than the limit of ${max} bytes`));
      else done(null, chunk);
    },
  });
}

/** Old uploads and job folders go: a staging folder never grows without end. */
function prune(dir: string): void {
  const cutoff = Date.now() - KEEP_MS;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    // The stores' job lists are kept; each trims itself to the newest jobs (jobs.ts).
    if (isJobList(entry.name)) continue;
    const p = path.join(dir, entry.name);
    try {
      if (fs.statSync(p).mtimeMs < cutoff) fs.rmSync(p, { recursive: true, force: true });
    } catch {
      // Another request removed it first.
    }
  }
}

/**
 * Streams `body` to a new upload; nothing stays on disk when it fails or passes `maxBytes`. The body is piped, not
 * handed to pipeline, so that an upload over the limit leaves the request open for the caller's 413 answer.
 */
export async function saveUpload(dir: string, name: string, body: Readable, maxBytes: number): Promise<StagedUpload> {
  fs.mkdirSync(dir, { recursive: true });
  prune(dir);
  const id = crypto.randomUUID();
  const folder = path.join(dir, id);
  fs.mkdirSync(folder);
  const file = path.join(folder, name);
  const counted = limit(maxBytes);
  body.on('error', (e) => counted.destroy(e));
  body.on('close', () => {
    if (!body.readableEnded) counted.destroy(new Error('the upload was cut off before its end'));
  });
  body.pipe(counted);
  try {
    await pipeline(counted, fs.createWriteStream(file, { flags: 'wx' }));
  } catch (e) {
    body.unpipe(counted);
    fs.rmSync(folder, { recursive: true, force: true });
    throw e;
  }
  const magic = archiveMagic(name);
  if (magic && !startsAs(file, magic)) {
    fs.rmSync(folder, { recursive: true, force: true });
    throw new UploadRefused(`'${name}' is not ${magic.kind} (it does not start as one); upload the archive as downloaded, or its files`);
  }
  return { id, name, bytes: fs.statSync(file).size, file };
}

/** Its first bytes only: the archive's entries are checked by the importer, in a child process (jobs.ts). */
function startsAs(file: string, magic: (typeof ARCHIVE_MAGIC)[number]): boolean {
  const head = Buffer.alloc(Math.max(...magic.starts.map((m) => m.length)));
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, magic.at);
  } finally {
    fs.closeSync(fd);
  }
  return magic.starts.some((m) => head.subarray(0, m.length).equals(m));
}

/** The upload with this id, or null when there is none (an id of the wrong shape names none). */
export function findUpload(dir: string, id: string): StagedUpload | null {
  if (!UPLOAD_ID.test(id)) return null;
  const folder = path.join(dir, id);
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return null;
  }
  const name = names[0];
  if (names.length !== 1 || !name) return null;
  const file = path.join(folder, name);
  return { id, name, bytes: fs.statSync(file).size, file };
}

export function isMappingName(name: string): boolean {
  return MAPPING_NAME.test(name);
}

/**
 * A job's own folder of links to its data files, plus the mapping beside it (outside the data folder). A shipped
 * mapping is copied rather than linked: the commit then reads the mapping its check read, even if the project's
 * copy changes in between.
 */
export function stageJob(dir: string, jobId: string, data: StagedUpload[], mapping: { name: string; file: string; shipped?: boolean } | null): { dataDir: string; mapping?: string } {
  const root = path.join(dir, `job-${jobId}`);
  const dataDir = path.join(root, 'data');
  fs.mkdirSync(dataDir, { recursive: true });
  for (const u of data) fs.linkSync(u.file, path.join(dataDir, u.name));
  if (!mapping) return { dataDir };
  const mappingFile = path.join(root, mapping.name);
  if (mapping.shipped) fs.copyFileSync(mapping.file, mappingFile);
  else fs.linkSync(mapping.file, mappingFile);
  return { dataDir, mapping: mappingFile };
}

/** Removes a job's folder and the uploads it used (after a commit that wrote them). */
export function removeStaged(dir: string, jobId: string, uploads: string[]): void {
  fs.rmSync(path.join(dir, `job-${jobId}`), { recursive: true, force: true });
  for (const id of uploads) if (UPLOAD_ID.test(id)) fs.rmSync(path.join(dir, id), { recursive: true, force: true });
}

/**
 * A new scratch folder for one run of the mapping fitter (`<dir>/fit-<id>/`), where it extracts uploaded archives.
 * The caller removes it once the child has ended, however it ended; a server that dies first leaves it to prune().
 */
export function fitScratchFolder(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  return fs.mkdtempSync(path.join(dir, 'fit-'));
}
