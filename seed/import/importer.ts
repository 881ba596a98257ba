// The validated importer behind `npm run import`: plans which files of a folder to read (by a mapping or by their
// headers), checks every row against the model and the store before anything is written (checkImport), then hands
// the rows, in write order, to a sink: the transactional one writes UNWIND batches, one transaction each, with MERGE
// so that a second run changes nothing (importDirectory); the offline bulk path (bulk.ts) writes neo4j-admin files.
// Nodes come before relationships, update-only sources after the nodes they update. An AbortSignal stops it between
// batches.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { finishAudit, recordAudit } from '../../server/auth/audit.js';
import type { Db } from '../../server/db.js';
import { hasHan, searchFields } from '../../server/model/search-text.js';
import { NODE_LABELS, REL_TYPES, endpointsAllowed, REL_ENDPOINTS, type NodeLabel, type RelType } from '../../server/model/model.js';
import { HeaderError, parseHeader, type Column, type Header } from './header.js';
import { describeEncoding, EncodingError, fileEncoding, type EncodingChoice } from './encoding.js';
import { ImportConfigError, columnAlternatives, globToRegExp, loadMapping, type FileSpec, type Mapping } from './mapping.js';
import { csvDelimiter, FileReadError, readCsv, readJsonLines, sheetDelimiter } from './sources.js';
import {
  compileSheetFile,
  isNameRef,
  compileHeaderFile,
  compileJsonLines,
  compileRowsFile,
  CsvCells,
  RowError,
  type NameLookup,
  type NodeDraft,
  type RelDraft,
  type RowOutput,
  type CompileContext,
  type Transform,
} from './transform.js';
import { writeNodeUpdates, type UpdateRow } from './updates.js';
import { nodeRow, relRow, writeBatch } from './writer.js';
import { readSheet, sheetNames } from './xlsx.js';

// Measured on the generated 20k-person graph: 1k and 5k rows per transaction cost Neo4j the least CPU (14.5 s for
// 231k rows) against 17-20 s at 10k-20k (bigger eager buffers and more GC on a 1 GB heap); 5k keeps commits few.
export const DEFAULT_BATCH = 5_000;
/** How many endpoint ids to look up in the store per query while checking. */
const LOOKUP_CHUNK = 5_000;
/** Bad rows kept with their reasons (all of them are counted and skipped). */
const KEPT_BAD_ROWS = 1_000;
/** Changes to stored nodes kept for the report's table (all of them are counted). */
const KEPT_CHANGES = 1_000;
/** Rows of a spreadsheet searched for its header row (title rows above it are skipped). */
const HEADER_SEARCH_ROWS = 30;
/** Replaced values per audit event (each event stays a modest node). */
const REPLACED_PER_AUDIT_EVENT = 500;

export interface ImportOptions {
  /** A mapping file path, or an already-parsed mapping. */
  mapping?: string | Mapping;
  /** Write the good rows and report the bad ones instead of writing nothing. */
  skipBad?: boolean;
  /** Rows per transaction. */
  batchSize?: number;
  /** Field delimiter for every CSV (default: detected from each header among , | ; tab). */
  delimiter?: string;
  /** Delimiter inside array cells and :LABEL (default `;`). */
  arrayDelimiter?: string;
  /** Text encoding of every file (default: the mapping's, else detected per file). */
  encoding?: string;
  /**
   * Nodes already in the store: false (default) fills only their empty properties and reports values that differ;
   * true replaces them, keeping every replaced value in the audit record.
   */
  update?: boolean;
  /** Check everything and report what would change, writing nothing. */
  dryRun?: boolean;
  /** Who runs the import, for the audit record. */
  actor?: string;
  /** Stops the import after the transaction in flight settles. */
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
}

export interface ImportProgress {
  stage: 'check' | 'write';
  /** check: bytes read; write: input rows handled. */
  done: number;
  total: number;
  file: string;
  rows: number;
}

export interface BadRow {
  file: string;
  line: number;
  column: number;
  reason: string;
}

export interface FileSummary {
  file: string;
  format: 'header' | 'rows' | 'jsonl' | 'sheet';
  /** How the file's text was decoded (absent for workbooks, which carry their own). */
  encoding?: string;
  kind: string;
  rows: number;
  /** Update/append sources: nodes found and updated, ids that name no node (left alone). */
  updated?: number;
  missing?: number;
}

/** One property of a stored node the import would fill, replace, or (by default) leave differing. */
export interface PropertyChange {
  id: string;
  property: string;
  old: unknown;
  new: unknown;
  kind: 'fill' | 'replace' | 'differs';
  file: string;
  line: number;
}

export interface ChangeSummary {
  /** Distinct nodes the import creates (when the store was consulted). */
  newNodes: number;
  /** Distinct nodes of the import that were already in the store. */
  existingNodes: number;
  /** Empty properties of stored nodes that get a value. */
  filled: number;
  /** Stored values that differ from the file: replaced with `update`, else kept. */
  differing: number;
  replaced: number;
  /** The first changes, in file order. */
  table: PropertyChange[];
}

export interface NamedEnd {
  name: string;
  id: string;
  label: string;
  /** How a stored node was found: by one of its names, or an alias. */
  by?: 'name' | 'alias';
}

export interface ImportReport {
  status: 'ok' | 'bad-rows' | 'interrupted';
  /** Nothing was written: the report says what would have been. */
  dryRun: boolean;
  policy: 'fill' | 'update';
  changes: ChangeSummary;
  /** Tie ends named by text in spreadsheets: found in the store, or created by this import. */
  names: { matched: NamedEnd[]; created: NamedEnd[] };
  /** The audit events that hold replaced values (update policy). */
  auditIds: string[];
  dir: string;
  mapping?: string;
  files: FileSummary[];
  ignoredFiles: string[];
  /** Data rows read (each row once, whatever it produced). */
  rows: number;
  badCount: number;
  /** The first bad rows, in file order. */
  badRows: BadRow[];
  /** Nodes written (merged) per label; relationships per type. */
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /** Rows of update/append sources, those that found their node, and those whose id is nowhere. */
  updates: { rows: number; matched: number; missing: number };
  /** Left out on purpose by the mapping (label or type mapped to null, or touching such a node). */
  leftOut: { nodes: number; relationships: number };
  checkMs: number;
  writeMs: number;
  elapsedMs: number;
  /** Where an interrupted import stopped: the last row whose batch was committed. */
  stoppedAt?: { stage: 'check' | 'write'; file: string; line: number; written: number };
}

interface PlannedFile {
  path: string;
  name: string;
  format: 'header' | 'rows' | 'jsonl' | 'sheet';
  encoding: EncodingChoice | null;
  /** The worksheet of an .xlsx file. */
  sheet?: string;
  /** The line of the header record; records up to it are not data. */
  headerLine: number;
  spec?: FileSpec;
  delimiter: string;
  arrayDelimiter: string;
  header?: Header;
  columnCount: number;
  transform: (rec: { fields?: string[]; text?: string }) => RowOutput;
  /** What the file can produce, so phases skip files that have nothing for them. */
  mergeNodes: boolean;
  updateNodes: boolean;
  rels: boolean;
  size: number;
  rows: number;
  /** Rows repeat the same nodes (a "rows" recipe): remember written ids instead of re-writing them. */
  dedupe: boolean;
}

