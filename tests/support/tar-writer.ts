// A small tar writer for tests: the archives the tests need are often ones no well-behaved writer makes (names with
// `..`, absolute names, GBK bytes, links and devices), so the test writes ustar headers itself (POSIX.1-2001
// pax: a 512-byte header per entry, its data padded to 512, two zero blocks at the end), with a pax extended header
// for names that ask for one. Compression: zlib's gzip, and the `zstd` command where the machine has it.
import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';

export interface TarEntrySpec {
  /** A string is written as UTF-8; a Buffer as given (a legacy code page). */
  name: string | Buffer;
  data?: Buffer | string;
  /** ustar type flag: '0' file (default), '1' hard link, '2' symbolic link, '3' character device, '5' folder. */
  type?: '0' | '1' | '2' | '3' | '5';
  linkname?: string;
  /** Writes the name in a pax extended header ('x'), as writers do for long or non-ASCII names. */
  pax?: boolean;
}

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

function header(name: Buffer, size: number, type: string, linkname = ''): Buffer {
  const h = Buffer.alloc(512);
  name.copy(h, 0, 0, Math.min(name.length, 100));
  h.write(octal(0o644, 8), 100, 'latin1');
  h.write(octal(0, 8), 108, 'latin1');
  h.write(octal(0, 8), 116, 'latin1');
  h.write(octal(size, 12), 124, 'latin1');
  h.write(octal(0, 12), 136, 'latin1');
  h.write(type, 156, 'latin1');
  h.write(linkname, 157, 'utf8');
  h.write('ustar\u000000', 257, 'latin1');
  // The checksum is the sum of the header's bytes with its own field read as spaces.
  h.fill(' ', 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return h;
}

function padded(data: Buffer): Buffer[] {
  const rest = data.length % 512;
  return rest ? [data, Buffer.alloc(512 - rest)] : [data];
}

/** A pax record: "<length> path=<value>\n", the length counting itself. */
function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length += 1;
  return Buffer.from(`${length}${body}`, 'utf8');
}

export function tarBuffer(entries: TarEntrySpec[]): Buffer {
  const blocks: Buffer[] = [];
  for (const e of entries) {
    const name = typeof e.name === 'string' ? Buffer.from(e.name, 'utf8') : e.name;
    const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : (e.data ?? Buffer.alloc(0));
    if (e.pax) {
      const record = paxRecord('path', name.toString('utf8'));
      blocks.push(header(Buffer.from('PaxHeaders/entry'), record.length, 'x'), ...padded(record));
    }
    blocks.push(header(e.pax ? Buffer.from('placeholder') : name, data.length, e.type ?? '0', e.linkname), ...padded(data));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

export const gzip = (data: Buffer): Buffer => zlib.gzipSync(data);

/** Whether the `zstd` command is on this machine (Debian's zstd package). */
export function hasZstd(): boolean {
  try {
    execFileSync('zstd', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const zstd = (data: Buffer): Buffer => execFileSync('zstd', ['-q', '-c', '-3'], { input: data, maxBuffer: 2 ** 30 });
