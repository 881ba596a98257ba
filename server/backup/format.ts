// The backup file format, version 1 (docs/operations.md describes it for other tools):
//   gzip of UTF-8 JSON lines;
//   line 1, the header:  {"format":"talent-bridge-backup","version":1,"createdAt":ISO,"database":"Neo4j/5.26.x","consistent":bool}
//   one line per node:   {"n":KEY,"l":[labels],"p":[[key,type,value],...]}
//   one line per tie:    {"r":[START KEY,END KEY],"t":TYPE,"p":[[key,type,value],...]}
//   the last line:       {"end":true,"nodes":N,"relationships":M,"sha256":HEX}
// `sha256` covers every line before the last, each with its newline, as written. Nodes come before ties. KEY is
// opaque (the source's element id): it only joins ties to nodes inside one file. A property's type is one of the
// codes below, with a leading `[` for a list of that type; values are JSON (integers outside JavaScript's safe range
// and non-finite floats as strings). A reader of version N accepts every version up to N.
import crypto from 'node:crypto';

export const FORMAT = 'talent-bridge-backup';
export const VERSION = 1;

/** Property type codes: Neo4j's valueType() names, shortened. */
const TYPE_CODES: Record<string, string> = {
  INTEGER: 'i',
  FLOAT: 'f',
  STRING: 's',
  BOOLEAN: 'b',
  DATE: 'd',
  'ZONED DATETIME': 'dt',
  'LOCAL DATETIME': 'ldt',
  'ZONED TIME': 't',
  'LOCAL TIME': 'lt',
  DURATION: 'dur',
  POINT: 'pt',
};
export const KNOWN_CODES = new Set(Object.values(TYPE_CODES));

export class BackupFormatError extends Error {}

export interface Header {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  database: string;
  consistent: boolean;
}

export interface Trailer {
  end: true;
  nodes: number;
  relationships: number;
  sha256: string;
}

export type Prop = [key: string, type: string, value: unknown];

/** `INTEGER NOT NULL` → `i`, `LIST<DATE NOT NULL> NOT NULL` → `[d`; anything else is refused with its name. */
export function typeCode(valueType: string, where: string): string {
  const bare = valueType.replace(/ NOT NULL/g, '').trim();
  const list = /^LIST<(.+)>$/.exec(bare);
  // An empty list has no element type (LIST<NOTHING>); it is kept as an empty list of strings, which reads back empty.
  if (list && list[1]!.trim() === 'NOTHING') return '[s';
  const code = TYPE_CODES[list ? list[1]!.trim() : bare];
  if (code === undefined) throw new BackupFormatError(`${where}: property type ${valueType} cannot be backed up`);
  return list ? `[${code}` : code;
}

function encodeScalar(code: string, v: unknown): unknown {
  if (code === 'f' && typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return v;
}

/** One property as the file holds it, from a backup query's [key, valueType(value), value]. */
export function encodeProp(raw: unknown, where: string): Prop {
  if (!Array.isArray(raw) || raw.length !== 3 || typeof raw[0] !== 'string' || typeof raw[1] !== 'string') {
    throw new BackupFormatError(`${where}: unexpected property row`);
  }
  const code = typeCode(raw[1], `${where} property ${raw[0]}`);
  const value = code.startsWith('[') ? (raw[2] as unknown[]).map((x) => encodeScalar(code.slice(1), x)) : encodeScalar(code, raw[2]);
  return [raw[0], code, value];
}

export function headerLine(h: Omit<Header, 'format' | 'version'>): string {
  return `${JSON.stringify({ format: FORMAT, version: VERSION, ...h })}\n`;
}

export function nodeLine(key: string, labels: string[], props: Prop[]): string {
  return `${JSON.stringify({ n: key, l: labels, p: props })}\n`;
}

export function relLine(start: string, end: string, type: string, props: Prop[]): string {
  return `${JSON.stringify({ r: [start, end], t: type, p: props })}\n`;
}

export function trailerLine(t: Omit<Trailer, 'end'>): string {
  return `${JSON.stringify({ end: true, ...t })}\n`;
}

export type Entry =
  | { kind: 'header'; header: Header }
  | { kind: 'node'; key: string; labels: string[]; props: Prop[] }
  | { kind: 'rel'; start: string; end: string; type: string; props: Prop[] }
  | { kind: 'trailer'; trailer: Trailer };

const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

function checkProps(p: unknown, where: string): Prop[] {
  if (!Array.isArray(p)) throw new BackupFormatError(`${where}: "p" must be a list of properties`);
  for (const [i, prop] of p.entries()) {
    if (!Array.isArray(prop) || prop.length !== 3 || typeof prop[0] !== 'string' || typeof prop[1] !== 'string') {
      throw new BackupFormatError(`${where}: property ${i + 1} must be [key, type, value]`);
    }
    const code = prop[1].startsWith('[') ? prop[1].slice(1) : prop[1];
    if (!KNOWN_CODES.has(code)) throw new BackupFormatError(`${where}: property ${prop[0]} has unknown type ${prop[1]}`);
    if (prop[1].startsWith('[') && !Array.isArray(prop[2])) throw new BackupFormatError(`${where}: property ${prop[0]} must be a list`);
  }
  return p as Prop[];
}

/** Reads one line; `lineNo` counts from 1 and is named in every error. */
export function parseLine(text: string, lineNo: number): Entry {
  const where = `line ${lineNo}`;
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new BackupFormatError(`${where}: not JSON (the file is damaged)`);
  }
  if (o === null || typeof o !== 'object') throw new BackupFormatError(`${where}: not a JSON object`);
  if (lineNo === 1) {
    if (o.format !== FORMAT) throw new BackupFormatError(`${where}: not a Talent Bridge backup (no "${FORMAT}" header)`);
    if (typeof o.version !== 'number' || !Number.isInteger(o.version) || o.version < 1) {
      throw new BackupFormatError(`${where}: the header has no valid version`);
    }
    if (o.version > VERSION) {
      throw new BackupFormatError(`${where}: format version ${o.version} is newer than this version reads (${VERSION}); upgrade first`);
    }
    return { kind: 'header', header: o as unknown as Header };
  }
  if (o.end === true) {
    if (typeof o.nodes !== 'number' || typeof o.relationships !== 'number' || typeof o.sha256 !== 'string') {
      throw new BackupFormatError(`${where}: the closing line lacks its counts or checksum`);
    }
    return { kind: 'trailer', trailer: o as unknown as Trailer };
  }
  if (typeof o.n === 'string') {
    if (!isStringArray(o.l)) throw new BackupFormatError(`${where}: a node's "l" must be a list of labels`);
    return { kind: 'node', key: o.n, labels: o.l, props: checkProps(o.p, where) };
  }
  if (Array.isArray(o.r)) {
    if (o.r.length !== 2 || !isStringArray(o.r)) throw new BackupFormatError(`${where}: a tie's "r" must be [start, end]`);
    if (typeof o.t !== 'string' || o.t === '') throw new BackupFormatError(`${where}: a tie needs its type "t"`);
    return { kind: 'rel', start: o.r[0]!, end: o.r[1]!, type: o.t, props: checkProps(o.p, where) };
  }
  throw new BackupFormatError(`${where}: neither a node, a tie nor the closing line`);
}

/** Running checksum over the lines as written. */
export function checksum(): { add(line: string): void; hex(): string } {
  const h = crypto.createHash('sha256');
  return { add: (line) => void h.update(line, 'utf8'), hex: () => h.digest('hex') };
}