const DATA_EXT = /\.(csv|tsv|txt|jsonl|ndjson)(\.gz)?$|\.xlsx$/i;
const XLSX_EXT = /\.xlsx$/i;
const JSONL_EXT = /\.(jsonl|ndjson)(\.gz)?$/i;

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue;
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile()) out.push(p);
    }
  };
  walk(root);
  return out;
}

/** The first records of a CSV (the header and maybe title rows above it), split as the rows will be. */
async function csvHead(file: string, delimiter: string, encoding: string): Promise<Rec[]> {
  const out: Rec[] = [];
  for await (const batch of readCsv(file, delimiter, undefined, encoding)) {
    out.push(...batch.slice(0, HEADER_SEARCH_ROWS - out.length));
    if (out.length >= HEADER_SEARCH_ROWS) break;
  }
  return out;
}

/** Header text as people vary it: full-width letters, spaces inside, case. */
const headerKey = (t: string) => t.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * The header row of a spreadsheet mapped by "columns": the given row, or the one among the first rows that holds
 * the most of the mapping's header texts (title rows and merged titles above it hold none). Returns the columns
 * found, named by their mapping keys.
 */
function sheetHeader(display: string, head: Rec[], spec: FileSpec, mappingFile: string, where: string): { line: number; columns: Column[] } {
  const entries = Object.entries(spec.columns!).map(([key, target]) => ({
    key,
    alts: columnAlternatives(key).map(headerKey),
    optional: typeof target === 'object' && target.optional === true,
  }));
  const locate = (fields: string[]) => {
    const keys = fields.map(headerKey);
    return entries.map((e) => keys.findIndex((k) => e.alts.includes(k)));
  };
  let best: Rec | undefined;
  if (spec.headerRow !== undefined) {
    best = head.find((r) => r.line === spec.headerRow);
    if (!best) throw new ImportConfigError(`${mappingFile}: ${where}.headerRow: ${display} has no row ${spec.headerRow} among its first ${HEADER_SEARCH_ROWS}`);
  } else {
    let hits = 0;
    for (const r of head) {
      const n = locate(r.fields!).filter((i) => i >= 0).length;
      if (n > hits) {
        best = r;
        hits = n;
      }
    }
    if (!best) {
      throw new ImportConfigError(
        `${mappingFile}: ${where}.columns: ${display} has no header row with any of ${entries.map((e) => `'${e.key}'`).join(', ')} in its first ${HEADER_SEARCH_ROWS} rows`,
      );
    }
  }
  const fields = best.fields!;
  const index = locate(fields);
  const missing = entries.filter((e, i) => index[i]! < 0 && !e.optional);
  if (missing.length) {
    throw new ImportConfigError(
      `${mappingFile}: ${where}.columns: ${display}:${best.line}: the header row has no column ${missing.map((m) => `'${m.key}'`).join(', ')} (it has ${fields.filter((f) => f.trim()).join(', ')})`,
    );
  }
  const columns = entries.flatMap((e, i): Column[] =>
    index[i]! >= 0 ? [{ index: index[i]!, name: e.key, role: 'prop', type: 'string', array: false, text: fields[index[i]!]! }] : [],
  );
  return { line: best.line, columns };
}

type BasePlan = Omit<PlannedFile, 'transform' | 'mergeNodes' | 'updateNodes' | 'rels' | 'dedupe'>;

/**
 * A table (CSV or worksheet) from its first records: finds the header (the first record; in a workbook the first row
 * with two different texts, below any title rows; for "columns" the row with the mapping's header texts) and
 * compiles the transform for its rows.
 */
function planTable(base: BasePlan, head: Rec[], ctx: CompileContext, nullValues: string[], mapping: Mapping | undefined): PlannedFile {
  const display = base.name;
  const spec = base.spec;
  if (!head.length) throw new ImportConfigError(`${display}: the file is empty (no header)`);
  const arrayDelimiter = base.arrayDelimiter;
  if (base.format === 'sheet') {
    const found = sheetHeader(display, head, spec!, mapping?.file ?? '(mapping)', ctx.where);
    const cells = new CsvCells(found.columns, arrayDelimiter, nullValues);
    const t = compileSheetFile({ ...ctx, columns: cells.names() });
    const ties = Object.values(spec!.columns!).some((c) => typeof c === 'object' && 'tie' in c);
    return { ...base, headerLine: found.line, columnCount: -1, transform: (rec) => t(cells.reset(rec.fields!)), mergeNodes: true, updateNodes: false, rels: ties, dedupe: true };
  }
  const width = Math.max(...head.map((r) => r.fields!.length));
  const headerRec = base.sheet !== undefined ? (head.find((r) => new Set(r.fields!.filter((x) => x.trim())).size >= Math.min(2, width)) ?? head[0]!) : head[0]!;
  const fields = headerRec.fields!;
  const headerLine = headerRec.line;
  if (base.format === 'rows') {
    const cells = new CsvCells(fields.map((f, index) => ({ index, name: f.trim(), role: 'prop', type: 'string', array: false, text: f.trim() })), arrayDelimiter, nullValues);
    const t: Transform = compileRowsFile({ ...ctx, columns: cells.names() });
    const modes = new Set((spec!.nodes ?? []).map((n) => n.mode ?? 'merge'));
    return {
      ...base,
      headerLine,
      columnCount: fields.length,
      transform: (rec) => t(cells.reset(rec.fields!)),
      mergeNodes: modes.has('merge'),
      updateNodes: modes.has('update') || modes.has('append'),
      rels: (spec!.relationships ?? []).length > 0,
      dedupe: true,
    };
  }
  let header: Header;
  try {
    header = parseHeader(fields);
  } catch (e) {
    if (e instanceof HeaderError) {
      const hint = mapping ? '' : ' (for a spreadsheet or a plain CSV, describe its columns in a mapping: --mapping FILE)';
      throw new ImportConfigError(`${display}:${headerLine}:${e.column}: ${e.message}${hint}`);
    }
    throw e;
  }
  const cells = new CsvCells(header.columns, arrayDelimiter, nullValues);
  const t = compileHeaderFile(header, { ...ctx, columns: cells.names() });
  return {
    ...base,
    headerLine,
    header,
    columnCount: fields.length,
    transform: (rec) => t(cells.reset(rec.fields!)),
    mergeNodes: header.kind === 'nodes',
    updateNodes: false,
    rels: header.kind === 'relationships',
    dedupe: false,
  };
}

