// Which shipped mappings (seed/mappings/*.json) fit a set of files, judged from the files' names and header rows
// only: a mapping fits when its file entries match the files' names (globs, as the importer matches them) and the
// header of every matched file has the columns the entry needs. The headers are read the importer's way (plan.ts:
// the encoding detected per file, GBK included; a workbook's first sheet, or the sheets the entry names; the header
// row searched below title rows), so a suggestion and the import it leads to agree. Also tells when no mapping is
// needed: every file a CSV in the neo4j-admin header convention (or JSON lines).
//
// Run as a program by the API (server/import-jobs/mapping-suggestions.ts spawns it, as it spawns job-worker.ts, so
// that the API process loads no importer code): `mapping-fit.ts [--scratch DIR] MAPPINGS_DIR FILE...`, each FILE a
// path whose base name is the name the file was uploaded with; prints one JSON line {"suggestions": [...]}, or
// {"error": "...", "input": true} for files it cannot take (a refused archive: exit 2), or {"error": "...", "stack"}
// when it fails itself (exit 3).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeEncoding, EncodingError, fileEncoding } from './encoding.js';
import { columnRef, exprColumns } from './expressions.js';
import { parseHeader, plainColumns, type Header } from './header.js';
import { columnAlternatives, globToRegExp, ImportConfigError, loadMapping, type Expr, type FileSpec, type Mapping } from './mapping.js';
import { csvHead, headerKey, HEADER_SEARCH_ROWS, type Rec } from './plan.js';
import { sheetColumns } from './sheet-transform.js';
import { csvDelimiter, sheetDelimiter } from './sources.js';
import type { FileFit as ApiFileFit } from '../../server/import-jobs/mapping-suggestions.js';
import { readSheet, sheetNames, WorkbookError } from './xlsx.js';
import { openArchives } from './archives.js';

export interface FitFile {
  /** The name the file was uploaded with (globs are matched against it). */
  name: string;
  path: string;
}

/** How a file reads with a mapping, as the API reports it, and whether it can be read at all (why not). */
export interface FileFit extends ApiFileFit {
  fits: boolean;
  problem: string | null;
}

export interface MappingFit {
  /** The shipped mapping's id (its file name without .json); null for "no mapping needed". */
  id: string | null;
  name: string;
  /** Share of the columns the matched entries read that the headers have, 0..1 (1 with no mapping). */
  score: number;
  files: FileFit[];
}

const XLSX_EXT = /\.xlsx$/i;
/** How a file's problem starts when it could not be read at all (no header to judge). */
const UNREADABLE = 'cannot read: ';
const JSONL_EXT = /\.(jsonl|ndjson)(\.gz)?$/i;

/** The shipped mappings of a folder, by id, each validated as the importer would (an invalid one is left out). */
export function shippedMappings(dir: string): Array<{ id: string; mapping: Mapping }> {
  const out: Array<{ id: string; mapping: Mapping }> = [];
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    try {
      out.push({ id: name.slice(0, -'.json'.length), mapping: loadMapping(path.join(dir, name)) });
    } catch (e) {
      // A broken shipped mapping must not hide the others; the import with it would fail with this message.
      console.error(`mapping-fit: leaving out ${name}: ${(e as Error).message}`);
    }
  }
  return out;
}

/** Reads each file's head once per way of reading it (sheet, encoding and delimiter), for every mapping. */
class Heads {
  private readonly cache = new Map<string, Promise<{ rows: Rec[]; encoding: string | null; sheet: string | null }>>();

  read(file: FitFile, how: { sheet?: string | undefined; encoding?: string | undefined; delimiter?: string | undefined; titled: boolean }) {
    const key = JSON.stringify([file.path, how]);
    let head = this.cache.get(key);
    if (!head) this.cache.set(key, (head = this.load(file, how)));
    return head;
  }

