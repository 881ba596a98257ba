// Which text encoding a file is in, and a decoder for it. Spreadsheets saved on Chinese Windows are GBK, Excel's
// "Unicode text" is UTF-16 with a BOM, everything else is mostly UTF-8: a byte-order mark decides first, then a
// strict UTF-8 check of the file's first megabytes, then a statistical detector (jschardet), whose single-byte
// guesses give way to GB18030 when the bytes read cleanly as Chinese (any guess at almost no confidence, when they read
// cleanly as the European letters GBK holds). `--encoding` or a
// mapping's "encoding" skips detection. Decoding is iconv-lite's; bytes that are not valid in the chosen encoding
// come out as U+FFFD, which the importer refuses per value with file:line:column (see damage.ts), so nothing
// undecodable reaches the store.
import fs from 'node:fs';
import type { Readable, Transform } from 'node:stream';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import { isValidUtf8 } from './damage.js';

/** How much of a file the detector reads: enough for any header and many rows, cheap for a large file. */
const SAMPLE_BYTES = 4 << 20;

export interface EncodingChoice {
  /** iconv-lite's name for it: utf-8, utf-16le, utf-16be, gb18030, big5... */
  encoding: string;
  /** How it was chosen, for the summary. */
  how: 'given' | 'byte-order mark' | 'valid UTF-8' | 'detected';
  /** The detector's confidence (0-1) when it chose. */
  confidence?: number;
}

export class EncodingError extends Error {}

/** Names people give an encoding, to the one iconv-lite decodes; GBK and GB2312 are read as their superset GB18030. */
const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  'utf-8-sig': 'utf-8',
  utf16: 'utf-16le',
  'utf-16': 'utf-16le',
  unicode: 'utf-16le',
  ucs2: 'utf-16le',
  'ucs-2': 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16le': 'utf-16le',
  utf16be: 'utf-16be',
  'utf-16be': 'utf-16be',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  'gb-2312': 'gb18030',
  cp936: 'gb18030',
  gb18030: 'gb18030',
  'euc-cn': 'gb18030',
  big5: 'big5',
  ascii: 'utf-8',
};

/** The canonical name of an encoding, or an EncodingError naming what is accepted. */
export function normaliseEncoding(name: string): string {
  const key = name.trim().toLowerCase();
  const known = ALIASES[key] ?? (iconv.encodingExists(key) ? key : undefined);
  if (!known) throw new EncodingError(`unknown encoding '${name}' (use utf-8, utf-16le, utf-16be, gbk, gb18030, big5, or another name iconv-lite knows)`);
  return known;
}

/** The first bytes of a file, unzipped for `.gz`. */
async function sample(file: string): Promise<Buffer> {
  const raw = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  const input: Readable = file.toLowerCase().endsWith('.gz') ? raw.pipe(zlib.createGunzip()) : raw;
  raw.on('error', (e) => input.destroy(e));
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of input) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size >= SAMPLE_BYTES) break;
    }
  } finally {
    input.destroy();
    raw.destroy();
  }
  return Buffer.concat(chunks).subarray(0, SAMPLE_BYTES);
}

/** Multi-byte East Asian encodings the detector may name: when it does, it has seen their structure. */
const MULTIBYTE = new Set(['gb18030', 'gb2312', 'gbk', 'big5', 'euc-tw', 'euc-kr', 'cp949', 'euc-jp', 'shift_jis', 'iso-2022-jp', 'iso-2022-kr', 'iso-2022-cn']);

const HAN_TEXT = /\p{Script=Han}/u;

function readsAsChinese(bytes: Buffer): boolean {
  const text = iconv.decode(bytes, 'gb18030');
  return !text.includes('\uFFFD') && HAN_TEXT.test(text);
}

/** What GBK holds besides Chinese: the pinyin (Latin), Greek and Cyrillic letters and its punctuation. */
const GBK_NON_HAN = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{P}\p{S}\s]$/u;

/**
 * European text (CORDIS names) that Excel on Chinese Windows saved as GBK: no Chinese at all, only accented
 * letters, Greek and punctuation as GBK's two-byte codes. The detector has too few of them to go on and names Big5
 * or the like at almost no confidence; the GB18030 reading of such bytes is clean and holds only those letters.
 */
function readsAsEuropeanGbk(bytes: Buffer): boolean {
  const text = iconv.decode(bytes, 'gb18030');
  if (text.includes('\uFFFD')) return false;
  const wide = [...text].filter((c) => c.charCodeAt(0) > 0x7f);
  return wide.length > 0 && wide.every((c) => GBK_NON_HAN.test(c));
}