async function planFiles(input: string, mapping: Mapping | undefined, options: ImportOptions): Promise<{ files: PlannedFile[]; ignored: string[] }> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(input);
  } catch {
    throw new ImportConfigError(`${input}: no such file or folder`);
  }
  const root = stat.isDirectory() ? input : path.dirname(input);
  const candidates = stat.isDirectory() ? listFiles(input) : [input];
  const matchers = (mapping?.files ?? []).map((spec) => ({
    spec,
    res: (Array.isArray(spec.match) ? spec.match : [spec.match]).map(globToRegExp),
  }));
  const files: PlannedFile[] = [];
  const ignored: string[] = [];
  const used = new Set<number>();
  for (const file of candidates) {
    const name = path.relative(root, file).split(path.sep).join('/');
    let spec: FileSpec | undefined;
    let specIndex = -1;
    if (mapping) {
      specIndex = matchers.findIndex((m) => m.res.some((re) => re.test(name)));
      if (specIndex < 0) {
        ignored.push(name);
        continue;
      }
      used.add(specIndex);
      spec = matchers[specIndex]!.spec;
      if (spec.skip) {
        ignored.push(name);
        continue;
      }
    } else if (!DATA_EXT.test(name)) {
      ignored.push(name);
      continue;
    }
    const display = stat.isDirectory() ? name : file;
    const where = `files[${specIndex}]`;
    const arrayDelimiter = spec?.arrayDelimiter ?? mapping?.arrayDelimiter ?? options.arrayDelimiter ?? ';';
    const format: PlannedFile['format'] =
      spec?.columns !== undefined
        ? 'sheet'
        : (spec?.format ?? (spec?.nodes || spec?.relationships ? 'rows' : JSONL_EXT.test(name) ? 'jsonl' : 'header'));
    const size = fs.statSync(file).size;
    const nullValues = [...(mapping?.nullValues ?? []), ...(spec?.nullValues ?? [])];
    const base = { path: file, name: display, format, delimiter: '', arrayDelimiter, size, rows: 0, columnCount: 0, headerLine: 0, ...(spec ? { spec } : {}) };
    const ctx = { file: display, where, arrayDelimiter, ...(mapping ? { mapping } : {}), ...(spec ? { spec } : {}) };
    if (XLSX_EXT.test(name)) {
      if (format === 'jsonl' || format === 'rows') throw new ImportConfigError(`${display}: a workbook is read by its header row or by "columns", not as ${format}`);
      let names: string[];
      try {
        names = await sheetNames(file);
      } catch (e) {
        throw new ImportConfigError(`${display}: ${(e as Error).message}`);
      }
      const wanted = spec?.sheets === undefined ? names.slice(0, 1) : spec.sheets === '*' ? names : Array.isArray(spec.sheets) ? spec.sheets : [spec.sheets];
      for (const sheet of wanted) {
        if (!names.includes(sheet)) throw new ImportConfigError(`${display}: no sheet named '${sheet}' (its sheets: ${names.join(', ')})`);
        const head = (await readSheet(file, sheet)).slice(0, HEADER_SEARCH_ROWS);
        const sheetBase = { ...base, name: `${display}#${sheet}`, sheet, encoding: null };
        files.push(planTable(sheetBase, head, { ...ctx, file: sheetBase.name }, nullValues, mapping));
      }
      continue;
    }
    let encoding: EncodingChoice;
    try {
      encoding = await fileEncoding(file, spec?.encoding ?? options.encoding ?? mapping?.encoding);
    } catch (e) {
      if (e instanceof EncodingError) throw new ImportConfigError(`${display}: ${e.message}`);
      throw new ImportConfigError(`${display}: cannot read: ${(e as Error).message}`);
    }
    if (format === 'jsonl') {
      const t = compileJsonLines(ctx);
      files.push({ ...base, encoding, transform: (rec) => t(rec.text!), mergeNodes: true, updateNodes: false, rels: true, dedupe: false });
      continue;
    }
    const detect = () => (format === 'sheet' ? sheetDelimiter(file, encoding.encoding) : csvDelimiter(file, undefined, encoding.encoding));
    const delimiter = spec?.delimiter ?? mapping?.delimiter ?? options.delimiter ?? (await detect().catch((e: Error) => {
      throw new ImportConfigError(`${display}: ${e.message}`);
    }));
    if (delimiter === arrayDelimiter && format === 'header') {
      throw new ImportConfigError(`${display}: the field delimiter and the array delimiter are both '${delimiter}'; set another with --array-delimiter or in the mapping`);
    }
    let head: Rec[];
    try {
      head = await csvHead(file, delimiter, encoding.encoding);
    } catch (e) {
      throw new ImportConfigError(`${display}:1: ${(e as Error).message}`);
    }
    files.push(planTable({ ...base, delimiter, encoding }, head, ctx, nullValues, mapping));
  }
  if (mapping) {
    const unused = mapping.files.map((_, i) => i).filter((i) => !used.has(i));
    if (unused.length && !files.length) {
      throw new ImportConfigError(`${mapping.file}: no file in ${input} matches ${unused.map((i) => `files[${i}].match`).join(', ')}`);
    }
  }
  if (!files.length) throw new ImportConfigError(`${input}: no file to import (CSV, CSV.gz or JSON lines)${ignored.length ? `; ignored: ${ignored.join(', ')}` : ''}`);
  return { files, ignored };
}

/** Bad rows: all counted, each line remembered (so the write pass skips it), the first ones kept with a reason. */
class BadRows {
  count = 0;
  readonly kept: Array<BadRow & { order: number }> = [];
  private readonly lines = new Map<number, Set<number>>();
  add(fileIndex: number, file: string, line: number, column: number, reason: string): void {
    let set = this.lines.get(fileIndex);
    if (!set) this.lines.set(fileIndex, (set = new Set()));
    if (set.has(line)) return;
    set.add(line);
    this.count++;
    this.kept.push({ file, line, column, reason, order: fileIndex * 1e12 + line });
    if (this.kept.length > KEPT_BAD_ROWS * 2) this.trim();
  }
  has(fileIndex: number, line: number): boolean {
    return this.lines.get(fileIndex)?.has(line) ?? false;
  }
  private trim(): void {
    this.kept.sort((a, b) => a.order - b.order);
    if (this.kept.length > KEPT_BAD_ROWS) this.kept.length = KEPT_BAD_ROWS;
  }
  list(): BadRow[] {
    this.trim();
    return this.kept.map(({ order: _o, ...rest }) => rest);
  }
}

class Interrupted extends Error {}

type Rec = { line: number; fields?: string[]; text?: string };

