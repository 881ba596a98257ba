// Buffered CSV output for the generator: rows are appended as strings to an in-memory batch, and a batch goes to the
// file (through gzip when asked) once it passes a size, waiting for the stream to drain so that memory stays bounded
// however many rows a file gets. Also the RFC 4180 quoting every writer uses.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { once } from 'node:events';

const FLUSH_BYTES = 1 << 20;
const NEEDS_QUOTES = /[",\r\n]/;

/** A CSV field: quoted only when it holds a delimiter, a quote or a line break (RFC 4180). */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** An array cell: elements joined by `;` (the array delimiter), which therefore may not occur inside an element. */
export function csvArray(values: readonly string[]): string {
  for (const v of values) if (v.includes(';')) throw new Error(`array element ${JSON.stringify(v)} contains the array delimiter ';'`);
  return csvField(values.join(';'));
}

export class CsvSink {
  readonly file: string;
  rows = 0;
  // Rows are encoded straight into a reusable buffer, so the strings that make a row die young and the garbage
  // collector never has to trace millions of them; full buffers wait in `ready` until the next flush.
  private buf = Buffer.allocUnsafe(FLUSH_BYTES);
  private used = 0;
  private ready: Buffer[] = [];
  private readyBytes = 0;
  private readonly out: fs.WriteStream;
  private readonly head: NodeJS.WritableStream;
  private readonly done: Promise<void>;

  constructor(dir: string, name: string, header: readonly string[], gzip: boolean) {
    this.file = path.join(dir, gzip ? `${name}.gz` : name);
    this.out = fs.createWriteStream(this.file);
    if (gzip) {
      // Fixed level and no mtime in the gzip header (Node writes 0), so the bytes depend on the rows alone.
      const z = zlib.createGzip({ level: 6 });
      z.pipe(this.out);
      this.head = z;
    } else {
      this.head = this.out;
    }
    this.done = once(this.out, 'close').then(() => undefined);
    this.append(header.join(',') + '\n');
  }

  private append(text: string): void {
    // A UTF-16 unit never takes more than 3 bytes in UTF-8.
    if (this.used + text.length * 3 > this.buf.length) {
      this.ready.push(this.buf.subarray(0, this.used));
      this.readyBytes += this.used;
      this.buf = Buffer.allocUnsafe(Math.max(FLUSH_BYTES, text.length * 3));
      this.used = 0;
    }
    this.used += this.buf.write(text, this.used, 'utf8');
  }

  /** Appends one row (fields already formatted and quoted), without the line break. */
  row(line: string): void {
    this.append(line + '\n');
    this.rows++;
  }

  get full(): boolean {
    return this.readyBytes > 0;
  }

  /** Hands the buffered rows to the stream and waits if it asks us to (backpressure). */
  async flush(final = false): Promise<void> {
    if (final && this.used > 0) {
      this.ready.push(this.buf.subarray(0, this.used));
      this.used = 0;
    }
    const chunks = this.ready;
    this.ready = [];
    this.readyBytes = 0;
    for (const chunk of chunks) if (!this.head.write(chunk)) await once(this.head, 'drain');
  }

  async close(): Promise<void> {
    await this.flush(true);
    this.head.end();
    await this.done;
  }
}

/** The set of files one generation writes, opened on first use so that ordering and naming stay in one place. */
export class SinkSet {
  private readonly sinks = new Map<string, CsvSink>();

  constructor(
    private readonly dir: string,
    private readonly gzip: boolean,
  ) {}

  open(name: string, header: readonly string[]): CsvSink {
    if (this.sinks.has(name)) throw new Error(`output file ${name} opened twice`);
    const sink = new CsvSink(this.dir, name, header, this.gzip);
    this.sinks.set(name, sink);
    return sink;
  }

  /** Flushes every sink whose batch is full; called between batches of work. */
  async drain(): Promise<void> {
    for (const s of this.sinks.values()) if (s.full) await s.flush();
  }

  async closeAll(): Promise<void> {
    for (const s of this.sinks.values()) await s.close();
  }

  get totalRows(): number {
    let n = 0;
    for (const s of this.sinks.values()) n += s.rows;
    return n;
  }

  /** Rows per file name (as written, with .gz when compressed), in the order the files were opened. */
  counts(): Array<{ file: string; rows: number }> {
    return [...this.sinks.values()].map((s) => ({ file: path.basename(s.file), rows: s.rows }));
  }
}
