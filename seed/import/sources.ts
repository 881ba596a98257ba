// Streams records out of the files of an import: CSV (any delimiter, quoted fields over several lines, gzip; split
// by csv-split.ts; any text encoding, decoded by encoding.ts) and JSON lines. Every record carries the physical line it starts on, so that errors can point at file:line:column, and
// the reader counts the bytes it has consumed from disk for the progress bar. Memory stays flat: nothing is kept
// beyond the record being handed out.
import fs from 'node:fs';
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { CsvSplitter, CsvSyntaxError } from './csv-split.js';
import { decodeText } from './encoding.js';
import { detectDelimiter } from './header.js';

export interface CsvRecord {
  /** Physical line (1-based) the record starts on. */
  line: number;
  fields: string[];
}

export interface JsonLine {
  line: number;
  text: string;
}

/** A file that cannot be read at all, or stops being readable part way (an unclosed quote, corrupt gzip). */
export class FileReadError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'FileReadError';
  }
}

export const isGzip = (file: string) => file.toLowerCase().endsWith('.gz');

/** Opens a file for reading, unzipping `.gz`; `onBytes` hears how many bytes were read from disk. */
function open(file: string, onBytes?: (n: number) => void): Readable {
  const raw = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  if (onBytes) raw.on('data', (chunk) => onBytes(chunk.length));
  if (!isGzip(file)) return raw;
  const gunzip = zlib.createGunzip();
  raw.on('error', (e) => gunzip.destroy(e));
  return raw.pipe(gunzip);
}

/** The start of a file (unzipped, decoded): chunks until `enough` says so, or 1 MiB. */
async function readHead(file: string, encoding: string, enough: (text: string) => boolean): Promise<string> {
  const stream = decodeText(open(file), encoding);
  let text = '';
  try {
    for await (const chunk of stream) {
      text += chunk as string;
      if (enough(text) || text.length > 1 << 20) break;
    }
  } finally {
    stream.destroy();
  }
  return text;
}

/** The first line of a file (unzipped, decoded), without its line break; '' for an empty file. */
export async function firstLine(file: string, encoding = 'utf-8'): Promise<string> {
  let text: string;
  try {
    text = await readHead(file, encoding, (t) => t.includes('\n'));
  } catch (e) {
    throw new FileReadError(file, 1, `cannot read: ${(e as Error).message}`);
  }
  const nl = text.indexOf('\n');
  if (nl >= 0) text = text.slice(0, nl);
  return text.replace(/^\uFEFF/, '').replace(/\r$/, '');
}

export async function csvDelimiter(file: string, given?: string, encoding = 'utf-8'): Promise<string> {
  return given ?? detectDelimiter(await firstLine(file, encoding));
}

/**
 * The delimiter of a spreadsheet saved as text, whose first lines may be a title without any delimiter: the one
 * detected on the line (of the first ten) that holds the most candidate delimiters.
 */
export async function sheetDelimiter(file: string, encoding = 'utf-8'): Promise<string> {
  const text = await readHead(file, encoding, (t) => t.split('\n').length > 10);
  const count = (l: string) => [...l].filter((c) => c === ',' || c === '\t' || c === ';' || c === '|').length;
  const lines = text.replace(/^\uFEFF/, '').split('\n').slice(0, 10);
  const best = lines.reduce((a, b) => (count(b) > count(a) ? b : a), '');
  return detectDelimiter(best.replace(/\r$/, ''));
}

/**
 * CSV records in batches (one per chunk read), the header included as the first record. Batches keep the per-record
 * cost of async iteration out of the loop that checks and writes millions of rows.
 */
export async function* readCsv(file: string, delimiter: string, onBytes?: (n: number) => void, encoding = 'utf-8'): AsyncGenerator<CsvRecord[]> {
  const input = decodeText(open(file, onBytes), encoding);
  const splitter = new CsvSplitter(delimiter);
  try {
    for await (const chunk of input) {
      const records = splitter.push(chunk as string);
      if (records.length) yield records;
    }
    const rest = splitter.end();
    if (rest.length) yield rest;
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new FileReadError(file, e.line, e.message);
    const err = e as Error & { code?: string };
    throw new FileReadError(file, 0, err.code === 'Z_DATA_ERROR' || err.code === 'Z_BUF_ERROR' ? `not a valid gzip file: ${err.message}` : err.message);
  } finally {
    input.destroy();
  }
}

/** Non-empty lines of a JSON-lines file with their line numbers. */
export async function* readJsonLines(file: string, onBytes?: (n: number) => void, encoding = 'utf-8'): AsyncGenerator<JsonLine> {
  const input = decodeText(open(file, onBytes), encoding);
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      const t = line === 1 ? text.replace(/^\uFEFF/, '') : text;
      if (t.trim() !== '') yield { line, text: t };
    }
  } catch (e) {
    throw new FileReadError(file, line + 1, `cannot read: ${(e as Error).message}`);
  } finally {
    lines.close();
    input.destroy();
  }
}