/** Every data record of a file with its line, in batches; `onBytes` feeds the progress bar. */
async function* records(f: PlannedFile, onBytes?: (n: number) => void): AsyncGenerator<Rec[]> {
  if (f.sheet !== undefined) {
    const rows = await readSheet(f.path, f.sheet);
    onBytes?.(f.size);
    const data: Rec[] = [];
    for (const r of rows) {
      if (r.line <= f.headerLine) continue;
      // Excel drops trailing empty cells; a row is as wide as its header.
      const fields = f.columnCount > r.fields.length ? [...r.fields, ...Array<string>(f.columnCount - r.fields.length).fill('')] : r.fields;
      data.push({ line: r.line, fields });
    }
    for (let i = 0; i < data.length; i += 1000) yield data.slice(i, i + 1000);
    return;
  }
  const encoding = f.encoding?.encoding ?? 'utf-8';
  if (f.format === 'jsonl') {
    let batch: Rec[] = [];
    for await (const l of readJsonLines(f.path, onBytes, encoding)) {
      batch.push({ line: l.line, text: l.text });
      if (batch.length >= 1000) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
    return;
  }
  for await (const batch of readCsv(f.path, f.delimiter, onBytes, encoding)) {
    // Only the first batches hold the header (and title rows above it).
    if (batch.length && batch[0]!.line > f.headerLine) yield batch;
    else {
      const rest = batch.filter((r) => r.line > f.headerLine);
      if (rest.length) yield rest;
    }
  }
}

const labelIndex = new Map<string, number>(NODE_LABELS.map((l, i) => [l, i]));
const relTypeIndex = new Map<string, number>(REL_TYPES.map((t, i) => [t, i]));
export type NodeRow = ReturnType<typeof nodeRow>;
export type RelRow = ReturnType<typeof relRow>;

/** Node ids of the store with their labels (the bulk path reads an empty store and looks nothing up). */
export type StoreLookup = (ids: string[]) => Promise<Array<{ id: string; labels: string[] }>>;

/** What the check reads about stored nodes beyond their ids: their properties, and nodes found by name. */
export interface StoreReads {
  props(ids: string[]): Promise<Array<{ id: string; props: Record<string, unknown> }>>;
  byName(names: string[], labels: string[]): Promise<Array<{ name: string; id: string; label: string; by: 'name' | 'alias' }>>;
}

export function storeReads(db: Db): StoreReads {
  return {
    props: (ids) => db.read('importExistingProps', { ids }, { timeoutMs: 120_000 }),
    byName: (names, labels) => db.read('importMatchNames', { names, labels }, { timeoutMs: 120_000 }),
  };
}

/** Looks node ids up in the store through the importLookupIds query. */
export function storeLookup(db: Db): StoreLookup {
  return (ids) => db.read<{ id: string; labels: string[] }>('importLookupIds', { ids }, { timeoutMs: 120_000 });
}

/**
 * Where the write stage sends the checked rows, in write order: merged nodes (every file), then updates and
 * appends, then relationships. `rowDone` follows every input row (a promise when the sink must be waited for);
 * `fileDone` follows every file of a stage.
 */
export interface WriteSink {
  node(row: NodeRow, label: NodeLabel): void;
  update(row: UpdateRow): void;
  rel(row: RelRow): void;
  rowDone(at: { file: string; line: number }): Promise<void> | undefined;
  fileDone(at: { file: string; line: number }): Promise<void>;
}

/**
 * Imports a folder (or one file). Throws ImportConfigError for a bad mapping, option or header; returns a report
 * whose status says whether bad rows stopped it (nothing written), or a signal interrupted it.
 */
export async function importDirectory(db: Db, dir: string, options: ImportOptions = {}): Promise<ImportReport> {
  const checked = await checkImport(dir, options, storeLookup(db), false, storeReads(db));
  if (checked.stopped) return checked.stopped;
  if (options.dryRun) return checked.dryRunReport();
  return checked.writeTransactional(db);
}

/**
 * The check stage alone: plans the files and checks every row against the model, this import and the store (as
 * `lookup` sees it). `stopped` holds the final report when bad rows or a signal end the import here.
 * `collectRelKeys` also records which (type, start, end) keys repeat, for writers that cannot MERGE.
 */
export async function checkImport(
  dir: string,
  options: ImportOptions,
  lookup: StoreLookup | null,
  collectRelKeys = false,
  reads: StoreReads | null = null,
): Promise<CheckedImport> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  if (!Number.isSafeInteger(batchSize) || batchSize < 1 || batchSize > 100_000) {
    throw new ImportConfigError(`--batch must be a whole number from 1 to 100000, got ${batchSize}`);
  }
  for (const [k, v] of [['delimiter', options.delimiter], ['array delimiter', options.arrayDelimiter]] as const) {
    if (v !== undefined && v.length !== 1) throw new ImportConfigError(`the ${k} must be a single character, got ${JSON.stringify(v)}`);
  }
  const mapping = typeof options.mapping === 'string' ? loadMapping(options.mapping) : options.mapping;
  const run = new CheckedImport(lookup, dir, options, batchSize, mapping, collectRelKeys, reads);
  await run.runCheck(await planFiles(dir, mapping, options));
  return run;
}

/**
 * Relationship keys (type, start ordinal, end ordinal) packed in 64 bits (type in the top 5, start in the next 27,
 * end in the low 32), gathered in a typed array and sorted once: finding the repeated ones among ten million costs
 * a sort, not a Set of ten million strings.
 */
class RelKeys {
  private big = new BigUint64Array(1 << 16);
  private words = new Uint32Array(this.big.buffer);
  private n = 0;
  repeated: Set<bigint> | null = null;

  static key(type: number, start: number, end: number): bigint {
    return (BigInt((type << 27) | start) << 32n) | BigInt(end);
  }

  add(type: number, start: number, end: number): void {
    if (start >= 2 ** 27 || end >= 2 ** 32) throw new ImportConfigError('more than 134 million nodes: too many for the bulk import; use the transactional import');
    if (this.n === this.big.length) {
      const next = new BigUint64Array(this.big.length * 2);
      next.set(this.big);
      this.big = next;
      this.words = new Uint32Array(next.buffer);
    }
    // Little-endian words: the low word first (os.endianness() is checked where the keys are collected).
    this.words[2 * this.n] = end >>> 0;
    this.words[2 * this.n + 1] = ((type << 27) | start) >>> 0;
    this.n++;
  }

  /** Sorts the keys and keeps those that occur more than once; frees the array. */
  settle(): void {
    const keys = this.big.subarray(0, this.n).sort();
    const repeated = new Set<bigint>();
    for (let i = 1; i < keys.length; i++) if (keys[i] === keys[i - 1]) repeated.add(keys[i]!);
    this.repeated = repeated;
    this.big = new BigUint64Array(0);
    this.words = new Uint32Array(0);
  }
}

export class CheckedImport {
  private readonly t0 = Date.now();
  private readonly bad = new BadRows();
  /**
   * Node ids of this import and of the store (as far as looked up): an ordinal of first sight times 16 plus the
   * model label's index + 1 (0: a store node without a model label). See labelOf / ordinalOf.
   */
  private readonly known = new Map<string, number>();
  private nextOrdinal = 0;
  private readonly relKeys: RelKeys | null;
  /** The final report when the check ended the import (bad rows, interrupted); null when the rows may be written. */
  stopped: ImportReport | null = null;
  /** Nodes the mapping leaves out; relationships touching them are left out too. */
  private readonly leftOutIds = new Set<string>();
  private readonly report: ImportReport;
  private files: PlannedFile[] = [];
  private readonly fileIndex = new Map<PlannedFile, number>();
  private readonly updates = new Map<PlannedFile, { ids: Set<string>; missing: number }>();
  private position = { file: '', line: 0 };
  private progressDone = 0;
  private progressRows = 0;
  /** Merged nodes waiting to be compared with the store (in chunks, like endpoint lookups). */
  private pendingExisting: Array<{ n: NodeDraft; file: string; line: number }> = [];
  /** Stored nodes this import touches (counted once each; the fill policy applies to them). */
  private readonly existingSeen = new Set<string>();
  /** Replaced values (update policy), kept whole for the audit record. */
  private readonly replaced: Array<{ id: string; property: string; old: unknown; new: unknown }> = [];
  /** Stored nodes that get a name filled in: their search fields follow the names they will have. */
  private readonly nameFixes = new Map<string, { pinyin: string; aliasText: string }>();
  /** Tie ends named by text: every stand-in id with where it was used, then what it resolved to. */
  private readonly names = new Map<string, { lookup: NameLookup; uses: Array<{ fi: number; file: string; line: number; col: number }> }>();
  private readonly resolved = new Map<string, { id: string; label: NodeLabel; created: boolean }>();
  private readonly mappingIdSpaces: Record<string, string> | undefined;
  private readonly source: string | undefined;
  /** Distinct ids this import merges (new and stored). */
  private mergedIds = 0;

