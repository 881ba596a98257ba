// The validated importer behind `npm run import`: plans which files of a folder to read (by a mapping or by their
// headers), checks every row against the model and the store before anything is written, then writes in UNWIND
// batches, one transaction each, with MERGE so that a second run changes nothing. Nodes are written before
// relationships, update-only sources after the nodes they update. An AbortSignal stops it between batches.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../server/db.js';
import { NODE_LABELS, endpointsAllowed, REL_ENDPOINTS, type NodeLabel, type RelType } from '../../server/model/model.js';
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

export const DEFAULT_BATCH = 10_000;
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

/** Reads the first record of a CSV (the header) with the same parser the rows go through. */
async function csvHeader(file: string, delimiter: string): Promise<string[]> {
  for await (const rec of readCsv(file, delimiter)) return rec.fields;
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
      const cells = new CsvCells(fields.map((f, index) => ({ index, name: f.trim(), role: 'prop', type: 'string', array: false, text: f.trim() })), arrayDelimiter);
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
    const cells = new CsvCells(header.columns, arrayDelimiter);
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
    this.kept.length = KEPT_BAD_ROWS;
  }
  list(): BadRow[] {
    this.trim();
    return this.kept.map(({ order: _o, ...rest }) => rest);
  }
}

class Interrupted extends Error {}

type Rec = { line: number; fields?: string[]; text?: string };

/** Every record of a file with its line; `onBytes` feeds the progress bar. */
async function* records(f: PlannedFile, onBytes?: (n: number) => void): AsyncGenerator<Rec> {
  if (f.format === 'jsonl') {
    for await (const l of readJsonLines(f.path, onBytes)) yield { line: l.line, text: l.text };
    return;
  }
  let first = true;
  for await (const r of readCsv(f.path, f.delimiter, onBytes)) {
    if (first) {
      first = false;
      continue;
    }
    yield r;
  }
}

const labelIndex = new Map<string, number>(NODE_LABELS.map((l, i) => [l, i]));

/**
 * Imports a folder (or one file). Throws ImportConfigError for a bad mapping, option or header; returns a report
 * whose status says whether bad rows stopped it (nothing written), or a signal interrupted it.
 */
