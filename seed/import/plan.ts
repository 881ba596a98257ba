// The plan stage of the import: which files of a folder to read, each one's format, encoding, delimiter and
// header (for a workbook, which sheets and where the header row sits below any titles), and the compiled transform
// that turns one of its records into node and relationship drafts; and `records`, which reads a planned file's data
// records in batches. Nothing here touches the store.
import fs from 'node:fs';
import path from 'node:path';
import { EncodingError, fileEncoding, type EncodingChoice } from './encoding.js';
import { HeaderError, parseHeader, plainColumns, type Column, type Header } from './header.js';
import type { ImportOptions } from './importer.js';
import { ImportConfigError, columnAlternatives, globToRegExp, type FileSpec, type Mapping } from './mapping.js';
import { csvDelimiter, readCsv, readJsonLines, sheetDelimiter } from './sources.js';
import {
  compileHeaderFile,
  compileJsonLines,
  compileRowsFile,
  CsvCells,
  type CompileContext,
  type RowOutput,
  type Transform,
} from './transform.js';
import { compileSheetFile, sheetColumns } from './sheet-transform.js';
import { readSheet, sheetNames } from './xlsx.js';
import { ARCHIVE_EXT, extractArchive, removeScratch, scratchFolder } from './archives.js';

/** Rows of a spreadsheet searched for its header row (title rows above it are skipped). */
export const HEADER_SEARCH_ROWS = 30;

export interface PlannedFile {
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

export type Rec = { line: number; fields?: string[]; text?: string };

/** Every data record of a file with its line, in batches; `onBytes` feeds the progress bar. */
export async function* records(f: PlannedFile, onBytes?: (n: number) => void): AsyncGenerator<Rec[]> {
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
export async function csvHead(file: string, delimiter: string, encoding: string): Promise<Rec[]> {
  const out: Rec[] = [];
  for await (const batch of readCsv(file, delimiter, undefined, encoding)) {
    out.push(...batch.slice(0, HEADER_SEARCH_ROWS - out.length));
    if (out.length >= HEADER_SEARCH_ROWS) break;
  }
  return out;
}

/** Header text as people vary it: full-width letters, spaces inside, case. */
export const headerKey = (t: string) => t.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * The header row of a spreadsheet mapped by "columns": the given row, or the one among the first rows that holds
 * the most of the mapping's header texts (title rows and merged titles above it hold none). Returns the columns
 * found, named by their mapping keys.
 */
function sheetHeader(head: Rec[], spec: FileSpec, at: { display: string; mappingFile: string; where: string }): { line: number; columns: Column[] } {
  const { display, mappingFile, where } = at;
  const entries = sheetColumns(spec).map(({ key, optional }) => ({ key, alts: columnAlternatives(key).map(headerKey), optional }));
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

/** A header read by `read`; its HeaderError becomes a config error at `at` (file:line) and the header column. */
function readHeader<T>(read: () => T, at: string, hint = ''): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof HeaderError) throw new ImportConfigError(`${at}:${e.column}: ${e.message}${hint}`);
    throw e;
  }
}

/** What compiling a table's transform needs besides its records: the compile context, null texts, the mapping. */
interface TableSetup {
  ctx: CompileContext;
  nullValues: string[];
  mapping: Mapping | undefined;
}

/**
 * A table (CSV or worksheet) from its first records: finds the header (the first record; in a workbook the first row
 * with two different texts, below any title rows; for "columns" the row with the mapping's header texts) and
 * compiles the transform for its rows.
 */