  constructor(
    private readonly lookupStore: StoreLookup | null,
    dir: string,
    private readonly options: ImportOptions,
    private readonly batchSize: number,
    mapping: Mapping | undefined,
    collectRelKeys: boolean,
    private readonly reads: StoreReads | null = null,
  ) {
    if (collectRelKeys && os.endianness() !== 'LE') throw new ImportConfigError('the bulk import needs a little-endian machine');
    this.relKeys = collectRelKeys ? new RelKeys() : null;
    this.mappingIdSpaces = mapping?.idSpaces;
    this.source = mapping?.source;
    this.report = {
      status: 'ok',
      dryRun: options.dryRun ?? false,
      policy: options.update ? 'update' : 'fill',
      changes: { newNodes: 0, existingNodes: 0, filled: 0, differing: 0, replaced: 0, table: [] },
      names: { matched: [], created: [] },
      auditIds: [],
      dir,
      ...(mapping ? { mapping: mapping.file } : {}),
      files: [],
      ignoredFiles: [],
      rows: 0,
      badCount: 0,
      badRows: [],
      nodes: {},
      relationships: {},
      updates: { rows: 0, matched: 0, missing: 0 },
      leftOut: { nodes: 0, relationships: 0 },
      checkMs: 0,
      writeMs: 0,
      elapsedMs: 0,
    };
  }

  async runCheck(plan: { files: PlannedFile[]; ignored: string[] }): Promise<void> {
    this.files = plan.files;
    this.report.ignoredFiles = plan.ignored;
    this.files.forEach((f, i) => this.fileIndex.set(f, i));
    try {
      await this.check();
    } catch (e) {
      if (e instanceof Interrupted) {
        this.stopped = this.finish('interrupted', { stage: 'check', ...this.position, written: 0 });
        return;
      }
      if (e instanceof FileReadError) throw new ImportConfigError(`${this.nameOf(e.file)}:${e.line}: ${e.message}`);
      throw e;
    }
    this.relKeys?.settle();
    this.report.checkMs = Date.now() - this.t0;
    this.summariseFiles();
    if (this.bad.count > 0 && !this.options.skipBad) this.stopped = this.finish('bad-rows');
  }

  /** The model label of a known id (undefined: unknown; -1: a store node without a model label). */
  private labelOf(id: string): number | undefined {
    const v = this.known.get(id);
    return v === undefined ? undefined : (v % 16) - 1;
  }

  private remember(id: string, label: number): void {
    this.known.set(id, this.nextOrdinal++ * 16 + label + 1);
  }

  /** A number per node id of this import, 0..nodeOrdinals-1, in order of first sight (for bit sets and keys). */
  ordinalOf(id: string): number {
    const v = this.known.get(id);
    if (v === undefined) throw new Error(`no ordinal for node '${id}'`);
    return Math.floor(v / 16);
  }

  get nodeOrdinals(): number {
    return this.nextOrdinal;
  }

  /** Whether the (type, start, end) key of this relationship occurs more than once among the checked rows. */
  relKeyRepeats(type: RelType, start: string, end: string): boolean {
    const repeated = this.relKeys?.repeated;
    if (!repeated?.size) return false;
    return repeated.has(RelKeys.key(relTypeIndex.get(type)!, this.ordinalOf(start), this.ordinalOf(end)));
  }

  /** The planned files: their names and what each can produce. */
  get plannedFiles(): ReadonlyArray<{ name: string; mergeNodes: boolean; updateNodes: boolean; rels: boolean }> {
    return this.files;
  }

  get batch(): number {
    return this.batchSize;
  }

  get signal(): AbortSignal | undefined {
    return this.options.signal;
  }

  /** The write stage through Bolt: batched transactions with MERGE. */
  async writeTransactional(db: Db): Promise<ImportReport> {
    if (this.stopped) return this.stopped;
    const tw = Date.now();
    const writer = new BatchWriter(db, () => this.stopIfAborted());
    // Replaced values are recorded before anything is replaced: if the record cannot be written, nothing is.
    const auditIds = await this.recordReplaced(db);
    this.report.auditIds = auditIds;
    const settleAudit = async (status: 'ok' | 'failed') => {
      for (const id of auditIds) await finishAudit(db, id, status, [], []).catch(() => {});
    };
    try {
      // MERGE on the id needs the unique constraint (and its index) in place; applying the schema twice is harmless.
      await db.applySchema();
      const policy = this.options.update ? null : { stored: this.existingSeen, names: this.nameFixes };
      await this.write(new TransactionalSink(db, writer, this.batchSize, policy));
      await writer.drain();
      await settleAudit('ok');
    } catch (e) {
      await writer.drain().catch(() => {});
      await settleAudit('failed');
      this.report.writeMs = Date.now() - tw;
      if (e instanceof Interrupted && !writer.failure) {
        return this.finish('interrupted', { stage: 'write', ...writer.committed, written: writer.written });
      }
      const err = (writer.failure ?? e) as Error;
      const at = writer.committed.file ? ` (last committed row: ${writer.committed.file}:${writer.committed.line})` : '';
      err.message = `writing stopped after ${writer.written} committed rows${at}: ${err.message}`;
      throw err;
    }
    this.report.writeMs = Date.now() - tw;
    return this.finish('ok');
  }

  /**
   * The write stage into another sink (the bulk path). Returns the report; `interrupted` when the signal fired
   * (the sink decides what that leaves behind). `writeMs` is the time of this pass only.
   */
  async writeInto(sink: WriteSink): Promise<ImportReport> {
    if (this.stopped) return this.stopped;
    const tw = Date.now();
    try {
      await this.write(sink);
    } catch (e) {
      this.report.writeMs = Date.now() - tw;
      if (e instanceof Interrupted) return this.finish('interrupted', { stage: 'write', ...this.position, written: 0 });
      throw e;
    }
    this.report.writeMs = Date.now() - tw;
    return this.finish('ok');
  }

  /** Adds time spent after writeInto (the bulk path's import and index build) to the report's write time. */
  addWriteMs(ms: number): ImportReport {
    this.report.writeMs += ms;
    this.report.elapsedMs = Date.now() - this.t0;
    return this.report;
  }

  private nameOf(file: string): string {
    return this.files.find((f) => f.path === file)?.name ?? file;
  }

  private stopIfAborted(): void {
    if (this.options.signal?.aborted) throw new Interrupted();
  }

  private progress(stage: 'check' | 'write', total: number, file: string): void {
    this.options.onProgress?.({ stage, done: this.progressDone, total, file, rows: this.progressRows });
  }

  /** A row through its file's transform; problems become bad rows (null). */
  private transform(f: PlannedFile, fi: number, rec: Rec): RowOutput | null {
    if (f.format !== 'jsonl' && f.columnCount >= 0 && rec.fields!.length !== f.columnCount) {
      const n = rec.fields!.length;
      this.bad.add(fi, f.name, rec.line, Math.min(n, f.columnCount) + 1, `expected ${f.columnCount} fields as in the header, found ${n}`);
      return null;
    }
    try {
      return f.transform(rec);
    } catch (e) {
      if (e instanceof RowError) {
        this.bad.add(fi, f.name, rec.line, e.column, e.message);
        return null;
      }
      throw e;
    }
  }

  private async lookup(ids: Iterable<string>): Promise<void> {
    if (!this.lookupStore) return;
    const list = [...ids].filter((id) => !this.known.has(id));
    for (let i = 0; i < list.length; i += LOOKUP_CHUNK) {
      const rows = await this.lookupStore(list.slice(i, i + LOOKUP_CHUNK));
      for (const r of rows) {
        const main = r.labels.find((l) => labelIndex.has(l));
        if (!this.known.has(r.id)) this.remember(r.id, main === undefined ? -1 : labelIndex.get(main)!);
      }
    }
  }

  // ---- check: every row against the model, this import's nodes and the store; nothing is written ----