  private async load(file: FitFile, how: { sheet?: string | undefined; encoding?: string | undefined; delimiter?: string | undefined; titled: boolean }) {
    if (XLSX_EXT.test(file.name)) {
      const sheet = how.sheet ?? (await sheetNames(file.path))[0]!;
      if (!(await sheetNames(file.path)).includes(sheet)) throw new Error(`no sheet named '${sheet}'`);
      return { rows: (await readSheet(file.path, sheet)).slice(0, HEADER_SEARCH_ROWS), encoding: null, sheet };
    }
    const choice = await fileEncoding(file.path, how.encoding);
    const delimiter = how.delimiter ?? (how.titled ? await sheetDelimiter(file.path, choice.encoding) : await csvDelimiter(file.path, undefined, choice.encoding));
    return { rows: await csvHead(file.path, delimiter, choice.encoding), encoding: describeEncoding(choice), sheet: null };
  }
}

/** Columns a "rows" entry's expressions read (ids, labels, types, properties): each must be in the header. */
function rowsColumns(spec: FileSpec): string[] {
  const exprs: Expr[] = [];
  for (const n of spec.nodes ?? []) exprs.push(n.id, ...(typeof n.label === 'object' ? [n.label] : []), ...Object.values(n.props ?? {}));
  for (const r of spec.relationships ?? []) exprs.push(r.start, r.end, ...(typeof r.type === 'object' ? [r.type] : []), ...Object.values(r.props ?? {}));
  return [...new Set(exprs.flatMap(exprColumns))];
}

/** A header row's fit to a "columns" entry: the row among the first ones holding most of its header texts. */
function columnsFit(rows: Rec[], spec: FileSpec): Pick<FileFit, 'headerLine' | 'found' | 'missing' | 'fits' | 'problem'> {
  // The columns the importer reads for this entry (its "columns" keys and what its ties read), as it reads them.
  const entries = sheetColumns(spec).map(({ key, optional }) => ({ key, alts: columnAlternatives(key).map(headerKey), optional }));
  const candidates = spec.headerRow !== undefined ? rows.filter((r) => r.line === spec.headerRow) : rows;
  let best: { row: Rec; at: number[] } | null = null;
  for (const row of candidates) {
    const keys = (row.fields ?? []).map(headerKey);
    const at = entries.map((e) => keys.findIndex((k) => e.alts.includes(k)));
    if (!best || at.filter((i) => i >= 0).length > best.at.filter((i) => i >= 0).length) best = { row, at };
  }
  const at = best?.at ?? entries.map(() => -1);
  const found = entries.flatMap((_, i) => (at[i]! >= 0 ? [best!.row.fields![at[i]!]!.trim()] : []));
  const absent = entries.filter((_, i) => at[i]! < 0);
  const required = absent.filter((e) => !e.optional).map((e) => columnAlternatives(e.key)[0]!);
  return {
    headerLine: found.length ? best!.row.line : null,
    found,
    missing: absent.map((e) => columnAlternatives(e.key)[0]!),
    fits: found.length > 0 && required.length === 0,
    problem: required.length ? `no column ${required.map((r) => `'${r}'`).join(', ')} in the header` : found.length ? null : 'no header row with any of its columns',
  };
}

/** The header record of a table that is not read by "columns": the first row (in a workbook, below title rows). */
function plainHeaderRow(rows: Rec[], workbook: boolean): Rec | undefined {
  if (!workbook) return rows[0];
  const width = Math.max(0, ...rows.map((r) => r.fields?.length ?? 0));
  return rows.find((r) => new Set((r.fields ?? []).filter((x) => x.trim())).size >= Math.min(2, width)) ?? rows[0];
}