/** Below this the detector's guess is no better than none (it says 0.01 for Big5 on a GBK file of Latin names). */
const WEAK_GUESS = 0.2;

/** Decides a file's encoding from its first bytes (see the module comment for the order). */
export function detectFromBytes(bytes: Buffer, truncated: boolean): EncodingChoice {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', how: 'byte-order mark' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', how: 'byte-order mark' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', how: 'byte-order mark' };
  // A sample cut in the middle of a character is still UTF-8: drop an incomplete sequence at its end.
  let end = bytes.length;
  if (truncated) {
    let k = end - 1;
    while (k > 0 && end - k < 4 && (bytes[k]! & 0xc0) === 0x80) k--;
    if (bytes[k]! >= 0xc0) end = k;
  }
  if (isValidUtf8(bytes.subarray(0, end))) return { encoding: 'utf-8', how: 'valid UTF-8' };
  // UTF-16 without a mark: text in it has a zero byte beside almost every ASCII character.
  let evenZeros = 0;
  let oddZeros = 0;
  const look = Math.min(bytes.length, 4096);
  for (let i = 0; i < look; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  if (oddZeros > look / 8 && evenZeros < oddZeros / 4) return { encoding: 'utf-16le', how: 'detected' };
  if (evenZeros > look / 8 && oddZeros < evenZeros / 4) return { encoding: 'utf-16be', how: 'detected' };
  const sample = bytes.subarray(0, Math.min(end, 1 << 20));
  const best = jschardet.detectAll(sample)[0];
  const guess = { encoding: best?.encoding ?? '', confidence: best?.confidence ?? 0 };
  // On a short file with a few Chinese names among Latin text the detector often names a single-byte code page,
  // which decodes anything. Text that decodes as GB18030 without an invalid byte and holds Chinese is taken as
  // GB18030: Chinese offices save CSV in GBK, and a Latin-1 file rarely decodes cleanly (an accented letter before
  // a space or comma is not a GBK character).
  const whole = truncated ? sample.subarray(0, Math.max(0, sample.length - 4)) : sample;
  if (!MULTIBYTE.has(guess.encoding.toLowerCase()) && readsAsChinese(whole)) {
    return { encoding: 'gb18030', how: 'detected', confidence: guess.confidence };
  }
  if (guess.confidence < WEAK_GUESS && readsAsEuropeanGbk(whole)) return { encoding: 'gb18030', how: 'detected', confidence: guess.confidence };
  if (!guess.encoding) throw new EncodingError('the encoding cannot be told (not UTF-8, and the detector has no guess); give it with --encoding');
  let encoding: string;
  try {
    encoding = normaliseEncoding(guess.encoding);
  } catch {
    throw new EncodingError(`the detector says '${guess.encoding}', which cannot be decoded here; give the encoding with --encoding`);
  }
  return { encoding, how: 'detected', confidence: guess.confidence };
}

/** The encoding of a file: the given one (normalised), or detected from its first bytes. */
export async function fileEncoding(file: string, given?: string): Promise<EncodingChoice> {
  if (given) return { encoding: normaliseEncoding(given), how: 'given' };
  const bytes = await sample(file);
  return detectFromBytes(bytes, bytes.length >= SAMPLE_BYTES);
}

/** A readable of bytes as text in that encoding (a byte-order mark is dropped). */
export function decodeText(input: Readable, encoding: string): Readable {
  if (encoding === 'utf-8') {
    // Node's own decoder is the fast path that million-row imports take; it too yields U+FFFD for bad bytes.
    input.setEncoding('utf8');
    return input;
  }
  // iconv-lite's stream is a Node Transform (typed loosely as ReadWriteStream).
  const decoder = iconv.decodeStream(encoding) as unknown as Transform;
  input.on('error', (e) => decoder.destroy(e));
  // A reader that stops early (the header only) destroys the decoder; the file stream must close with it.
  decoder.on('close', () => input.destroy());
  return input.pipe(decoder);
}

/** How the summary names an encoding choice. */
export function describeEncoding(c: EncodingChoice): string {
  const name = c.encoding === 'gb18030' ? 'GBK/GB18030' : c.encoding.toUpperCase();
  return c.how === 'detected' && c.confidence !== undefined ? `${name} (detected, confidence ${c.confidence.toFixed(2)})` : `${name} (${c.how})`;
}