export async function importDirectory(db: Db, dir: string, options: ImportOptions = {}): Promise<ImportReport> {
  const t0 = Date.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  if (!Number.isSafeInteger(batchSize) || batchSize < 1 || batchSize > 100_000) throw new ImportConfigError(`--batch must be a whole number from 1 to 100000, got ${batchSize}`);
  for (const [k, v] of [['delimiter', options.delimiter], ['array delimiter', options.arrayDelimiter]] as const) {
    if (v !== undefined && v.length !== 1) throw new ImportConfigError(`the ${k} must be a single character, got ${JSON.stringify(v)}`);
  }
  const mapping = typeof options.mapping === 'string' ? loadMapping(options.mapping) : options.mapping;
  const { files, ignored } = await planFiles(dir, mapping, options);
  const signal = options.signal;
  const report: ImportReport = {
    status: 'ok',
    dir,
    ...(mapping ? { mapping: mapping.file } : {}),
    files: [],
    ignoredFiles: ignored,
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
  const bad = new BadRows();
  const progress = options.onProgress;

  // ---- check: every row, against the model, this import's nodes and the store; nothing is written ----
  const known = new Map<string, number>();
  const leftOutIds = new Set<string>();
  const nodePhase = files.filter((f) => f.mergeNodes || f.updateNodes);
  const relPhase = files.filter((f) => f.rels);
  const checkTotal = [...nodePhase, ...relPhase].reduce((s, f) => s + f.size, 0);
  let checkDone = 0;
  let position = { stage: 'check' as 'check' | 'write', file: '', line: 0 };

  const lookup = async (ids: Iterable<string>): Promise<void> => {
    const list = [...ids];
    for (let i = 0; i < list.length; i += LOOKUP_CHUNK) {
      const rows = await db.read<{ id: string; labels: string[] }>('importLookupIds', { ids: list.slice(i, i + LOOKUP_CHUNK) }, { timeoutMs: 120_000 });
      for (const r of rows) {
        const main = r.labels.find((l) => labelIndex.has(l));
        known.set(r.id, main === undefined ? -1 : labelIndex.get(main)!);
      }
    }
  };

  const runTransform = (f: PlannedFile, fi: number, rec: Rec): RowOutput | null => {
    if (f.format !== 'jsonl' && rec.fields!.length !== f.columnCount) {
      bad.add(fi, f.name, rec.line, Math.min(rec.fields!.length, f.columnCount) + 1, `expected ${f.columnCount} fields as in the header, found ${rec.fields!.length}`);
      return null;
    }
    try {
      return f.transform(rec);
    } catch (e) {
      if (e instanceof RowError) {
        bad.add(fi, f.name, rec.line, e.column, e.message);
        return null;
      }
      throw e;
    }
  };

  const stopIfAborted = () => {
    if (signal?.aborted) throw new Interrupted();
  };

  const fileIndex = new Map(files.map((f, i) => [f, i]));
  const updateIds = new Map<string, Set<string>>();
  const pendingUpdates = new Set<string>();
  let updatesMissing = 0;
  const resolveUpdates = async () => {
    await lookup([...pendingUpdates].filter((id) => !known.has(id)));
    for (const id of pendingUpdates) if (!known.has(id)) updatesMissing++;
    pendingUpdates.clear();
  };

  try {
    for (const f of nodePhase) {
      const fi = fileIndex.get(f)!;
      position = { stage: 'check', file: f.name, line: 0 };
      let rows = 0;
      for await (const rec of records(f, (n) => (checkDone += n))) {
        rows++;
        position.line = rec.line;
        if ((rows & 1023) === 0) {
          stopIfAborted();
          progress?.({ stage: 'check', done: checkDone, total: checkTotal, file: f.name, rows });
        }
        const out = runTransform(f, fi, rec);
        if (!out) continue;
        for (const id of out.skippedNodes) leftOutIds.add(id);
        for (const n of out.nodes) {
          if (n.mode !== 'merge') {
            const key = `${fi}`;
            let seen = updateIds.get(key);
            if (!seen) updateIds.set(key, (seen = new Set()));
            if (!seen.has(n.id)) {
              seen.add(n.id);
              report.updates.rows++;
              pendingUpdates.add(n.id);
              if (pendingUpdates.size >= LOOKUP_CHUNK) await resolveUpdates();
            }
            continue;
          }
          const li = labelIndex.get(n.label!)!;
          const before = known.get(n.id);
          if (before !== undefined && before !== li) {
            bad.add(fi, f.name, rec.line, n.idCol, `id '${n.id}' is already a ${NODE_LABELS[before]} in this import, not a ${n.label}`);
            continue;
          }
          known.set(n.id, li);
        }
      }
      f.rows = rows;
    }
    // Update sources may name nodes of the store; their ids are checked only after every node file is read.
    await resolveUpdates();
    report.updates.missing = updatesMissing;
    report.updates.matched = report.updates.rows - updatesMissing;

    for (const f of relPhase) {
      const fi = fileIndex.get(f)!;
      position = { stage: 'check', file: f.name, line: 0 };
      let rows = 0;
      const pending: Array<{ line: number; rel: RelDraft }> = [];
      const unknown = new Set<string>();
      const settle = async () => {
        await lookup(unknown);
        for (const { line, rel } of pending) checkEndpoints(fi, f.name, line, rel);
        pending.length = 0;
        unknown.clear();
      };
      const checkEndpoints = (fi: number, name: string, line: number, rel: RelDraft) => {
        const s = known.get(rel.start);
        const e = known.get(rel.end);
        if (s === undefined) return bad.add(fi, name, line, rel.startCol, `dangling start id '${rel.start}': no node with this id in the import or the store`);
        if (e === undefined) return bad.add(fi, name, line, rel.endCol, `dangling end id '${rel.end}': no node with this id in the import or the store`);
        const sl = NODE_LABELS[s] ?? 'a node without a model label';
        const el = NODE_LABELS[e] ?? 'a node without a model label';
        if (!endpointsAllowed(rel.type, sl, el)) {
          const startOk = REL_ENDPOINTS[rel.type].some(([a]) => a === '*' || a === sl);
          bad.add(fi, name, line, startOk ? rel.endCol : rel.startCol, `${rel.type} cannot join ${sl} to ${el} (the model allows ${REL_ENDPOINTS[rel.type].map(([a, b]) => `${a}->${b}`).join(', ')})`);
        }
      };
      for await (const rec of records(f, (n) => (checkDone += n))) {
        rows++;
        position.line = rec.line;
        if ((rows & 1023) === 0) {
          stopIfAborted();
          progress?.({ stage: 'check', done: checkDone, total: checkTotal, file: f.name, rows });
        }
        const out = runTransform(f, fi, rec);
        if (!out) continue;
        for (const r of out.rels) {
          if (leftOutIds.has(r.start) || leftOutIds.has(r.end)) continue;
          if (known.has(r.start) && known.has(r.end)) {
            checkEndpoints(fi, f.name, rec.line, r);
            continue;
          }
          if (!known.has(r.start)) unknown.add(r.start);
          if (!known.has(r.end)) unknown.add(r.end);
          pending.push({ line: rec.line, rel: r });
          if (unknown.size >= LOOKUP_CHUNK) await settle();
        }
      }
      await settle();
      f.rows = rows;
    }
  } catch (e) {
    if (e instanceof Interrupted) {
      return finish('interrupted', { stage: 'check', file: position.file, line: position.line, written: 0 });
    }
    if (e instanceof FileReadError) throw new ImportConfigError(`${path.relative(dir, e.file) || e.file}:${e.line}: ${e.message}`);
    throw e;
  }
  report.checkMs = Date.now() - t0;
  for (const f of files) report.files.push({ file: f.name, format: f.format, kind: f.header?.kind ?? f.format, rows: f.rows });
  report.rows = files.reduce((s, f) => s + f.rows, 0);
  report.badCount = bad.count;
  report.badRows = bad.list();
  if (bad.count > 0 && !options.skipBad) return finish('bad-rows');

  // ---- write: merged nodes, then updates, then relationships, in batches of one transaction each ----
  const tw = Date.now();
  // MERGE on the id needs the unique constraint (and its index) in place; applying the schema twice is harmless.
  await db.applySchema();
  const mergePhase = files.filter((f) => f.mergeNodes);
  const updatePhase = files.filter((f) => f.updateNodes);
  const writeTotal = [...mergePhase, ...updatePhase, ...relPhase].reduce((s, f) => s + f.rows, 0);
  let writeDone = 0;
  let written = 0;
  let committed = { file: '', line: 0 };
  let inflight: Promise<void> | null = null;
  const writtenIds = new Set<string>();
  const count = (table: Record<string, number>, key: string, n = 1) => (table[key] = (table[key] ?? 0) + n);

  // One batch is in flight while the next is read and built; its failure is kept and raised at the next wait.
  let failure: unknown = null;
  const drain = async () => {
    if (inflight) {
      const p = inflight;
      inflight = null;
      await p;
    }
    if (failure) throw failure;
  };
  const submit = async (work: () => Promise<void>, at: { file: string; line: number }, entities: number) => {
    await drain();
    stopIfAborted();
    inflight = work().then(
      () => {
        committed = at;
        written += entities;
      },
      (e: unknown) => {
        failure = e;
      },
    );
  };

  try {
    for (const [stage, list] of [
      ['merge', mergePhase],
      ['update', updatePhase],
      ['rels', relPhase],
    ] as const) {
      for (const f of list) {
        const fi = fileIndex.get(f)!;
        let nodes: ReturnType<typeof nodeRow>[] = [];
        let rels: ReturnType<typeof relRow>[] = [];
        let updates: UpdateRow[] = [];
        const updatedIds = new Set<string>();
        let rows = 0;
        let last = 0;
        const flush = async () => {
          const n = nodes;
          const r = rels;
          const u = updates;
          nodes = [];
          rels = [];
          updates = [];
          const at = { file: f.name, line: last };
          if (u.length) await submit(() => writeNodeUpdates(db, u), at, u.length);
          if (n.length || r.length) await submit(() => writeBatch(db, n, r), at, n.length + r.length);
        };
        for await (const rec of records(f)) {
          rows++;
          writeDone++;
          last = rec.line;
          if ((rows & 1023) === 0) progress?.({ stage: 'write', done: writeDone, total: writeTotal, file: f.name, rows });
          if (bad.has(fi, rec.line)) continue;
          const out = f.transform(rec);
          if (stage === 'merge') {
            for (const n of out.nodes) {
              if (n.mode !== 'merge') continue;
              if (f.dedupe) {
                if (writtenIds.has(n.id)) continue;
                writtenIds.add(n.id);
              }
              nodes.push(toNodeRow(n));
              count(report.nodes, n.label!);
            }
          } else if (stage === 'update') {
            for (const n of out.nodes) {
              if (n.mode === 'merge') continue;
              // An update names a node once (the first row wins); appends gather every row's values.
              if (n.mode === 'update') {
                if (updatedIds.has(n.id)) continue;
                updatedIds.add(n.id);
              }
              updates.push({ id: n.id, mode: n.mode, props: n.props, ...(n.label ? { label: n.label } : {}) });
            }
          } else {
            for (const r of out.rels) {
              if (leftOutIds.has(r.start) || leftOutIds.has(r.end)) {
                report.leftOut.relationships++;
                continue;
              }
              rels.push(relRow({ type: r.type, start: r.start, end: r.end, props: r.props }));
              count(report.relationships, r.type);
            }
          }
          if (stage === 'rels') report.leftOut.relationships += out.skippedRels;
          if (stage === 'merge') report.leftOut.nodes += out.skippedNodes.length;
          if (nodes.length + rels.length + updates.length >= batchSize) await flush();
        }
        await flush();
      }
    }
    await drain();
  } catch (e) {
    await drain().catch(() => {});
    if (e instanceof Interrupted && !failure) {
      report.writeMs = Date.now() - tw;
      return finish('interrupted', { stage: 'write', file: committed.file, line: committed.line, written });
    }
    const err = (failure ?? e) as Error;
    err.message = `writing stopped after ${written} committed rows${committed.file ? ` (last committed: ${committed.file}:${committed.line})` : ''}: ${err.message}`;
    throw err;
  }
  report.writeMs = Date.now() - tw;
  return finish('ok');

  function finish(status: ImportReport['status'], stoppedAt?: ImportReport['stoppedAt']): ImportReport {
    report.status = status;
    if (stoppedAt) report.stoppedAt = stoppedAt;
    if (!report.files.length) for (const f of files) report.files.push({ file: f.name, format: f.format, kind: f.header?.kind ?? f.format, rows: f.rows });
    report.elapsedMs = Date.now() - t0;
    if (status !== 'ok') {
      report.badCount = bad.count;
      report.badRows = bad.list();
    }
    return report;
  }
}

function toNodeRow(n: NodeDraft): ReturnType<typeof nodeRow> {
  return nodeRow({
    id: n.id,
    labels: [n.label as NodeLabel, ...n.roles],
    props: n.props,
    ...(Object.keys(n.createProps).length ? { fillProps: n.createProps } : {}),
  });
}

export type { RelType };
