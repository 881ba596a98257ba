// The validated importer behind `npm run import`: plans which files of a folder to read (by a mapping or by their
// headers), checks every row against the model and the store before anything is written (checkImport), then hands
// the rows, in write order, to a sink: the transactional one writes UNWIND batches, one transaction each, with MERGE
// so that a second run changes nothing (importDirectory); the offline bulk path (bulk.ts) writes neo4j-admin files.
// Nodes come before relationships, update-only sources after the nodes they update. An AbortSignal stops it between
// batches.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../../server/db.js';
import { NODE_LABELS, REL_TYPES, endpointsAllowed, REL_ENDPOINTS, type NodeLabel, type RelType } from '../../server/model/model.js';
import { HeaderError, parseHeader, type Header } from './header.js';
import { ImportConfigError, globToRegExp, loadMapping, type FileSpec, type Mapping } from './mapping.js';
import { csvDelimiter, FileReadError, readCsv, readJsonLines } from './sources.js';
import {
  compileHeaderFile,
  compileJsonLines,
  compileRowsFile,
  CsvCells,
  RowError,
  type NodeDraft,
  type RelDraft,
  type RowOutput,
  type Transform,
} from './transform.js';
import { writeNodeUpdates, type UpdateRow } from './updates.js';
import { nodeRow, relRow, writeBatch } from './writer.js';

// Measured on the generated 20k-person graph: 1k and 5k rows per transaction cost Neo4j the least CPU (14.5 s for
// 231k rows) against 17-20 s at 10k-20k (bigger eager buffers and more GC on a 1 GB heap); 5k keeps commits few.
export const DEFAULT_BATCH = 5_000;
/** How many endpoint ids to look up in the store per query while checking. */
const LOOKUP_CHUNK = 5_000;
/** Bad rows kept with their reasons (all of them are counted and skipped). */
const KEPT_BAD_ROWS = 1_000;

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
  format: 'header' | 'rows' | 'jsonl';
  kind: string;
  rows: number;
  /** Update/append sources: nodes found and updated, ids that name no node (left alone). */
  updated?: number;
  missing?: number;
}

