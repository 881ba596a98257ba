// The sink stage of the import: the checked rows replayed in write order (merged nodes of every file, then
// updates and appends, then relationships; bad rows skipped, named tie ends replaced by what they resolved to) into
// a WriteSink. The transactional sink writes UNWIND batches through db.ts, one transaction each with one batch in
// flight; the bulk path (bulk-csv.ts) is another sink.
import type { Db } from '../../server/db.js';
import { hasHan } from '../../server/model/search-text.js';
import type { NodeLabel } from '../../server/model/model.js';
import type { ImportProgress, ImportReport } from './importer.js';
import type { PlannedFile } from './plan.js';
import { records } from './plan.js';
import type { NodeDraft, RelDraft, RowOutput } from './drafts.js';
import type { ResolvedEnd } from './tie-ends.js';
import { tieKey } from './stored-ties.js';
import { writeNodeUpdates, type UpdateRow } from './updates.js';
import { nodeRow, relRow, writeBatch, type RelWriteRow } from './writer.js';

export type NodeRow = ReturnType<typeof nodeRow>;
export type RelRow = ReturnType<typeof relRow>;

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
 * Keeps one batch in flight while the next is read and built (the client and Neo4j share two cores, so overlap
 * pays). A failure is kept and raised at the next submit or drain; `committed` is the last row whose batch landed.
 */
export class BatchWriter {
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
export class TransactionalSink implements WriteSink {
  private nodes: NodeRow[] = [];
  private rels: RelWriteRow[] = [];
  private updates: UpdateRow[] = [];

  /**
   * `fill`: nodes and ties (by stored-ties.ts's key) that were in the store before this import keep their values
   * (null: the update policy replaces them), with search fields per id where a name gets filled in. A node or tie
   * that repeats within the import takes its last row's values, as in the bulk path.
   */
  constructor(
    private readonly db: Db,
    private readonly writer: BatchWriter,
    private readonly batchSize: number,
    private readonly fill: {
      stored: ReadonlySet<string>;
      names: ReadonlyMap<string, { pinyin: string; aliasText: string }>;
      ties?: ReadonlySet<string>;
    } | null = null,
  ) {}

