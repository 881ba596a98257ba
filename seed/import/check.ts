// The check stage of the import: every row of the planned files against the model, this import's own nodes and
// the store (as a lookup sees it), before anything is written. Bad rows are counted with their file, line and
// column; named tie ends are resolved to stored nodes or new ones; stored nodes are compared with what the import
// brings. A CheckedImport then writes the good rows through a sink (sink.ts), or reports what a dry run would do.
import os from 'node:os';
import { finishAudit } from '../../server/auth/audit.js';
import type { Db } from '../../server/db.js';
import { NODE_LABELS, REL_ENDPOINTS, endpointsAllowed, type NodeLabel, type RelType } from '../../server/model/model.js';
import { BadRows } from './bad-rows.js';
import { describeEncoding } from './encoding.js';
import { LOOKUP_CHUNK, NodeIds, RelKeys, labelIndex, relTypeIndex } from './ids.js';
import type { ImportOptions, ImportReport, StoreLookup, StoreReads } from './importer.js';
import { ImportConfigError, type Mapping } from './mapping.js';
import { records, type PlannedFile, type Rec } from './plan.js';
import { BatchWriter, TransactionalSink, replayRows, type CheckedRows, type WriteSink } from './sink.js';
import { FileReadError } from './sources.js';
import { StoredNodes } from './stored-nodes.js';
import { StoredTies } from './stored-ties.js';
import { isNameRef, RowError, type NameLookup, type RelDraft, type RowOutput } from './drafts.js';
import { resolveTieEnds, type NameUse, type ResolvedEnd } from './tie-ends.js';

/** A signal stopped the import; caught where the report of an interrupted import is made. */
class Interrupted extends Error {}

/** What a check needs: the input, its options and mapping, and how it sees the store. */
export interface CheckSetup {
  dir: string;
  options: ImportOptions;
  batchSize: number;
  mapping: Mapping | undefined;
  store: {
    /** Ids in the store (null: an empty store that is not read, as in the bulk path). */
    lookup: StoreLookup | null;
    /** Properties and names of stored nodes; null when stored nodes are not compared. */
    reads?: StoreReads | null;
    /** Records which (type, start, end) keys repeat, for writers that cannot MERGE. */
    collectRelKeys?: boolean;
  };
}

export class CheckedImport {
  private readonly t0 = Date.now();
  private readonly bad = new BadRows();
  /** Node ids of this import and of the store (as far as looked up), with their model labels. */
  private readonly ids = new NodeIds();
  private readonly relKeys: RelKeys | null;
  /** The final report when the check ended the import (bad rows, interrupted); null when the rows may be written. */
  stopped: ImportReport | null = null;
  /** Nodes the mapping leaves out; relationships touching them are left out too. */
  private readonly leftOutIds = new Set<string>();
  /**
   * Ids that name no node, met as the end of a tie the mapping lets go ("skipUnknown"); kept apart from leftOutIds so
   * that a tie without it to the same id is still a bad row. Only good rows are written, so at write time these ids
   * can only come from such ties.
   */
  private readonly unknownEnds = new Set<string>();
  private readonly report: ImportReport;
  private files: PlannedFile[] = [];
  private readonly fileIndex = new Map<PlannedFile, number>();
  private readonly updates = new Map<PlannedFile, { ids: Set<string>; missing: number }>();
  private position = { file: '', line: 0 };
  private progressDone = 0;
  private progressRows = 0;
  /** Stored nodes this import touches, compared with what it brings. */
  private readonly stored: StoredNodes;
  /** Stored ties this import touches, compared the same way. */
  private readonly ties: StoredTies;
  /** Ordinals below this are ids the node files merge (stored ones are in stored.seen); set after those files. */
  private mergedOrdinals = Number.POSITIVE_INFINITY;
  /** Tie ends named by text: every stand-in id with where it was used, then what it resolved to. */
  private readonly names = new Map<string, { lookup: NameLookup; uses: NameUse[] }>();
  private readonly resolved = new Map<string, ResolvedEnd>();
  private readonly mappingIdSpaces: Record<string, string> | undefined;
  private readonly source: string | undefined;
  /** Distinct ids this import merges (new and stored). */
  private mergedIds = 0;

  private readonly lookupStore: StoreLookup | null;
  private readonly options: ImportOptions;
  private readonly batchSize: number;
  private readonly reads: StoreReads | null;

