// The write stage of the bulk import: turns the checked rows (nodeRow / relRow values, so both import paths store the
// same properties and types) into neo4j-admin CSV files, one node file per model label and one relationship file per
// type, with typed columns taken from the model. The first occurrence of every node id and relationship key goes
// to the files; what a bulk load cannot express goes to `rest`, for the transactional path once Neo4j is up: a
// node id or relationship key seen again (later rows SET over earlier ones), update and append sources, and values
// the CSV format cannot carry (an empty list, a list with an empty or delimiter-holding element).
import fs from 'node:fs';
import path from 'node:path';
import { FloatParam, TemporalParam } from '../../server/db.js';
import { COMMON_NODE_PROPS, COMMON_REL_PROPS, NODE_PROPS, REL_PROPS, type NodeLabel, type PropType, type RelType } from '../../server/model/model.js';
import type { CheckedImport, NodeRow, RelRow, WriteSink } from './importer.js';
import type { UpdateRow } from './updates.js';

/** Between list elements and labels: a control character that no text of ours should hold (checked per value). */
export const BULK_ARRAY_DELIMITER = '\u001f';

const ADMIN_TYPE: Record<PropType, string> = {
  string: 'string',
  'string[]': 'string[]',
  'int[]': 'long[]',
  int: 'long',
  float: 'double',
  boolean: 'boolean',
  date: 'date',
  datetime: 'datetime',
};

interface Column {
  key: string;
  type: PropType;
}

/** What the transactional path still has to write after the bulk load, in write order. */
export interface BulkRest {
  nodes: NodeRow[];
  updates: UpdateRow[];
  rels: RelRow[];
}

/** One CSV file (plain or with multi-line values), written in large synchronous chunks. */
class CsvFile {
  private fd: number;
  private chunk: string[] = [];
  private size = 0;
  rows = 0;

  constructor(
    readonly file: string,
    header: string,
  ) {
    this.fd = fs.openSync(file, 'w');
    this.push(header);
  }

  push(line: string): void {
    this.chunk.push(line);
    this.size += line.length;
    if (this.size > 1 << 20) this.flush();
  }

  flush(): void {
    if (!this.chunk.length) return;
    fs.writeSync(this.fd, this.chunk.join('\n') + '\n');
    this.chunk = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}

/** A label's or type's file pair: rows holding a line break go to the multi-line file, parsed the slow way. */
class CsvGroup {
  plain: CsvFile | null = null;
  multiline: CsvFile | null = null;

  constructor(
    private readonly dir: string,
    private readonly name: string,
    readonly header: string,
    readonly columns: Column[],
  ) {}

  push(line: string, multiline: boolean): void {
    if (multiline) (this.multiline ??= new CsvFile(path.join(this.dir, `${this.name}.multiline.csv`), this.header)).push(line);
    else (this.plain ??= new CsvFile(path.join(this.dir, `${this.name}.csv`), this.header)).push(line);
    if (multiline) this.multiline!.rows++;
    else this.plain!.rows++;
  }