/** A header-convention or "rows" entry: the columns its expressions read, and the header itself in the convention. */
function tableFit(row: Rec | undefined, spec: FileSpec | undefined): Pick<FileFit, 'headerLine' | 'found' | 'missing' | 'fits' | 'problem'> {
  if (!row?.fields?.length) return { headerLine: null, found: [], missing: [], fits: false, problem: 'the file is empty' };
  const rowsFormat = spec !== undefined && (spec.format === 'rows' || spec.nodes !== undefined || spec.relationships !== undefined);
  // Read as the importer reads it: a repeated name's later columns go by name_2, name_3 (header.ts).
  let names = plainColumns(row.fields).map((c) => c.name);
  let header: Header | null = null;
  if (!rowsFormat) {
    try {
      header = parseHeader(row.fields);
    } catch (e) {
      return { headerLine: row.line, found: [], missing: [], fits: false, problem: `not a neo4j-admin header: ${(e as Error).message}` };
    }
    names = header.columns.map((c) => c.name);
  }
  const wanted = rowsFormat ? rowsColumns(spec) : [...new Set(Object.values(spec?.props ?? {}).flatMap(exprColumns))];
  // A reference is found as the importer finds it: itself, or the first of its alternatives (organisationID|id).
  const column = (ref: string) => [ref, ...columnRef(ref).names].find((n) => names.includes(n));
  const absent = wanted.filter((c) => column(c) === undefined);
  const required = absent.filter((c) => !columnRef(c).optional).map((c) => columnRef(c).names.join("' or '"));
  const found = header ? header.columns.map((c) => c.text) : wanted.flatMap((c) => column(c) ?? []);
  const missing = absent.map((c) => columnRef(c).names[0] ?? c);
  return { headerLine: row.line, found, missing, fits: required.length === 0, problem: required.length ? `no column ${required.map((m) => `'${m}'`).join(', ')} in the header` : null };
}

const globs = (spec: FileSpec) => (Array.isArray(spec.match) ? spec.match : [spec.match]).join(', ');

/** A file's fit before (or without) its header is read. */
const noHeader = (file: string, entry: string | null) => ({ file, entry, sheet: null, headerLine: null, encoding: null, found: [], missing: [], skipped: false });

/** How one file reads under one entry of a mapping (undefined entry: with no mapping at all). */
async function fileFit(file: FitFile, spec: FileSpec | undefined, mapping: Mapping | undefined, heads: Heads): Promise<FileFit> {
  const entry = spec ? globs(spec) : null;
  const base = noHeader(file.name, entry);
  if (JSONL_EXT.test(file.name)) return { ...base, fits: true, problem: null };
  const sheets = spec?.sheets;
  if (sheets !== undefined && typeof sheets !== 'string') return fileFit(file, { ...spec!, sheets: sheets[0]! }, mapping, heads);
  try {
    const titled = spec?.columns !== undefined;
    const head = await heads.read(file, {
      sheet: sheets === '*' ? undefined : sheets,
      encoding: spec?.encoding ?? mapping?.encoding,
      delimiter: spec?.delimiter ?? mapping?.delimiter,
      titled,
    });
    const fit = titled ? columnsFit(head.rows, spec!) : tableFit(plainHeaderRow(head.rows, head.sheet !== null), spec);
    return { ...base, sheet: head.sheet, encoding: head.encoding, ...fit };
  } catch (e) {
    return { ...base, fits: false, problem: `${UNREADABLE}${(e as Error).message}` };
  }
}

interface Ranked extends MappingFit {
  fitted: number;
  exact: number;
}

/**
 * One mapping against all files; null when it does not fit (a matched file lacks a column it needs, or none matched).
 * A file in `unreadable` (no way of reading opens it: a damaged workbook) that it cannot read either does not hide it:
 * the file is listed with its problem, so the admin learns which upload to replace.
 */
async function mappingFit(id: string, mapping: Mapping, files: FitFile[], heads: Heads, unreadable: Set<string>): Promise<Ranked | null> {
  const matchers = mapping.files.map((spec) => ({ spec, res: (Array.isArray(spec.match) ? spec.match : [spec.match]).map(globToRegExp) }));
  const fits: FileFit[] = [];
  let exact = 0;
  for (const file of files) {
    const m = matchers.find((x) => x.res.some((re) => re.test(file.name)));
    if (!m || m.spec.skip) {
      // A file the mapping skips on purpose counts as handled; one it does not know is ignored by the import.
      const entry = m ? globs(m.spec) : null;
      fits.push({ ...noHeader(file.name, entry), fits: m !== undefined, problem: m ? null : 'no file entry of the mapping reads it', skipped: m !== undefined });
      continue;
    }
    const fit = await fileFit(file, m.spec, mapping, heads);
    if (!fit.fits && !unreadable.has(file.name)) return null;
    if (fit.fits && !/[*?]/.test(fit.entry ?? '*')) exact++;
    fits.push(fit);
  }
  const fitted = fits.filter((f) => f.fits).length;
  if (!fitted) return null;
  const found = fits.reduce((s, f) => s + f.found.length, 0);
  const all = found + fits.reduce((s, f) => s + f.missing.length, 0);
  return { id, name: mapping.name ?? id, score: all ? found / all : 1, files: fits, fitted, exact };
}