  constructor(setup: CheckSetup) {
    const { dir, options, mapping, store } = setup;
    if (store.collectRelKeys && os.endianness() !== 'LE') throw new ImportConfigError('the bulk import needs a little-endian machine');
    this.lookupStore = store.lookup;
    this.reads = store.reads ?? null;
    this.options = options;
    this.batchSize = setup.batchSize;
    this.relKeys = store.collectRelKeys ? new RelKeys() : null;
    this.mappingIdSpaces = mapping?.idSpaces;
    this.source = mapping?.source;
    this.report = {
      status: 'ok',
      dryRun: options.dryRun ?? false,
      policy: options.update ? 'update' : 'fill',
      changes: { newNodes: 0, existingNodes: 0, existingTies: 0, filled: 0, differing: 0, replaced: 0, table: [] },
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
    this.stored = new StoredNodes(this.reads, this.report.changes, options.update ?? false);
    // A node this import creates has no stored ties: its ties are not looked up.
    const maybeStored = (id: string) => this.ids.ordinalOf(id) >= this.mergedOrdinals || this.stored.seen.has(id);
    this.ties = new StoredTies(this.reads, this.report.changes, options.update ?? false, this.stored.replaced, maybeStored);
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

  /** A number per node id of this import, 0..nodeOrdinals-1, in order of first sight (for bit sets and keys). */
  ordinalOf(id: string): number {
    return this.ids.ordinalOf(id);
  }

  get nodeOrdinals(): number {
    return this.ids.count;
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
    const auditIds = await this.stored.recordReplaced(db, { actor: this.options.actor, dir: this.report.dir });
    this.report.auditIds = auditIds;
    const settleAudit = async (status: 'ok' | 'failed') => {
      for (const id of auditIds) await finishAudit(db, id, status, [], []).catch(() => {});
    };
    try {
      // MERGE on the id needs the unique constraint (and its index) in place; applying the schema twice is harmless.
      await db.applySchema();
      const policy = this.options.update ? null : { stored: this.stored.seen, names: this.stored.nameFixes, ties: this.ties.seen };
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
      this.bad.add({ fi, file: f.name, line: rec.line }, Math.min(n, f.columnCount) + 1, `expected ${f.columnCount} fields as in the header, found ${n}`);
      return null;
    }
    try {
      return f.transform(rec);
    } catch (e) {
      if (e instanceof RowError) {
        this.bad.add({ fi, file: f.name, line: rec.line }, e.column, e.message);
        return null;
      }
      throw e;
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
      const afterBatch = () => (this.stored.waiting >= LOOKUP_CHUNK ? this.stored.settle() : Promise.resolve());
      await this.checkFile(f, { total, onBytes, take: (line, out) => out && this.checkNodes(f, fi, line, out), afterBatch });
    }
    await this.stored.settle();
    this.mergedOrdinals = this.ids.count;
    await this.resolveNames();
    // Update sources may name nodes of the store or of a later file: their ids are settled after every node file.
    for (const f of nodeFiles) await this.resolveUpdates(f);
    for (const f of relFiles) {
      const fi = this.fileIndex.get(f)!;
      const pending: Array<{ line: number; rel: RelDraft }> = [];
      const unknown = new Set<string>();
      const settle = async () => {
        await this.ids.lookup(this.lookupStore, unknown);
        for (const { line, rel } of pending) this.checkEndpoints(f, fi, line, rel);
        pending.length = 0;
        unknown.clear();
        // Every tie of the rows read so far is checked now, so those of bad rows are known and left out.
        await this.ties.settle((bfi, line) => this.bad.has(bfi, line));
      };
      await this.checkFile(f, {
        total,
        onBytes,
        take: (line, out) => {
          if (!out) return;
          for (const r of out.rels) {
            if (!this.substitute(r)) continue;
            if (this.leftOutIds.has(r.start) || this.leftOutIds.has(r.end)) continue;
            if (this.ids.has(r.start) && this.ids.has(r.end)) {
              this.checkEndpoints(f, fi, line, r);
              continue;
            }
            if (!this.ids.has(r.start)) unknown.add(r.start);
            if (!this.ids.has(r.end)) unknown.add(r.end);
            pending.push({ line, rel: r });
          }
        },
        afterBatch: async () => {
          if (unknown.size >= LOOKUP_CHUNK || this.ties.waiting >= LOOKUP_CHUNK) await settle();
        },
      });
      await settle();
    }
  }

  /** One file read for the check: each row's output (null: left out) to `take`, the position errors name, progress. */
  private async checkFile(f: PlannedFile, run: { total: number; onBytes(n: number): void; take(line: number, out: RowOutput | null): void; afterBatch(): Promise<void> }): Promise<void> {
    const fi = this.fileIndex.get(f)!;
    this.position = { file: f.name, line: 0 };
    let rows = 0;
    for await (const batch of records(f, run.onBytes)) {
      this.stopIfAborted();
      for (const rec of batch) {
        rows++;
        this.position.line = rec.line;
        run.take(rec.line, this.transform(f, fi, rec));
      }
      this.progressRows += batch.length;
      this.progress('check', run.total, f.name);
      await run.afterBatch();
    }
    f.rows = rows;
  }

  private checkNodes(f: PlannedFile, fi: number, line: number, out: RowOutput): void {
    for (const id of out.skippedNodes) this.leftOutIds.add(id);
    for (const l of out.lookups) {
      let entry = this.names.get(l.ref);
      if (!entry) this.names.set(l.ref, (entry = { lookup: l, uses: [] }));
      entry.uses.push({ fi, file: f.name, line, col: l.col, ...(l.want ? { want: l.want } : {}) });
    }
    for (const n of out.nodes) {
      if (n.mode !== 'merge') {
        let u = this.updates.get(f);
        if (!u) this.updates.set(f, (u = { ids: new Set(), missing: 0 }));
        u.ids.add(n.id);
        continue;
      }
      const li = labelIndex.get(n.label!)!;
      const before = this.ids.labelOf(n.id);
      if (before !== undefined && before !== li) {
        this.bad.add({ fi, file: f.name, line: line }, n.idCol, `id '${n.id}' is already a ${NODE_LABELS[before]} in this import, not a ${n.label}`);
        continue;
      }
      if (before === undefined) {
        this.ids.remember(n.id, li);
        this.mergedIds++;
      }
      this.stored.add(n, f.name, line);
    }
  }

  /** Tie ends named by text, resolved against the store (tie-ends.ts). */
  private async resolveNames(): Promise<void> {
    const space = (label: NodeLabel) => this.mappingIdSpaces?.[label] ?? `sheet-${label.toLowerCase()}`;
    const resolved = await resolveTieEnds({ names: this.names, reads: this.reads, ids: this.ids, space, bad: this.bad, report: this.report.names });
    for (const [ref, end] of resolved) this.resolved.set(ref, end);
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

  /** The report of a dry run: the check's findings, nothing written. */
  dryRunReport(): ImportReport {
    if (this.stopped) return this.stopped;
    return this.finish('ok');
  }

  /** Counts the ids of an update source that name no node, in this import or the store. */
  private async resolveUpdates(f: PlannedFile): Promise<void> {
    const u = this.updates.get(f);
    if (!u) return;
    await this.ids.lookup(this.lookupStore, u.ids);
    u.missing = 0;
    for (const id of u.ids) if (!this.ids.has(id)) u.missing++;
  }

  private checkEndpoints(f: PlannedFile, fi: number, line: number, rel: RelDraft): void {
    const s = this.ids.labelOf(rel.start);
    const e = this.ids.labelOf(rel.end);
    if ((s === undefined || e === undefined) && rel.skipUnknown) {
      this.unknownEnds.add(s === undefined ? rel.start : rel.end);
      return;
    }
    if (s === undefined) {
      this.bad.add({ fi, file: f.name, line: line }, rel.startCol, `dangling start id '${rel.start}': no good node row of this import and no node in the store has this id`);
      return;
    }
    if (e === undefined) {
      this.bad.add({ fi, file: f.name, line: line }, rel.endCol, `dangling end id '${rel.end}': no good node row of this import and no node in the store has this id`);
      return;
    }
    const sl = NODE_LABELS[s] ?? 'a node without a model label';
    const el = NODE_LABELS[e] ?? 'a node without a model label';
    if (!endpointsAllowed(rel.type, sl, el)) {
      const allowed = REL_ENDPOINTS[rel.type];
      const startOk = allowed.some(([a]) => a === '*' || a === sl);
      this.bad.add({ fi, file: f.name, line: line }, startOk ? rel.endCol : rel.startCol, `${rel.type} cannot join ${sl} to ${el} (the model allows ${allowed.map(([a, b]) => `${a}->${b}`).join(', ')})`);
      return;
    }
    this.relKeys?.add(relTypeIndex.get(rel.type)!, this.ordinalOf(rel.start), this.ordinalOf(rel.end));
    this.ties.add(rel, { fi, file: f.name, line });
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

  // ---- write: the checked rows replayed into a sink (sink.ts) ----

  private async write(sink: WriteSink): Promise<void> {
    await replayRows(this.checkedRows(), sink);
  }

  private checkedRows(): CheckedRows {
    return {
      files: this.files,
      report: this.report,
      source: this.source,
      indexOf: (f) => this.fileIndex.get(f)!,
      isBad: (fi, line) => this.bad.has(fi, line),
      resolved: (ref) => this.resolved.get(ref),
      substitute: (r) => this.substitute(r),
      isLeftOut: (id) => this.leftOutIds.has(id) || this.unknownEnds.has(id),
      at: (position) => {
        this.position = position;
      },
      stopIfAborted: () => this.stopIfAborted(),
      onProgress: this.options.onProgress,
    };
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