  files(): CsvFile[] {
    return [this.plain, this.multiline].filter((f): f is CsvFile => f !== null);
  }
}

const QUOTE = /"/g;
const LINE_BREAK = /[\n\r]/;

function quote(s: string): string {
  return `"${s.replace(QUOTE, '""')}"`;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * The text neo4j-admin reads back as the very value the driver stores for this datetime: the driver keeps the
 * local wall-clock time of the importing machine with its offset (DateTime.fromStandardDate), so the same is
 * written here. Undefined when the year or offset does not fit the ISO form.
 */
function datetimeText(iso: string): string | undefined {
  const d = new Date(iso);
  const year = d.getFullYear();
  const offset = -d.getTimezoneOffset();
  if (year < 0 || year > 9999 || !Number.isInteger(offset)) return undefined;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${pad(year, 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    `.${pad(d.getMilliseconds(), 3)}000000${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** Field text for one stored value, or undefined when the CSV form cannot carry it exactly. */
function field(type: PropType, v: unknown): string | undefined {
  switch (type) {
    case 'string':
      return typeof v === 'string' ? quote(v) : undefined;
    case 'string[]': {
      if (!Array.isArray(v) || v.length === 0) return undefined;
      for (const e of v) if (typeof e !== 'string' || e === '' || e.includes(BULK_ARRAY_DELIMITER)) return undefined;
      return quote(v.join(BULK_ARRAY_DELIMITER));
    }
    case 'int':
      return typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : undefined;
    case 'int[]':
      if (!Array.isArray(v) || v.length === 0) return undefined;
      for (const e of v) if (typeof e !== 'number' || !Number.isSafeInteger(e)) return undefined;
      return v.join(BULK_ARRAY_DELIMITER);
    case 'float': {
      const n = v instanceof FloatParam ? v.value : v;
      return typeof n === 'number' && Number.isFinite(n) ? String(n) : undefined;
    }
    case 'boolean':
      return typeof v === 'boolean' ? String(v) : undefined;
    case 'date':
      return v instanceof TemporalParam && /^\d{4}-\d{2}-\d{2}/.test(v.iso) ? v.iso.slice(0, 10) : undefined;
    case 'datetime':
      return v instanceof TemporalParam ? datetimeText(v.iso) : undefined;
  }
}

function header(start: string[], columns: Column[]): string {
  return [...start, ...columns.map((c) => `${c.key}:${ADMIN_TYPE[c.type]}`)].join(',');
}

/**
 * One CSV line: the leading cells, then a cell per column. Values CSV cannot carry are left empty and returned as
 * `deferred` (written through Bolt afterwards); `multiline` says whether the line must go to a multiline file.
 */
function csvLine(
  lead: string,
  leadMultiline: boolean,
  columns: readonly { key: string; type: PropType }[],
  values: Record<string, unknown>,
): { line: string; multiline: boolean; deferred: Record<string, unknown> | null } {
  let line = lead;
  let multiline = leadMultiline;
  let deferred: Record<string, unknown> | null = null;
  for (const c of columns) {
    const v = values[c.key];
    line += ',';
    if (v === undefined || v === null) continue;
    const text = field(c.type, v);
    if (text === undefined) {
      (deferred ??= {})[c.key] = v;
      continue;
    }
    if (!multiline && (c.type === 'string' || c.type === 'string[]') && LINE_BREAK.test(text)) multiline = true;
    line += text;
  }
  return { line, multiline, deferred };
}

/** Writes the bulk files into `dir` and gathers the rest. */
export class BulkCsvSink implements WriteSink {
  readonly rest: BulkRest = { nodes: [], updates: [], rels: [] };
  private readonly nodeGroups = new Map<NodeLabel, CsvGroup>();
  private readonly relGroups = new Map<RelType, CsvGroup>();
  /** Node ordinals already in the files. */
  private readonly written: Uint8Array;
  /** Repeated relationship keys already in the files (only keys that occur more than once are tracked). */
  private readonly writtenKeys = new Set<string>();
  nodes = 0;
  relationships = 0;
  /** When the first relationship row arrived (the node rows are done then). */
  firstRelAt = 0;

  constructor(
    private readonly dir: string,
    private readonly checked: CheckedImport,
  ) {
    this.written = new Uint8Array(checked.nodeOrdinals);
  }

  node(row: NodeRow, label: NodeLabel): void {
    const ordinal = this.checked.ordinalOf(row.id);
    if (this.written[ordinal]) {
      this.rest.nodes.push(row);
      return;
    }
    this.written[ordinal] = 1;
    let group = this.nodeGroups.get(label);
    if (!group) {
      const columns = Object.entries({ ...COMMON_NODE_PROPS, ...NODE_PROPS[label] })
        .filter(([key]) => key !== 'id')
        .map(([key, type]) => ({ key, type }));
      group = new CsvGroup(this.dir, `nodes-${label}`, header(['id:ID', ':LABEL'], columns), columns);
      this.nodeGroups.set(label, group);
    }
    // A new node gets its values, then its placeholders where it has none (importNodes: SET, then coalesce).
    const values = row.fill ? { ...row.fill, ...row.props } : row.props;
    const { line, multiline, deferred } = csvLine(quote(row.id) + ',' + row.labels.join(BULK_ARRAY_DELIMITER), LINE_BREAK.test(row.id), group.columns, values);
    group.push(line, multiline);
    this.nodes++;
    if (deferred) this.rest.nodes.push({ id: row.id, labels: row.labels, props: deferred });
  }

  update(row: UpdateRow): void {
    this.rest.updates.push(row);
  }

  rel(row: RelRow): void {
    if (!this.firstRelAt) this.firstRelAt = Date.now();
    if (this.checked.relKeyRepeats(row.type, row.start, row.end)) {
      const key = `${row.type}\u0000${row.start}\u0000${row.end}`;
      if (this.writtenKeys.has(key)) {
        this.rest.rels.push(row);
        return;
      }
      this.writtenKeys.add(key);
    }
    let group = this.relGroups.get(row.type);
    if (!group) {
      const columns = Object.entries({ ...COMMON_REL_PROPS, ...(REL_PROPS[row.type] ?? {}) }).map(([key, type]) => ({ key, type }));
      group = new CsvGroup(this.dir, `relationships-${row.type}`, header([':START_ID', ':END_ID'], columns), columns);
      this.relGroups.set(row.type, group);
    }
    const { line, multiline, deferred } = csvLine(quote(row.start) + ',' + quote(row.end), LINE_BREAK.test(row.start) || LINE_BREAK.test(row.end), group.columns, row.props);
    group.push(line, multiline);
    this.relationships++;
    if (deferred) this.rest.rels.push({ ...row, props: deferred });
  }

  rowDone(): undefined {
    return undefined;
  }

  fileDone(): Promise<void> {
    return Promise.resolve();
  }

  /** Closes every file and returns the importer's options for them. */
  finish(): string[] {
    const args = ['--array-delimiter=U+001F', '--delimiter=,', '--quote="', '--id-type=string'];
    const multiline: string[] = [];
    for (const group of this.nodeGroups.values()) {
      for (const f of group.files()) {
        f.close();
        if (f === group.multiline) multiline.push(f.file);
        args.push(`--nodes=${f.file}`);
      }
    }
    for (const [type, group] of this.relGroups) {
      for (const f of group.files()) {
        f.close();
        if (f === group.multiline) multiline.push(f.file);
        args.push(`--relationships=${type}=${f.file}`);
      }
    }
    if (multiline.length) args.push('--multiline-fields-format=v2', `--multiline-fields=${multiline.join(',')}`);
    return args;
  }

  /** Closes the files without using them (on failure). */
  abandon(): void {
    for (const g of [...this.nodeGroups.values(), ...this.relGroups.values()]) {
      for (const f of g.files()) {
        try {
          f.close();
        } catch {
          // already closed
        }
      }
    }
  }
}
