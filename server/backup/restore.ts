// Restores a backup into an empty store. The whole file is read and checked first (gzip integrity, header, every
// line, the counts and the checksum in the closing line); a damaged, truncated or foreign file is refused before
// anything is written. Only then are nodes and ties created, in batches. `replace` first takes a backup of what is
// there, then empties the store.
import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
import type { Db } from '../db.js';
import { takeBackup, type BackupResult } from './backup.js';
import { BackupFormatError, checksum, parseLine, type Entry, type Header, type Prop } from './format.js';

export interface RestoreOptions {
  /** Empty a store that holds data (after backing it up to `replacedBackup`) instead of refusing it. */
  replace?: boolean;
  replacedBackup?: string;
  batch?: number;
  onProgress?: (p: { stage: 'check' | 'nodes' | 'relationships'; done: number; total: number }) => void;
}

export interface RestoreResult {
  header: Header;
  nodes: number;
  relationships: number;
  replaced?: BackupResult;
  ms: number;
}

export class RestoreRefused extends Error {}

/** Every entry of the file in order, each with its line number; gzip and JSON damage surface as BackupFormatError. */
async function* entries(file: string): AsyncGenerator<{ entry: Entry; line: string; lineNo: number }> {
  const input = fs.createReadStream(file).pipe(zlib.createGunzip());
  const failure: { error?: Error } = {};
  input.on('error', (e) => (failure.error = e));
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const line of lines) {
      lineNo += 1;
      yield { entry: parseLine(line, lineNo), line: `${line}\n`, lineNo };
    }
  } catch (e) {
    if (e instanceof BackupFormatError) throw e;
    throw new BackupFormatError(`${file}: cannot read it as gzip (${(e as Error).message}); the file is damaged or truncated`);
  }
  if (failure.error) {
    throw new BackupFormatError(`${file}: cannot read it as gzip (${failure.error.message}); the file is damaged or truncated`);
  }
}

/** Reads the whole file and checks it; returns its header and counts. Writes nothing. */
export async function checkBackup(file: string): Promise<{ header: Header; nodes: number; relationships: number }> {
  if (!fs.existsSync(file)) throw new BackupFormatError(`${file}: no such file`);
  const sum = checksum();
  let header: Header | undefined;
  let nodes = 0;
  let relationships = 0;
  let ended = false;
  const keys = new Set<string>();
  for await (const { entry, line, lineNo } of entries(file)) {
    if (ended) throw new BackupFormatError(`${file}: line ${lineNo}: data after the closing line`);
    if (entry.kind === 'header') header = entry.header;
    else if (entry.kind === 'trailer') {
      ended = true;
      if (entry.trailer.nodes !== nodes || entry.trailer.relationships !== relationships) {
        throw new BackupFormatError(
          `${file}: the closing line counts ${entry.trailer.nodes} nodes and ${entry.trailer.relationships} ties, the file holds ${nodes} and ${relationships}`,
        );
      }
      if (entry.trailer.sha256 !== sum.hex()) throw new BackupFormatError(`${file}: checksum mismatch; the file was altered or damaged`);
      continue;
    } else if (entry.kind === 'node') {
      if (relationships > 0) throw new BackupFormatError(`${file}: line ${lineNo}: a node after the ties`);
      if (keys.has(entry.key)) throw new BackupFormatError(`${file}: line ${lineNo}: node key ${entry.key} appears twice`);
      keys.add(entry.key);
      nodes += 1;
    } else {
      if (!keys.has(entry.start) || !keys.has(entry.end)) {
        throw new BackupFormatError(`${file}: line ${lineNo}: a ${entry.type} tie joins a node the file does not hold`);
      }
      relationships += 1;
    }
    sum.add(line);
  }
  if (!header) throw new BackupFormatError(`${file}: empty file`);
  if (!ended) throw new BackupFormatError(`${file}: no closing line; the file is truncated`);
  return { header, nodes, relationships };
}

async function storeIsEmpty(db: Db): Promise<boolean> {
  const [row] = await db.read<{ empty: boolean }>('databaseIsEmpty');
  return row?.empty ?? true;
}

export async function restoreBackup(db: Db, file: string, opts: RestoreOptions = {}): Promise<RestoreResult> {
  const started = Date.now();
  const batch = opts.batch ?? 2000;
  const checked = await checkBackup(file);
  opts.onProgress?.({ stage: 'check', done: checked.nodes + checked.relationships, total: checked.nodes + checked.relationships });
  let replaced: BackupResult | undefined;
  if (!(await storeIsEmpty(db))) {
    if (!opts.replace) throw new RestoreRefused('the store holds data; restore refuses to mix a backup into it (use --replace, which backs it up first)');
    if (!opts.replacedBackup) throw new RestoreRefused('--replace needs a file for the backup of what it replaces');
    replaced = await takeBackup(db, opts.replacedBackup);
    for (;;) {
      const [row] = await db.write<{ deleted: number }>('restoreWipe', { batch: 10_000 });
      if (!row || row.deleted === 0) break;
    }
  }
  await db.applySchema();
  const newIds = new Map<string, string>();
  let nodeRows: Array<{ k: string; labels: string[]; props: Prop[] }> = [];
  let relRows: Array<{ s: string; e: string; type: string; props: Prop[] }> = [];
  let nodes = 0;
  let relationships = 0;
  const flushNodes = async () => {
    if (!nodeRows.length) return;
    const made = await db.write<{ k: string; e: string }>('restoreNodes', { rows: nodeRows }, { timeoutMs: 600_000 });
    for (const m of made) newIds.set(m.k, m.e);
    nodes += nodeRows.length;
    nodeRows = [];
    opts.onProgress?.({ stage: 'nodes', done: nodes, total: checked.nodes });
  };
  const flushRels = async () => {
    if (!relRows.length) return;
    const [row] = await db.write<{ created: number }>('restoreRelationships', { rows: relRows }, { timeoutMs: 600_000 });
    if ((row?.created ?? 0) !== relRows.length) throw new Error(`restore: ${relRows.length - (row?.created ?? 0)} ties lost their end nodes`);
    relationships += relRows.length;
    relRows = [];
    opts.onProgress?.({ stage: 'relationships', done: relationships, total: checked.relationships });
  };
  for await (const { entry } of entries(file)) {
    if (entry.kind === 'node') {
      nodeRows.push({ k: entry.key, labels: entry.labels, props: entry.props });
      if (nodeRows.length >= batch) await flushNodes();
    } else if (entry.kind === 'rel') {
      await flushNodes();
      relRows.push({ s: newIds.get(entry.start)!, e: newIds.get(entry.end)!, type: entry.type, props: entry.props });
      if (relRows.length >= batch) await flushRels();
    }
  }
  await flushNodes();
  await flushRels();
  return { header: checked.header, nodes, relationships, replaced, ms: Date.now() - started };
}