function planTable(base: BasePlan, head: Rec[], setup: TableSetup): PlannedFile {
  const { ctx, nullValues, mapping } = setup;
  const display = base.name;
  const spec = base.spec;
  if (!head.length) throw new ImportConfigError(`${display}: the file is empty (no header)`);
  const arrayDelimiter = base.arrayDelimiter;
  if (base.format === 'sheet') {
    const found = sheetHeader(head, spec!, { display, mappingFile: mapping?.file ?? '(mapping)', where: ctx.where });
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
    const cells = new CsvCells(readHeader(() => plainColumns(fields), `${display}:${headerLine}`), arrayDelimiter, nullValues);
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
  const hint = mapping ? '' : ' (for a spreadsheet or a plain CSV, describe its columns in a mapping: --mapping FILE)';
  const header: Header = readHeader(() => parseHeader(fields), `${display}:${headerLine}`, hint);
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

/** One file of the input, matched to its mapping entry (if any). */
interface Candidate {
  file: string;
  name: string;
  /** The name reports use: relative to the folder, or the path given. */
  display: string;
  spec: FileSpec | undefined;
  /** The mapping entry, for messages: `files[i]`. */
  where: string;
}

interface CandidateSetup {
  c: Candidate;
  format: PlannedFile['format'];
  base: BasePlan;
  table: TableSetup;
}

/** The worksheets of a workbook to read: the first one, or those the mapping names. */
async function planWorkbook(s: CandidateSetup): Promise<PlannedFile[]> {
  const { c, format, base, table } = s;
  // A "rows" recipe reads a workbook as it reads the same table saved as CSV (CORDIS offers both).
  if (format === 'jsonl') throw new ImportConfigError(`${c.display}: a workbook is read by its header row, by "columns" or by a "rows" recipe, not as JSON lines`);
  let names: string[];
  try {
    names = await sheetNames(c.file);
  } catch (e) {
    throw new ImportConfigError(`${c.display}: ${(e as Error).message}`);
  }
  const spec = c.spec;
  const wanted = spec?.sheets === undefined ? names.slice(0, 1) : spec.sheets === '*' ? names : Array.isArray(spec.sheets) ? spec.sheets : [spec.sheets];
  const planned: PlannedFile[] = [];
  for (const sheet of wanted) {
    if (!names.includes(sheet)) throw new ImportConfigError(`${c.display}: no sheet named '${sheet}' (its sheets: ${names.join(', ')})`);
    const head = (await readSheet(c.file, sheet)).slice(0, HEADER_SEARCH_ROWS);
    const sheetBase = { ...base, name: `${c.display}#${sheet}`, sheet, encoding: null };
    planned.push(planTable(sheetBase, head, { ...table, ctx: { ...table.ctx, file: sheetBase.name } }));
  }
  return planned;
}

/** A text file (CSV or JSON lines): its encoding, then its delimiter and header. */
async function planText(s: CandidateSetup, options: ImportOptions): Promise<PlannedFile> {
  const { c, format, base, table } = s;
  const { spec, display, file } = c;
  const mapping = table.mapping;
  let encoding: EncodingChoice;
  try {
    encoding = await fileEncoding(file, spec?.encoding ?? options.encoding ?? mapping?.encoding);
  } catch (e) {
    if (e instanceof EncodingError) throw new ImportConfigError(`${display}: ${e.message}`);
    throw new ImportConfigError(`${display}: cannot read: ${(e as Error).message}`);
  }
  if (format === 'jsonl') {
    const t = compileJsonLines(table.ctx);
    return { ...base, encoding, transform: (rec) => t(rec.text!), mergeNodes: true, updateNodes: false, rels: true, dedupe: false };
  }
  const detect = () => (format === 'sheet' ? sheetDelimiter(file, encoding.encoding) : csvDelimiter(file, undefined, encoding.encoding));
  const delimiter = spec?.delimiter ?? mapping?.delimiter ?? options.delimiter ?? (await detect().catch((e: Error) => {
    throw new ImportConfigError(`${display}: ${e.message}`);
  }));
  if (delimiter === base.arrayDelimiter && format === 'header') {
    throw new ImportConfigError(`${display}: the field delimiter and the array delimiter are both '${delimiter}'; set another with --array-delimiter or in the mapping`);
  }
  let head: Rec[];
  try {
    head = await csvHead(file, delimiter, encoding.encoding);
  } catch (e) {
    throw new ImportConfigError(`${display}:1: ${(e as Error).message}`);
  }
  return planTable({ ...base, delimiter, encoding }, head, table);
}

/** What one file (or each worksheet of a workbook) is read as, with its transform compiled. */
async function planCandidate(c: Candidate, mapping: Mapping | undefined, options: ImportOptions): Promise<PlannedFile[]> {
  const { spec, name, display } = c;
  const arrayDelimiter = spec?.arrayDelimiter ?? mapping?.arrayDelimiter ?? options.arrayDelimiter ?? ';';
  const format: PlannedFile['format'] =
    spec?.columns !== undefined
      ? 'sheet'
      : (spec?.format ?? (spec?.nodes || spec?.relationships ? 'rows' : JSONL_EXT.test(name) ? 'jsonl' : 'header'));
  const size = fs.statSync(c.file).size;
  const nullValues = [...(mapping?.nullValues ?? []), ...(spec?.nullValues ?? [])];
  const base = { path: c.file, name: display, format, delimiter: '', arrayDelimiter, size, rows: 0, columnCount: 0, headerLine: 0, encoding: null, ...(spec ? { spec } : {}) };
  const ctx = { file: display, where: c.where, arrayDelimiter, ...(mapping ? { mapping } : {}), ...(spec ? { spec } : {}) };
  const setup: CandidateSetup = { c, format, base, table: { ctx, nullValues, mapping } };
  if (XLSX_EXT.test(name)) return planWorkbook(setup);
  return [await planText(setup, options)];
}

/** A file to consider: its path, the name globs match, the name reports use (and list it by when ignored). */
interface Found {
  file: string;
  name: string;
  display: string;
  listed: string;
}

/**
 * The files of the input with every archive among them (.zip, .tar, .tar.gz, .tar.zst: archives.ts) replaced by its
 * entries, extracted to a scratch folder: an entry's name is the archive's folder joined with its name inside (an
 * archive reads as the folder it holds), its display name the archive's followed by it (`x.zip/cordis/organization.csv`).
 * Entries that `wanted` declines are not extracted, only listed in `ignored`.
 */
async function expandArchives(found: Found[], wanted: (name: string) => boolean, ignored: string[], scratch: { dir?: string; parent?: string; owner: object }): Promise<Found[]> {
  const out: Found[] = [];
  for (const f of found) {
    if (!ARCHIVE_EXT.test(f.name)) {
      out.push(f);
      continue;
    }
    scratch.dir ??= scratchFolder(scratch.parent, scratch.owner);
    const inner = (n: string) => path.posix.join(path.posix.dirname(f.name), n);
    const zipped = await extractArchive(f.file, f.display, path.join(scratch.dir, String(out.length)), { want: (n) => wanted(inner(n)) });
    ignored.push(...zipped.ignored.map((n) => `${f.display}/${n}`));
    for (const e of zipped.files) out.push({ file: e.path, name: inner(e.name), display: `${f.display}/${e.name}`, listed: `${f.display}/${e.name}` });
  }
  return out;
}

/**
 * Which files of a folder (or the one file given) to read and how: by the mapping's entries, else every data file
 * by its extension and header; an archive reads as the folder it holds (expandArchives). Throws ImportConfigError for
 * anything that stops the import before a row is read.
 */
export async function planFiles(input: string, mapping: Mapping | undefined, options: ImportOptions): Promise<{ files: PlannedFile[]; ignored: string[] }> {
  // The run's options own its scratch folder: importDirectory removes it when the import ends (removeScratchOf).
  const scratch: { dir?: string; parent?: string; owner: object } = { owner: options, ...(options.scratchDir ? { parent: options.scratchDir } : {}) };
  try {
    return await planInput(input, mapping, options, scratch);
  } catch (e) {
    if (scratch.dir) removeScratch(scratch.dir);
    throw e;
  }
}

async function planInput(input: string, mapping: Mapping | undefined, options: ImportOptions, scratch: { dir?: string; parent?: string; owner: object }): Promise<{ files: PlannedFile[]; ignored: string[] }> {
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
  const matching = (name: string) => matchers.findIndex((m) => m.res.some((re) => re.test(name)));
  const wanted = (name: string) => {
    if (!mapping) return DATA_EXT.test(name);
    const m = matchers[matching(name)];
    return m !== undefined && !m.spec.skip;
  };
  const files: PlannedFile[] = [];
  const ignored: string[] = [];
  const used = new Set<number>();
  const found = candidates.map((file): Found => {
    const name = path.relative(root, file).split(path.sep).join('/');
    return { file, name, display: stat.isDirectory() ? name : file, listed: name };
  });
  for (const { file, name, display, listed } of await expandArchives(found, wanted, ignored, scratch)) {
    let spec: FileSpec | undefined;
    let specIndex = -1;
    if (mapping) {
      specIndex = matching(name);
      if (specIndex < 0) {
        ignored.push(listed);
        continue;
      }
      used.add(specIndex);
      spec = matchers[specIndex]!.spec;
      if (spec.skip) {
        ignored.push(listed);
        continue;
      }
    } else if (!DATA_EXT.test(name)) {
      ignored.push(listed);
      continue;
    }
    files.push(...(await planCandidate({ file, name, display, spec, where: `files[${specIndex}]` }, mapping, options)));
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
