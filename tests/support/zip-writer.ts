// A small zip writer for tests. yauzl, the project's zip library, only reads; and the archives the tests need are
// often ones no well-behaved writer makes (names with `..` or backslashes, GBK names without the UTF-8 flag,
// symbolic links, an encryption flag, sizes that lie), so the test writes the format's three records itself:
// a local header before each entry's data, a central directory, and its end record (APPNOTE 4.3.7, 4.3.12, 4.3.16).
import zlib from 'node:zlib';

export interface ZipEntrySpec {
  /** A string is written as UTF-8 with the UTF-8 flag; a Buffer as given, without it (a legacy code page). */
  name: string | Buffer;
  data?: Buffer | string;
  /** Stored (0) or Deflate (8, the default). */
  method?: 0 | 8;
  /** Unix mode in the external attributes (0o120777: a symbolic link; 0o040755: a folder). */
  mode?: number;
  /** Sets the traditional-encryption flag (the data itself stays as is). */
  encrypted?: boolean;
  /** The uncompressed size the records declare, instead of the true one. */
  declaredSize?: number;
}

export function zipBuffer(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = typeof e.name === 'string' ? Buffer.from(e.name, 'utf8') : e.name;
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : (e.data ?? Buffer.alloc(0));
    const method = e.method ?? 8;
    const body = method === 8 ? zlib.deflateRawSync(raw) : raw;
    const flags = (typeof e.name === 'string' ? 0x800 : 0) | (e.encrypted ? 0x1 : 0);
    const crc = zlib.crc32(raw);
    const size = e.declaredSize ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE((3 << 8) | 20, 4); // made on Unix, so the high attribute bits are a mode
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(flags, 8);
    record.writeUInt16LE(method, 10);
    record.writeUInt16LE(0, 12);
    record.writeUInt16LE(0x21, 14);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(body.length, 20);
    record.writeUInt32LE(size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(((e.mode ?? 0o100644) << 16) >>> 0, 38);
    record.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    central.push(record, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