  node(row: NodeRow): void {
    this.nodes.push(this.fill?.stored.has(row.id) ? fillOnly(row, this.fill.names.get(row.id)) : row);
  }
  update(row: UpdateRow): void {
    this.updates.push(row);
  }
  rel(row: RelRow): void {
    this.rels.push(this.fill?.ties?.has(tieKey(row)) ? { ...row, fillOnly: true } : row);
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

/**
 * A node created for a name met in a spreadsheet cell: the name (also as nameZh when it is Chinese), and the
 * constants its type column's label carries (a Lab's kind).
 */
export function namedNodeRow(end: { id: string; label: NodeLabel; props?: Record<string, unknown> }, name: string, source: string | undefined): NodeRow {
  return nodeRow({ id: end.id, labels: [end.label], props: { ...end.props, name, ...(hasHan(name) ? { nameZh: name } : {}), ...(source ? { source } : {}) } });
}

export function toNodeRow(n: NodeDraft): NodeRow {
  return nodeRow({
    id: n.id,
    labels: [n.label as NodeLabel, ...n.roles],
    props: n.props,
    ...(Object.keys(n.createProps).length ? { fillProps: n.createProps } : {}),
  });
}

/** What the write stage reads from the check. */
export interface CheckedRows {
  readonly files: readonly PlannedFile[];
  readonly report: ImportReport;
  /** The mapping's source, given to nodes created for names. */
  readonly source: string | undefined;
  indexOf(f: PlannedFile): number;
  isBad(fi: number, line: number): boolean;
  /** What a named tie end resolved to, and whether this import creates that node. */
  resolved(ref: string): ResolvedEnd | undefined;
  /** Puts resolved ids in place of a relationship's named ends; false when an end did not resolve. */
  substitute(r: RelDraft): boolean;
  isLeftOut(id: string): boolean;
  /** Follows the row being written, for the report of an interrupted import. */
  at(position: { file: string; line: number }): void;
  stopIfAborted(): void;
  onProgress?: ((p: ImportProgress) => void) | undefined;
}

type Stage = 'merge' | 'update' | 'rels';

const count = (table: Record<string, number>, key: string) => (table[key] = (table[key] ?? 0) + 1);

/** Merged nodes of one row: nodes created for names first (once each), then the row's own. */
function mergeRow(rows: CheckedRows, sink: WriteSink, out: RowOutput, seen: { f: PlannedFile; written: Set<string> }): void {
  const report = rows.report;
  report.leftOut.nodes += out.skippedNodes.length;
  for (const l of out.lookups) {
    const res = rows.resolved(l.ref);
    if (!res?.created || seen.written.has(res.id)) continue;
    seen.written.add(res.id);
    sink.node(namedNodeRow(res, l.name, rows.source), res.label);
    count(report.nodes, res.label);
  }
  for (const n of out.nodes) {
    if (n.mode !== 'merge') continue;
    // A "rows" recipe repeats the same node on many rows: write it once.
    if (seen.f.dedupe) {
      if (seen.written.has(n.id)) continue;
      seen.written.add(n.id);
    }
    sink.node(toNodeRow(n), n.label!);
    count(report.nodes, n.label!);
  }
}

/** Updates and appends of one row: an update names a node once (the first row wins); appends gather every row. */
function updateRow(sink: WriteSink, out: RowOutput, updatedIds: Set<string>): void {
  for (const n of out.nodes) {
    if (n.mode === 'merge') continue;
    if (n.mode === 'update') {
      if (updatedIds.has(n.id)) continue;
      updatedIds.add(n.id);
    }
    sink.update({ id: n.id, mode: n.mode, props: n.props, ...(n.label ? { label: n.label } : {}) });
  }
}

function relationshipRow(rows: CheckedRows, sink: WriteSink, out: RowOutput): void {
  const report = rows.report;
  report.leftOut.relationships += out.skippedRels;
  for (const r of out.rels) {
    if (!rows.substitute(r)) continue;
    if (rows.isLeftOut(r.start) || rows.isLeftOut(r.end)) {
      report.leftOut.relationships++;
      continue;
    }
    sink.rel(relRow({ type: r.type, start: r.start, end: r.end, props: r.props }));
    count(report.relationships, r.type);
  }
}

/** Replays every good row of the checked files into the sink, stage by stage, in write order. */
export async function replayRows(rows: CheckedRows, sink: WriteSink): Promise<void> {
  const stages: ReadonlyArray<readonly [Stage, PlannedFile[]]> = [
    ['merge', rows.files.filter((f) => f.mergeNodes)],
    ['update', rows.files.filter((f) => f.updateNodes)],
    ['rels', rows.files.filter((f) => f.rels)],
  ];
  const total = stages.reduce((s, [, list]) => s + list.reduce((t, f) => t + f.rows, 0), 0);
  // The transactional sink checks the signal before each transaction; other sinks are checked per read batch.
  const checkEachBatch = !(sink instanceof TransactionalSink);
  let done = 0;
  const written = new Set<string>();
  for (const [stage, list] of stages) {
    for (const f of list) {
      const fi = rows.indexOf(f);
      const updatedIds = new Set<string>();
      const at = { file: f.name, line: 0 };
      rows.at(at);
      for await (const batch of records(f)) {
        if (checkEachBatch) rows.stopIfAborted();
        for (const rec of batch) {
          at.line = rec.line;
          if (rows.isBad(fi, rec.line)) continue;
          const out = f.transform(rec);
          if (stage === 'merge') mergeRow(rows, sink, out, { f, written });
          else if (stage === 'update') updateRow(sink, out, updatedIds);
          else relationshipRow(rows, sink, out);
          const wait = sink.rowDone(at);
          if (wait) await wait;
        }
        done += batch.length;
        rows.onProgress?.({ stage: 'write', done, total, file: f.name, rows: done });
      }
      await sink.fileDone(at);
    }
  }
}
