// The validated importer behind `npm run import`, in three stages: plan.ts decides which files of a folder to read
// and how (by a mapping or by their headers); check.ts checks every row against the model and the store before
// anything is written (checkImport); sink.ts hands the good rows, in write order, to a sink: the transactional one
// writes UNWIND batches, one transaction each, with MERGE so that a second run changes nothing (importDirectory);
// the offline bulk path (bulk.ts) writes neo4j-admin files. Nodes come before relationships, update-only sources
// after the nodes they update. An AbortSignal stops it between batches. This module holds the options and the
// report, and the two entry points.
import type { Db } from '../../server/db.js';
import { CheckedImport, type CheckSetup } from './check.js';
import { ImportConfigError, loadMapping, type Mapping } from './mapping.js';
import { planFiles } from './plan.js';
import { removeScratchOf } from './archives.js';

export { CheckedImport } from './check.js';
export type { NodeRow, RelRow, WriteSink } from './sink.js';

// Measured on the generated 20k-person graph: 1k and 5k rows per transaction cost Neo4j the least CPU (14.5 s for
// 231k rows) against 17-20 s at 10k-20k (bigger eager buffers and more GC on a 1 GB heap); 5k keeps commits few.
export const DEFAULT_BATCH = 5_000;

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
   * Nodes and ties already in the store: false (default) fills only their empty properties and reports values that
   * differ; true replaces them, keeping every replaced value in the audit record.
   */
  update?: boolean;
  /** Check everything and report what would change, writing nothing. */
  dryRun?: boolean;
  /** Who runs the import, for the audit record. */
  actor?: string;
  /** Stops the import after the transaction in flight settles. */
  signal?: AbortSignal;
  /** Where archive inputs are extracted (seed/import/archives.ts; default: the system's temporary folder). */
  scratchDir?: string;
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

/** One property of a stored node or tie the import would fill, replace, or (by default) leave differing. */
export interface PropertyChange {
  /** A node's id, or a tie as `start -TYPE-> end`. */
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
  /** Distinct ties (start, type, end) of the import that were already in the store. */
  existingTies: number;
  /** Empty properties of stored nodes and ties that get a value. */
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
  names: { matched: NamedEnd[]; created: NamedEnd[]; skipped?: Array<{ name: string; labels: string[] }> };
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

/** Node ids of the store with their labels (the bulk path reads an empty store and looks nothing up). */
export type StoreLookup = (ids: string[]) => Promise<Array<{ id: string; labels: string[] }>>;

/** What the check reads about stored nodes beyond their ids: their properties, and nodes found by name. */
export interface StoreReads {
  props(ids: string[]): Promise<Array<{ id: string; props: Record<string, unknown> }>>;
  byName(names: string[], labels: string[]): Promise<Array<{ name: string; id: string; label: string; by: 'name' | 'alias' }>>;
  /** Stored ties by [type, start id, end id]: their properties (no row for a tie that is not stored). */
  ties(keys: Array<[string, string, string]>): Promise<Array<{ type: string; start: string; end: string; props: Record<string, unknown> }>>;
}

export function storeReads(db: Db): StoreReads {
  return {
    props: (ids) => db.read('importExistingProps', { ids }, { timeoutMs: 120_000 }),
    byName: (names, labels) => db.read('importMatchNames', { names, labels }, { timeoutMs: 120_000 }),
    ties: (ties) => db.read('importExistingTies', { ties }, { timeoutMs: 120_000 }),
  };
}

/** Looks node ids up in the store through the importLookupIds query. */
export function storeLookup(db: Db): StoreLookup {
  return (ids) => db.read<{ id: string; labels: string[] }>('importLookupIds', { ids }, { timeoutMs: 120_000 });
}

/**
 * Imports a folder (or one file). Throws ImportConfigError for a bad mapping, option or header; returns a report
 * whose status says whether bad rows stopped it (nothing written), or a signal interrupted it.
 */
export async function importDirectory(db: Db, dir: string, options: ImportOptions = {}): Promise<ImportReport> {
  try {
    const checked = await checkImport(dir, options, { lookup: storeLookup(db), reads: storeReads(db) });
    if (checked.stopped) return checked.stopped;
    if (options.dryRun) return checked.dryRunReport();
    return await checked.writeTransactional(db);
  } finally {
    // Archives among the input were extracted for this run (plan.ts); the files are read no more.
    removeScratchOf(options);
  }
}

/**
 * The check stage alone: plans the files and checks every row against the model, this import and the store (as
 * `lookup` sees it). `stopped` holds the final report when bad rows or a signal end the import here.
 * `store.collectRelKeys` also records which (type, start, end) keys repeat, for writers that cannot MERGE.
 */
export async function checkImport(dir: string, options: ImportOptions, store: CheckSetup['store']): Promise<CheckedImport> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  if (!Number.isSafeInteger(batchSize) || batchSize < 1 || batchSize > 100_000) {
    throw new ImportConfigError(`--batch must be a whole number from 1 to 100000, got ${batchSize}`);
  }
  for (const [k, v] of [['delimiter', options.delimiter], ['array delimiter', options.arrayDelimiter]] as const) {
    if (v !== undefined && v.length !== 1) throw new ImportConfigError(`the ${k} must be a single character, got ${JSON.stringify(v)}`);
  }
  const mapping = typeof options.mapping === 'string' ? loadMapping(options.mapping) : options.mapping;
  const run = new CheckedImport({ dir, options, batchSize, mapping, store });
  await run.runCheck(await planFiles(dir, mapping, options));
  return run;
}