  private async check(): Promise<void> {
    const nodeFiles = this.files.filter((f) => f.mergeNodes || f.updateNodes);
    const relFiles = this.files.filter((f) => f.rels);
    const total = [...nodeFiles, ...relFiles].reduce((s, f) => s + f.size, 0);
    const onBytes = (n: number) => (this.progressDone += n);
    for (const f of nodeFiles) {
      const fi = this.fileIndex.get(f)!;
      this.position = { file: f.name, line: 0 };
      let rows = 0;
      for await (const batch of records(f, onBytes)) {
        this.stopIfAborted();
        for (const rec of batch) {
          rows++;
          this.position.line = rec.line;
          const out = this.transform(f, fi, rec);
          if (out) this.checkNodes(f, fi, rec.line, out);
        }
        this.progressRows += batch.length;
        this.progress('check', total, f.name);
        if (this.pendingExisting.length >= LOOKUP_CHUNK) await this.settleExisting();
      }
      f.rows = rows;
    }
    await this.settleExisting();
    await this.resolveNames();
    // Update sources may name nodes of the store or of a later file: their ids are settled after every node file.
    for (const f of nodeFiles) await this.resolveUpdates(f);
    for (const f of relFiles) {
      const fi = this.fileIndex.get(f)!;
      this.position = { file: f.name, line: 0 };
      let rows = 0;
      const pending: Array<{ line: number; rel: RelDraft }> = [];
      const unknown = new Set<string>();
      const settle = async () => {
        await this.lookup(unknown);
        for (const { line, rel } of pending) this.checkEndpoints(f, fi, line, rel);
        pending.length = 0;
        unknown.clear();
      };
      for await (const batch of records(f, onBytes)) {
        this.stopIfAborted();
        for (const rec of batch) {
          rows++;
          this.position.line = rec.line;
          const out = this.transform(f, fi, rec);
          if (!out) continue;
          for (const r of out.rels) {
            if (!this.substitute(r)) continue;
            if (this.leftOutIds.has(r.start) || this.leftOutIds.has(r.end)) continue;
            if (this.known.has(r.start) && this.known.has(r.end)) {
              this.checkEndpoints(f, fi, rec.line, r);
              continue;
            }
            if (!this.known.has(r.start)) unknown.add(r.start);
            if (!this.known.has(r.end)) unknown.add(r.end);
            pending.push({ line: rec.line, rel: r });
          }
        }
        this.progressRows += batch.length;
        this.progress('check', total, f.name);
        if (unknown.size >= LOOKUP_CHUNK) await settle();
      }
      await settle();
      f.rows = rows;
    }
  }

  private checkNodes(f: PlannedFile, fi: number, line: number, out: RowOutput): void {
    for (const id of out.skippedNodes) this.leftOutIds.add(id);
    for (const l of out.lookups) {
      let entry = this.names.get(l.ref);
      if (!entry) this.names.set(l.ref, (entry = { lookup: l, uses: [] }));
      entry.uses.push({ fi, file: f.name, line, col: l.col });
    }
    for (const n of out.nodes) {
      if (n.mode !== 'merge') {
        let u = this.updates.get(f);
        if (!u) this.updates.set(f, (u = { ids: new Set(), missing: 0 }));
        u.ids.add(n.id);
        continue;
      }
      const li = labelIndex.get(n.label!)!;
      const before = this.labelOf(n.id);
      if (before !== undefined && before !== li) {
        this.bad.add(fi, f.name, line, n.idCol, `id '${n.id}' is already a ${NODE_LABELS[before]} in this import, not a ${n.label}`);
        continue;
      }
      if (before === undefined) {
        this.remember(n.id, li);
        this.mergedIds++;
      }
      if (this.reads) this.pendingExisting.push({ n, file: f.name, line });
    }
  }

