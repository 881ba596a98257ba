// A tar archive read as the folder it holds: LDBC publishes its SNB data sets as .tar.zst, many portals ship
// .tar.gz. The archive is one stream (file → gunzip or zstd → tar-stream's parser), read once and never held in
// memory; each entry is judged by archive-rules.ts's EntryGate when its header arrives and written at once, so,
// unlike a zip, a refusal can come after earlier entries were written: the extraction folder is then removed, and
// nothing is left behind either way.
//
// The same refusals as a zip (names out of the folder, absolute names, nested archives, repeated names, the limits
// on entries and bytes), and: symbolic and hard links, devices and pipes refuse the archive (a data set has no use
// for them, and a link is how a tar writes outside its folder); pax and GNU long-name headers are read by the parser
// as parts of the entry they describe; `./` at the start of names (tar -C dir .) is dropped.
//
// A bomb: the bytes the decompressor gives are counted as they come and the stream stops once they pass the total
// limit plus room for the tar's own headers (STREAM_SLACK), so a gzip or zstd frame that unpacks without end, or a
// huge entry the import would pass over, stops there too. zstd is fzstd (Node 20's zlib has none), fed in small
// slices so one slice's output (Zstandard's run-length blocks repeat a byte up to 128 KiB per three bytes of input)
// stays small in memory.
//
// Names: pax headers say UTF-8. Plain ustar names are bytes in the writer's locale: UTF-8 in practice (GNU tar and
// bsdtar on Linux and macOS); names that are not valid UTF-8 are read as GB18030, what Chinese Windows tools write.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { Decompress } from 'fzstd';
import iconv from 'iconv-lite';
import tar from 'tar-stream';
import { ARCHIVE_LIMITS, EntryGate, mib, writeEntry, type ArchiveFileEntry, type EntryKind, type Unpacked, type UnpackOptions } from './archive-rules.js';
import { ImportConfigError } from './mapping.js';

const GZIP = /\.(tgz|tar\.gz)$/i;
const ZSTD = /\.(tzst|tar\.zst)$/i;
/** Bytes of tar headers and padding allowed per entry above the total limit: a header, a pax header, padding. */
const STREAM_SLACK_PER_ENTRY = 4096;
/** Compressed bytes handed to fzstd at a time (see the module comment). */
const ZSTD_SLICE = 1024;

/** Marks errors this module raises while streaming, so they pass up unwrapped. */
class StreamLimit extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A name as the archive wrote it (see the module comment), with `./` segments dropped. */
function entryName(header: tar.Headers & { pax?: Record<string, string> }): string {
  let name = header.name;
  // Without a pax path the parser gave each byte as one latin1 character (filenameEncoding below).
  if (!header.pax?.path) {
    const bytes = Buffer.from(name, 'latin1');
    try {
      name = utf8.decode(bytes);
    } catch {
      name = iconv.decode(bytes, 'gb18030');
    }
  }
  return name
    .split('/')
    .filter((s, i, all) => s !== '.' || i === all.length - 1)
    .join('/')
    .replace(/(^|\/)\.$/, '$1');
}

function kindOf(type: tar.Headers['type']): EntryKind {
  switch (type) {
    case 'directory':
      return 'folder';
    case 'symlink':
      return 'symlink';
    case 'link':
      return 'hardlink';
    case 'character-device':
    case 'block-device':
    case 'fifo':
      return 'device';
    default:
      // 'file', 'contiguous-file', and types no writer in use makes: their bytes read as a file's.
      return 'file';
  }
}

/** zstd frames decoded from `input`, in bounded steps. */
async function* zstdChunks(input: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let out: Buffer[] = [];
  const decoder = new Decompress((chunk) => {
    out.push(Buffer.from(chunk));
  });
  for await (const chunk of input) {
    for (let at = 0; at < chunk.length; at += ZSTD_SLICE) {
      decoder.push(chunk.subarray(at, at + ZSTD_SLICE));
      yield* out;
      out = [];
    }
  }
  decoder.push(new Uint8Array(0), true);
  yield* out;
}

/** The tar bytes of `file`, decompressed by its name, failing once they pass `max`. */
async function* tarBytes(file: string, name: string, max: number, tooMuch: () => string): AsyncGenerator<Buffer> {
  const raw = fs.createReadStream(file);
  let input: AsyncIterable<Buffer> = raw;
  if (GZIP.test(name)) input = raw.pipe(zlib.createGunzip());
  else if (ZSTD.test(name)) input = zstdChunks(raw);
  let seen = 0;
  try {
    for await (const chunk of input) {
      seen += chunk.length;
      if (seen > max) throw new StreamLimit(tooMuch());
      yield chunk;
    }
  } finally {
    raw.destroy();
  }
}

/** Why reading failed, as a message naming the archive. */
function readProblem(archive: string, e: Error): ImportConfigError {
  if (e instanceof ImportConfigError) return e;
  if (e instanceof StreamLimit) return new ImportConfigError(`${archive}: ${e.message}; nothing was extracted`);
  const what = GZIP.test(archive) ? 'gzip-compressed tar' : ZSTD.test(archive) ? 'Zstandard-compressed tar' : 'tar';
  return new ImportConfigError(`${archive}: not a readable ${what} archive (${e.message}); nothing was extracted`);
}

/**
 * Extracts the entries of the tar `file` that `want` accepts into `dest` (a new folder), judging each as it comes
 * (see the module comment). `archive` is the name messages give the archive; its extension says the compression.
 * On any failure `dest` is removed.
 */
export async function untar(file: string, archive: string, dest: string, options: UnpackOptions = {}): Promise<Unpacked> {
  const limits = options.limits ?? ARCHIVE_LIMITS;
  const gate = new EntryGate(archive, options.want ?? (() => true), limits);
  const root = path.resolve(dest);
  const max = limits.totalBytes + limits.entries * STREAM_SLACK_PER_ENTRY;
  const source = Readable.from(tarBytes(file, archive, max, () => `unpacks to more than the limit of ${mib(max)} (its entries, ignored ones included, and their headers)`));
  const extract = tar.extract({ filenameEncoding: 'latin1' });
  source.on('error', (e) => extract.destroy(e));
  source.pipe(extract);
  fs.mkdirSync(root, { recursive: true });
  const files: ArchiveFileEntry[] = [];
  try {
    for await (const entry of extract) {
      const { header } = entry;
      const name = entryName(header);
      const verdict = name ? gate.admit(name, kindOf(header.type), header.size ?? 0) : 'skip';
      if (verdict === 'extract') files.push(await writeEntry(archive, root, name, () => Promise.resolve(entry), header.size ?? 0));
      else entry.resume();
    }
    return { files, ignored: gate.ignored };
  } catch (e) {
    fs.rmSync(root, { recursive: true, force: true });
    throw readProblem(archive, e as Error);
  } finally {
    source.destroy();
  }
}