/**
 * The shipped mappings that fit these files, best first: the most files read, then entries naming the files
 * exactly before patterns, then "no mapping needed", then the larger share of the columns found.
 */
export async function suggestMappings(mappingsDir: string, files: FitFile[]): Promise<MappingFit[]> {
  const heads = new Heads();
  const ranked: Ranked[] = [];
  const plain = await Promise.all(files.map((f) => fileFit(f, undefined, undefined, heads)));
  const broken = plain.filter((f) => f.problem?.startsWith(UNREADABLE));
  const unreadable = new Set(broken.map((f) => f.file));
  for (const { id, mapping } of shippedMappings(mappingsDir)) {
    const fit = await mappingFit(id, mapping, files, heads, unreadable);
    if (fit) ranked.push(fit);
  }
  const plainFitted = plain.filter((f) => f.fits).length;
  if (plainFitted && plain.every((f) => f.fits || unreadable.has(f.file))) ranked.push({ id: null, name: 'no mapping needed', score: 1, files: plain, fitted: plainFitted, exact: 0 });
  // Nothing to suggest because of a file no mapping could open: said as the problem it is, not as "nothing fits".
  if (!ranked.length && broken.length) throw new ImportConfigError(broken.map((f) => `${f.file}: ${f.problem}`).join('; '));
  ranked.sort((a, b) => b.fitted - a.fitted || b.exact - a.exact || (a.id === null ? -1 : 0) - (b.id === null ? -1 : 0) || b.score - a.score || (a.id ?? '').localeCompare(b.id ?? ''));
  return ranked.map(({ id, name, score, files: f }) => ({ id, name, score: Math.round(score * 1000) / 1000, files: f }));
}

/** Errors that say what is wrong with the files given (a refused or damaged archive...), not with the fitter. */
const isInputError = (e: unknown) => e instanceof ImportConfigError || e instanceof WorkbookError || e instanceof EncodingError;

/** A message without the folders the files sit in: they are named as uploaded, never by a server path. */
function plainMessage(message: string, folders: string[]): string {
  return folders.reduce((text, f) => text.split(`${f}${path.sep}`).join('').split(f).join('.'), message);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  // --scratch DIR: where archives are extracted; the caller removes it whatever way this program ends (a signal
  // skips the removal at exit that the system temporary folder relies on).
  const scratch = args[0] === '--scratch' ? args.splice(0, 2)[1] : undefined;
  const [dir, ...files] = args;
  if (!dir || !files.length || scratch === '') {
    process.stdout.write(`${JSON.stringify({ error: 'usage: mapping-fit.ts [--scratch DIR] MAPPINGS_DIR FILE...' })}\n`);
    return 2;
  }
  const folders = [...new Set([...(scratch ? [path.resolve(scratch)] : []), ...files.map((f) => path.dirname(path.resolve(f)))])];
  try {
    // An archive is judged by its entries, under their names inside it (archives.ts checks and extracts it).
    const opened = await openArchives(files.map((f) => ({ name: path.basename(f), path: f })), scratch);
    const suggestions = (await suggestMappings(dir, opened)).map((s) => ({
      ...s,
      files: s.files.map((f) => ({ ...f, problem: f.problem === null ? null : plainMessage(f.problem, folders) })),
    }));
    process.stdout.write(`${JSON.stringify({ suggestions })}\n`);
    return 0;
  } catch (e) {
    if (!isInputError(e)) throw e;
    // {"input": true}: the caller answers BAD_USER_INPUT with this message; anything else is the fitter's own failure.
    process.stdout.write(`${JSON.stringify({ error: plainMessage((e as Error).message, folders), input: true })}\n`);
    return 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      // Its own failure: the API logs the stack and answers a masked internal error.
      process.stdout.write(`${JSON.stringify({ error: (e as Error).message, stack: (e as Error).stack ?? null })}\n`);
      process.exit(3);
    },
  );
}