  /**
   * Compares the pending merged nodes with what the store holds under their ids: empty properties to fill, values
   * that differ (kept by default, replaced and remembered for the audit record with `update`).
   */
  private async settleExisting(): Promise<void> {
    if (!this.reads || !this.pendingExisting.length) return;
    const pending = this.pendingExisting;
    this.pendingExisting = [];
    const ids = [...new Set(pending.map((p) => p.n.id))];
    const stored = new Map<string, Record<string, unknown>>();
    for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
      for (const r of await this.reads.props(ids.slice(i, i + LOOKUP_CHUNK))) stored.set(r.id, r.props);
    }
    const changes = this.report.changes;
    const update = this.options.update ?? false;
    for (const { n, file, line } of pending) {
      const old = stored.get(n.id);
      if (!old) continue;
      if (this.existingSeen.has(n.id)) continue;
      this.existingSeen.add(n.id);
      changes.existingNodes++;
      const wanted = wantedProps(n);
      let namesFilled = false;
      const note = (c: PropertyChange) => {
        if (changes.table.length < KEPT_CHANGES) changes.table.push(c);
      };
      for (const [property, value] of Object.entries(wanted.props)) {
        const before = old[property];
        if (before === null || before === undefined) {
          changes.filled++;
          if (NAME_PROPS.has(property)) namesFilled = true;
          note({ id: n.id, property, old: null, new: value, kind: 'fill', file, line });
        } else if (!sameValue(before, value)) {
          changes.differing++;
          if (update) {
            changes.replaced++;
            this.replaced.push({ id: n.id, property, old: before, new: value });
          }
          note({ id: n.id, property, old: before, new: value, kind: update ? 'replace' : 'differs', file, line });
        }
      }
      for (const [property, value] of Object.entries(wanted.fill)) {
        if ((old[property] === null || old[property] === undefined) && wanted.props[property] === undefined) {
          changes.filled++;
          if (NAME_PROPS.has(property)) namesFilled = true;
          note({ id: n.id, property, old: null, new: value, kind: 'fill', file, line });
        }
      }
      if (!update && namesFilled) {
        const pick = (k: string) => old[k] ?? wanted.props[k] ?? wanted.fill[k];
        this.nameFixes.set(n.id, searchFields({ name: pick('name'), nameZh: pick('nameZh'), nameEn: pick('nameEn'), aliases: pick('aliases') }));
      }
    }
  }

  /**
   * Tie ends named by text: a stored node of one of the tie's labels whose name, Chinese or English name is exactly
   * the text, else one with it as an alias; else a new node (or a bad row where the mapping says not to create).
   */
  private async resolveNames(): Promise<void> {
    if (!this.names.size) return;
    const found = new Map<string, Array<{ id: string; label: string; by: 'name' | 'alias' }>>();
    if (this.reads) {
      const names = [...new Set([...this.names.values()].map((e) => e.lookup.name))];
      const labels = [...new Set([...this.names.values()].flatMap((e) => e.lookup.labels))];
      for (let i = 0; i < names.length; i += LOOKUP_CHUNK) {
        for (const r of await this.reads.byName(names.slice(i, i + LOOKUP_CHUNK), labels)) {
          let list = found.get(r.name);
          if (!list) found.set(r.name, (list = []));
          if (!list.some((x) => x.id === r.id && x.by === r.by)) list.push(r);
        }
      }
    }
    const space = (label: NodeLabel) => this.mappingIdSpaces?.[label] ?? `sheet-${label.toLowerCase()}`;
    for (const [ref, { lookup, uses }] of this.names) {
      const candidates = (found.get(lookup.name) ?? []).filter((c) => (lookup.labels as readonly string[]).includes(c.label));
      const byName = candidates.filter((c) => c.by === 'name');
      const pool = byName.length ? byName : candidates.filter((c) => c.by === 'alias');
      const ids = [...new Set(pool.map((c) => c.id))];
      const badAll = (reason: string) => {
        for (const u of uses) this.bad.add(u.fi, u.file, u.line, u.col, reason);
      };
      if (ids.length > 1) {
        badAll(`'${lookup.name}' names ${ids.length} stored nodes (${ids.slice(0, 5).join(', ')}); give one of them another name or an alias that is unique`);
        continue;
      }
      if (ids.length === 1) {
        const c = pool.find((x) => x.id === ids[0])!;
        const label = c.label as NodeLabel;
        this.resolved.set(ref, { id: c.id, label, created: false });
        if (!this.known.has(c.id)) this.remember(c.id, labelIndex.get(label)!);
        this.report.names.matched.push({ name: lookup.name, id: c.id, label, by: c.by });
        continue;
      }
      if (!lookup.create) {
        badAll(`no stored ${lookup.labels.join(' or ')} is named '${lookup.name}' (this column only links to existing nodes)`);
        continue;
      }
      const label = lookup.labels[0]!;
      const id = `${space(label)}:${lookup.name}`;
      const before = this.labelOf(id);
      if (before !== undefined && before !== labelIndex.get(label)) {
        badAll(`id '${id}' for the new ${label} '${lookup.name}' is already a ${NODE_LABELS[before] ?? 'node without a model label'}`);
        continue;
      }
      if (before === undefined) this.remember(id, labelIndex.get(label)!);
      this.resolved.set(ref, { id, label, created: true });
      this.report.names.created.push({ name: lookup.name, id, label });
    }
  }

  /** Puts resolved ids in place of a relationship's named ends; false when an end did not resolve (a bad row). */
  private substitute(r: RelDraft): boolean {
    for (const end of ['start', 'end'] as const) {
      if (!isNameRef(r[end])) continue;
      const res = this.resolved.get(r[end]);
      if (!res) return false;
      r[end] = res.id;
    }
    return true;
  }

  /**
   * Audit events holding every value the update policy will replace (id, property, old, new), in chunks; their
   * status is "started" until the write ends. The old values are what the store held at the check.
   */
  private async recordReplaced(db: Db): Promise<string[]> {
    if (!this.replaced.length) return [];
    const ids: string[] = [];
    for (let i = 0; i < this.replaced.length; i += REPLACED_PER_AUDIT_EVENT) {
      const chunk = this.replaced.slice(i, i + REPLACED_PER_AUDIT_EVENT);
      ids.push(
        await recordAudit(db, {
          actor: this.options.actor ?? 'import',
          role: 'admin',
          action: 'import',
          operation: `import --update ${this.report.dir}`.slice(0, 200),
          fields: [...new Set(chunk.map((c) => c.property))],
          subjects: [...new Set(chunk.map((c) => c.id))],
          replaced: JSON.stringify(chunk),
          status: 'started',
        }),
      );
    }
    return ids;
  }

  /** The report of a dry run: the check's findings, nothing written. */
  dryRunReport(): ImportReport {
    if (this.stopped) return this.stopped;
    return this.finish('ok');
  }

  /** Counts the ids of an update source that name no node, in this import or the store. */
  private async resolveUpdates(f: PlannedFile): Promise<void> {
    const u = this.updates.get(f);
    if (!u) return;
    await this.lookup(u.ids);
    u.missing = 0;
    for (const id of u.ids) if (!this.known.has(id)) u.missing++;
  }

  private checkEndpoints(f: PlannedFile, fi: number, line: number, rel: RelDraft): void {
    const s = this.labelOf(rel.start);
    const e = this.labelOf(rel.end);
    if (s === undefined) {
      this.bad.add(fi, f.name, line, rel.startCol, `dangling start id '${rel.start}': no good node row of this import and no node in the store has this id`);
      return;
    }
    if (e === undefined) {
      this.bad.add(fi, f.name, line, rel.endCol, `dangling end id '${rel.end}': no good node row of this import and no node in the store has this id`);
      return;
    }
    const sl = NODE_LABELS[s] ?? 'a node without a model label';
    const el = NODE_LABELS[e] ?? 'a node without a model label';
    if (!endpointsAllowed(rel.type, sl, el)) {
      const allowed = REL_ENDPOINTS[rel.type];
      const startOk = allowed.some(([a]) => a === '*' || a === sl);
      this.bad.add(fi, f.name, line, startOk ? rel.endCol : rel.startCol, `${rel.type} cannot join ${sl} to ${el} (the model allows ${allowed.map(([a, b]) => `${a}->${b}`).join(', ')})`);
      return;
    }
    this.relKeys?.add(relTypeIndex.get(rel.type)!, this.ordinalOf(rel.start), this.ordinalOf(rel.end));
  }

  private summariseFiles(): void {
    this.report.files = this.files.map((f) => {
      const u = this.updates.get(f);
      return {
        file: f.name,
        format: f.format,
        kind: f.header?.kind ?? f.format,
        ...(f.encoding ? { encoding: describeEncoding(f.encoding) } : {}),
        rows: f.rows,
        ...(u ? { updated: u.ids.size - u.missing, missing: u.missing } : {}),
      };
    });
    this.report.rows = this.files.reduce((s, f) => s + f.rows, 0);
    for (const u of this.updates.values()) {
      this.report.updates.rows += u.ids.size;
      this.report.updates.missing += u.missing;
    }
    this.report.updates.matched = this.report.updates.rows - this.report.updates.missing;
  }

  // ---- write: merged nodes, then updates, then relationships, each row to the sink in write order ----

  private async write(sink: WriteSink): Promise<void> {
    const stages = [
      ['merge', this.files.filter((f) => f.mergeNodes)],
      ['update', this.files.filter((f) => f.updateNodes)],
      ['rels', this.files.filter((f) => f.rels)],
    ] as const;
    const total = stages.reduce((s, [, list]) => s + list.reduce((t, f) => t + f.rows, 0), 0);
    // The transactional sink checks the signal before each transaction; other sinks are checked per read batch.
    const checkEachBatch = !(sink instanceof TransactionalSink);
    this.progressDone = 0;
    this.progressRows = 0;
    const writtenIds = new Set<string>();
    const count = (table: Record<string, number>, key: string) => (table[key] = (table[key] ?? 0) + 1);
    for (const [stage, list] of stages) {
      for (const f of list) {
        const fi = this.fileIndex.get(f)!;
        const updatedIds = new Set<string>();
        const at = { file: f.name, line: 0 };
        this.position = at;
        for await (const batch of records(f)) {
          if (checkEachBatch) this.stopIfAborted();
          for (const rec of batch) {
            at.line = rec.line;
            if (this.bad.has(fi, rec.line)) continue;
            const out = f.transform(rec);
            if (stage === 'merge') {
              this.report.leftOut.nodes += out.skippedNodes.length;
              for (const l of out.lookups) {
                const res = this.resolved.get(l.ref);
                if (!res?.created || writtenIds.has(res.id)) continue;
                writtenIds.add(res.id);
                sink.node(namedNodeRow(res.id, res.label, l.name, this.source), res.label);
                count(this.report.nodes, res.label);
              }
              for (const n of out.nodes) {
                if (n.mode !== 'merge') continue;
                // A "rows" recipe repeats the same node on many rows: write it once.
                if (f.dedupe) {
                  if (writtenIds.has(n.id)) continue;
                  writtenIds.add(n.id);
                }
                sink.node(toNodeRow(n), n.label!);
                count(this.report.nodes, n.label!);
              }
            } else if (stage === 'update') {
              for (const n of out.nodes) {
                if (n.mode === 'merge') continue;
                // An update names a node once (the first row wins); appends gather every row's values.
                if (n.mode === 'update') {
                  if (updatedIds.has(n.id)) continue;
                  updatedIds.add(n.id);
                }
                sink.update({ id: n.id, mode: n.mode, props: n.props, ...(n.label ? { label: n.label } : {}) });
              }
            } else {
              this.report.leftOut.relationships += out.skippedRels;
              for (const r of out.rels) {
                if (!this.substitute(r)) continue;
                if (this.leftOutIds.has(r.start) || this.leftOutIds.has(r.end)) {
                  this.report.leftOut.relationships++;
                  continue;
                }
                sink.rel(relRow({ type: r.type, start: r.start, end: r.end, props: r.props }));
                count(this.report.relationships, r.type);
              }
            }
            const wait = sink.rowDone(at);
            if (wait) await wait;
          }
          this.progressDone += batch.length;
          this.progressRows += batch.length;
          this.progress('write', total, f.name);
        }
        await sink.fileDone(at);
      }
    }
  }

  private finish(status: ImportReport['status'], stoppedAt?: ImportReport['stoppedAt']): ImportReport {
    this.report.status = status;
    if (stoppedAt) this.report.stoppedAt = stoppedAt;
    if (!this.report.files.length) this.summariseFiles();
    this.report.badCount = this.bad.count;
    this.report.badRows = this.bad.list();
    if (this.reads) this.report.changes.newNodes = this.mergedIds - this.report.changes.existingNodes + this.report.names.created.length;
    this.report.elapsedMs = Date.now() - this.t0;
    return this.report;
  }
}