export interface ImportReport {
  status: 'ok' | 'bad-rows' | 'interrupted';
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
  format: 'header' | 'rows' | 'jsonl';
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

const DATA_EXT = /\.(csv|tsv|txt|jsonl|ndjson)(\.gz)?$/i;
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

/** Reads the first record of a CSV (the header) with the same splitter the rows go through. */
async function csvHeader(file: string, delimiter: string): Promise<string[]> {
  for await (const batch of readCsv(file, delimiter)) return batch[0]!.fields;
  return [];
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
      spec?.format ?? (spec?.nodes || spec?.relationships ? 'rows' : JSONL_EXT.test(name) ? 'jsonl' : 'header');
    const size = fs.statSync(file).size;
    const nullValues = [...(mapping?.nullValues ?? []), ...(spec?.nullValues ?? [])];
    const base = { path: file, name: display, format, delimiter: '', arrayDelimiter, size, rows: 0, columnCount: 0, ...(spec ? { spec } : {}) };
    const ctx = { file: display, where, arrayDelimiter, ...(mapping ? { mapping } : {}), ...(spec ? { spec } : {}) };
    if (format === 'jsonl') {
      const t = compileJsonLines(ctx);
      files.push({ ...base, transform: (rec) => t(rec.text!), mergeNodes: true, updateNodes: false, rels: true, dedupe: false });
      continue;
    }
    const delimiter = spec?.delimiter ?? mapping?.delimiter ?? options.delimiter ?? (await csvDelimiter(file).catch((e: Error) => {
      throw new ImportConfigError(`${display}: ${e.message}`);
    }));
    if (delimiter === arrayDelimiter && format === 'header') {
      throw new ImportConfigError(`${display}: the field delimiter and the array delimiter are both '${delimiter}'; set another with --array-delimiter or in the mapping`);
    }
    let fields: string[];
    try {
      fields = await csvHeader(file, delimiter);
    } catch (e) {
      throw new ImportConfigError(`${display}:1: ${(e as Error).message}`);
    }
    if (!fields.length) throw new ImportConfigError(`${display}: the file is empty (no header)`);
    if (format === 'rows') {
      const cells = new CsvCells(fields.map((f, index) => ({ index, name: f.trim(), role: 'prop', type: 'string', array: false, text: f.trim() })), arrayDelimiter, nullValues);
      const t: Transform = compileRowsFile({ ...ctx, columns: cells.names() });
      const modes = new Set((spec!.nodes ?? []).map((n) => n.mode ?? 'merge'));
      files.push({
        ...base,
        delimiter,
        columnCount: fields.length,
        transform: (rec) => t(cells.reset(rec.fields!)),
        mergeNodes: modes.has('merge'),
        updateNodes: modes.has('update') || modes.has('append'),
        rels: (spec!.relationships ?? []).length > 0,
        dedupe: true,
      });
      continue;
    }
    let header: Header;
    try {
      header = parseHeader(fields);
    } catch (e) {
      if (e instanceof HeaderError) {
        const hint = mapping ? '' : ' (for a plain CSV, describe its rows in a mapping: --mapping FILE)';
        throw new ImportConfigError(`${display}:1:${e.column}: ${e.message}${hint}`);
      }
      throw e;
    }
    const cells = new CsvCells(header.columns, arrayDelimiter, nullValues);
    const t = compileHeaderFile(header, { ...ctx, columns: cells.names() });
    files.push({
      ...base,
      delimiter,
      header,
      columnCount: fields.length,
      transform: (rec) => t(cells.reset(rec.fields!)),
      mergeNodes: header.kind === 'nodes',
      updateNodes: false,
      rels: header.kind === 'relationships',
      dedupe: false,
    });
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

/** Every record of a file with its line, in batches; `onBytes` feeds the progress bar. */
async function* records(f: PlannedFile, onBytes?: (n: number) => void): AsyncGenerator<Rec[]> {
  if (f.format === 'jsonl') {
    let batch: Rec[] = [];
    for await (const l of readJsonLines(f.path, onBytes)) {
      batch.push({ line: l.line, text: l.text });
      if (batch.length >= 1000) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
    return;
  }
  let first = true;
  for await (const batch of readCsv(f.path, f.delimiter, onBytes)) {
    if (first) {
      first = false;
      yield batch.slice(1);
      continue;
    }
    yield batch;
  }
}

const labelIndex = new Map<string, number>(NODE_LABELS.map((l, i) => [l, i]));
const relTypeIndex = new Map<string, number>(REL_TYPES.map((t, i) => [t, i]));
export type NodeRow = ReturnType<typeof nodeRow>;
export type RelRow = ReturnType<typeof relRow>;

/** Node ids of the store with their labels (the bulk path reads an empty store and looks nothing up). */
export type StoreLookup = (ids: string[]) => Promise<Array<{ id: string; labels: string[] }>>;

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
  const checked = await checkImport(dir, options, storeLookup(db));
  if (checked.stopped) return checked.stopped;
  return checked.writeTransactional(db);
}

/**
 * The check stage alone: plans the files and checks every row against the model, this import and the store (as
 * `lookup` sees it). `stopped` holds the final report when bad rows or a signal end the import here.
 * `collectRelKeys` also records which (type, start, end) keys repeat, for writers that cannot MERGE.
 */
export async function checkImport(dir: string, options: ImportOptions, lookup: StoreLookup | null, collectRelKeys = false): Promise<CheckedImport> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  if (!Number.isSafeInteger(batchSize) || batchSize < 1 || batchSize > 100_000) {
    throw new ImportConfigError(`--batch must be a whole number from 1 to 100000, got ${batchSize}`);
  }
  for (const [k, v] of [['delimiter', options.delimiter], ['array delimiter', options.arrayDelimiter]] as const) {
    if (v !== undefined && v.length !== 1) throw new ImportConfigError(`the ${k} must be a single character, got ${JSON.stringify(v)}`);
  }
  const mapping = typeof options.mapping === 'string' ? loadMapping(options.mapping) : options.mapping;
  const run = new CheckedImport(lookup, dir, options, batchSize, mapping, collectRelKeys);
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

  constructor(
    private readonly lookupStore: StoreLookup | null,
    dir: string,
    private readonly options: ImportOptions,
    private readonly batchSize: number,
    mapping: Mapping | undefined,
    collectRelKeys: boolean,
  ) {
    if (collectRelKeys && os.endianness() !== 'LE') throw new ImportConfigError('the bulk import needs a little-endian machine');
    this.relKeys = collectRelKeys ? new RelKeys() : null;
    this.report = {
      status: 'ok',
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
    try {
      // MERGE on the id needs the unique constraint (and its index) in place; applying the schema twice is harmless.
      await db.applySchema();
      await this.write(new TransactionalSink(db, writer, this.batchSize));
      await writer.drain();
    } catch (e) {
      await writer.drain().catch(() => {});
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
    if (f.format !== 'jsonl' && rec.fields!.length !== f.columnCount) {
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
      }
      f.rows = rows;
    }
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
      if (before === undefined) this.remember(n.id, li);
    }
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

  constructor(
    private readonly db: Db,
    private readonly writer: BatchWriter,
    private readonly batchSize: number,
  ) {}

  node(row: NodeRow): void {
    this.nodes.push(row);
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

function toNodeRow(n: NodeDraft): NodeRow {
  return nodeRow({
    id: n.id,
    labels: [n.label as NodeLabel, ...n.roles],
    props: n.props,
    ...(Object.keys(n.createProps).length ? { fillProps: n.createProps } : {}),
  });
}