/**
 * Keeps one batch in flight while the next is read and built (the client and Neo4j share two cores, so overlap
 * pays). A failure is kept and raised at the next submit or drain; `committed` is the last row whose batch landed.
 */
class BatchWriter {
  failure: unknown = null;
  committed = { file: '', line: 0 };
  written = 0;
  private inflight: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    private readonly beforeSubmit: () => void,
  ) {}

  async submit<T>(work: (rows: T[]) => Promise<void>, rows: T[], at: { file: string; line: number }): Promise<void> {
    await this.drain();
    this.beforeSubmit();
    this.inflight = work(rows).then(
      () => {
        this.committed = at;
        this.written += rows.length;
      },
      (e: unknown) => {
        this.failure = e;
      },
    );
  }

  async drain(): Promise<void> {
    if (this.inflight) {
      const p = this.inflight;
      this.inflight = null;
      await p;
    }
    if (this.failure) throw this.failure;
  }
}

/** Batches of `batchSize` rows, one transaction each, through the writer (one batch in flight). */
class TransactionalSink implements WriteSink {
  private nodes: NodeRow[] = [];
  private rels: RelRow[] = [];
  private updates: UpdateRow[] = [];

  /**
   * `fill`: nodes that were in the store before this import keep their values (null: the update policy replaces
   * them), with search fields per id where a name gets filled in. A node that repeats within the import takes its
   * last row's values, as in the bulk path.
   */
  constructor(
    private readonly db: Db,
    private readonly writer: BatchWriter,
    private readonly batchSize: number,
    private readonly fill: { stored: ReadonlySet<string>; names: ReadonlyMap<string, { pinyin: string; aliasText: string }> } | null = null,
  ) {}

  node(row: NodeRow): void {
    this.nodes.push(this.fill?.stored.has(row.id) ? fillOnly(row, this.fill.names.get(row.id)) : row);
  }
  update(row: UpdateRow): void {
    this.updates.push(row);
  }
  rel(row: RelRow): void {
    this.rels.push(row);
  }
  rowDone(at: { file: string; line: number }): Promise<void> | undefined {
    return this.nodes.length + this.rels.length + this.updates.length >= this.batchSize ? this.flush(at) : undefined;
  }
  fileDone(at: { file: string; line: number }): Promise<void> {
    return this.flush(at);
  }
  private async flush(where: { file: string; line: number }): Promise<void> {
    const at = { ...where };
    const { nodes, rels, updates } = this;
    this.nodes = [];
    this.rels = [];
    this.updates = [];
    if (updates.length) await this.writer.submit((u) => writeNodeUpdates(this.db, u), updates, at);
    if (nodes.length) await this.writer.submit((n) => writeBatch(this.db, n, []), nodes, at);
    if (rels.length) await this.writer.submit((r) => writeBatch(this.db, [], r), rels, at);
  }
}

/**
 * A node row that writes only where the stored node has no value (importNodes' fill keys): for a new node the same
 * as writing, for a stored one no value is overwritten. When a stored node gets a name filled in, its search
 * fields are set from the names it will have.
 */
function fillOnly(row: NodeRow, names: { pinyin: string; aliasText: string } | undefined): NodeRow {
  const fill: Record<string, unknown> = { ...row.fill, ...row.props };
  const props: Record<string, unknown> = {};
  if (names) {
    delete fill.pinyin;
    delete fill.aliasText;
    Object.assign(props, names);
  }
  return { id: row.id, labels: row.labels, props, fill };
}

/** A node created for a name met in a spreadsheet cell: the name (also as nameZh when it is Chinese). */
function namedNodeRow(id: string, label: NodeLabel, name: string, source: string | undefined): NodeRow {
  return nodeRow({ id, labels: [label], props: { name, ...(hasHan(name) ? { nameZh: name } : {}), ...(source ? { source } : {}) } });
}

const NAME_PROPS = new Set(['name', 'nameZh', 'nameEn', 'aliases']);

/** What writing a node draft sets (its values and the name it falls back to) and what it only fills. */
function wantedProps(n: NodeDraft): { props: Record<string, unknown>; fill: Record<string, unknown> } {
  const row = n.props;
  const props: Record<string, unknown> = { ...row };
  const named = row.name !== undefined || row.nameZh !== undefined || row.nameEn !== undefined || row.aliases !== undefined;
  const fillNamed = n.createProps.name !== undefined || n.createProps.nameZh !== undefined;
  // As writer.nodeRow: without a name the node is named by its Chinese or English name, else its id.
  if (props.name === undefined && (named || !fillNamed)) props.name = row.nameZh ?? row.nameEn ?? n.id;
  return { props, fill: n.createProps };
}

/** Whether a stored value and an imported one are the same (dates and date-times compared as instants). */
function sameValue(stored: unknown, value: unknown): boolean {
  if (Array.isArray(stored) || Array.isArray(value)) return JSON.stringify(stored) === JSON.stringify(value);
  if (typeof stored === 'string' && typeof value === 'string') {
    if (stored === value) return true;
    if (/^\d{4}-\d{2}-\d{2}T/.test(stored) && /^\d{4}-\d{2}-\d{2}T/.test(value)) return Date.parse(stored) === Date.parse(value);
    return false;
  }
  return String(stored) === String(value);
}

function toNodeRow(n: NodeDraft): NodeRow {
  return nodeRow({
    id: n.id,
    labels: [n.label as NodeLabel, ...n.roles],
    props: n.props,
    ...(Object.keys(n.createProps).length ? { fillProps: n.createProps } : {}),
  });
}
