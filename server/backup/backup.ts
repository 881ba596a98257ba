// Takes a backup: one consistent read of the whole graph (Db.snapshot holds the write gate, so writes wait and
// reads go on), streamed through gzip to FILE.partial and renamed to FILE only when complete, so a crash never
// leaves a file that looks whole; a failure or an interruption (options.signal) removes FILE.partial. Memory stays
// flat whatever the graph size.
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import zlib from 'node:zlib';
import type { Db } from '../db.js';
import { checksum, encodeProp, headerLine, nodeLine, relLine, trailerLine } from './format.js';

export interface BackupResult {
  file: string;
  nodes: number;
  relationships: number;
  bytes: number;
  /** False when the database lacks APOC's lock procedures: writes during the copy may make it inconsistent. */
  consistent: boolean;
  ms: number;
}

export interface BackupOptions {
  /** The whole copy must finish within this (default 1 h); writes wait for it meanwhile. */
  timeoutMs?: number;
  /**
   * Take no write gate and read in a read transaction, so nothing is written to the source (a store this tool must
   * not change, a read replica); writes during the copy may then make it inconsistent, and the header says so.
   */
  readOnly?: boolean;
  /** Aborting stops the copy, removes FILE.partial and rejects with BackupInterrupted (npm run backup on SIGINT). */
  signal?: AbortSignal;
  /** Called after every 10,000 nodes or ties copied (npm run backup shows it every few seconds). */
  onProgress?: (p: { nodes: number; relationships: number }) => void;
}

export class BackupInterrupted extends Error {}

/**
 * Where a backup of FILE is written until it is complete: beside FILE, so that the final rename stays on one file
 * system. takeBackup writes it and npm run backup removes it on a second signal; both must name the same file.
 */
export function stagingFile(file: string): string {
  return `${path.resolve(file)}.partial`;
}

export async function takeBackup(db: Db, file: string, opts: BackupOptions = {}): Promise<BackupResult> {
  const started = Date.now();
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = stagingFile(target);
  const gzip = zlib.createGzip({ level: 6 });
  const out = fs.createWriteStream(partial);
  gzip.pipe(out);
  const sum = checksum();
  const { signal } = opts;
  const interruption = () => new BackupInterrupted(`the backup was interrupted; ${path.basename(partial)} is removed`);
  const stopIfInterrupted = () => {
    if (signal?.aborted) throw interruption();
  };
  const write = async (line: string) => {
    stopIfInterrupted();
    sum.add(line);
    if (!gzip.write(line)) await once(gzip, 'drain');
  };
  const copy = async (): Promise<BackupResult> => {
    let nodes = 0;
    let relationships = 0;
    const database = await db.verify();
    const consistent = !opts.readOnly && (await db.writesAreGated());
    await write(headerLine({ createdAt: new Date().toISOString(), database, consistent }));
    await db.snapshot(
      [{ name: 'backupNodes' }, { name: 'backupRelationships' }],
      async (step, row) => {
        if (step === 'backupNodes') {
          const where = `node ${String(row.k)}`;
          await write(nodeLine(String(row.k), row.labels as string[], (row.props as unknown[]).map((p) => encodeProp(p, where))));
          nodes += 1;
          if (nodes % 10_000 === 0) opts.onProgress?.({ nodes, relationships });
        } else {
          const where = `${String(row.type)} tie from ${String(row.s)}`;
          await write(relLine(String(row.s), String(row.e), String(row.type), (row.props as unknown[]).map((p) => encodeProp(p, where))));
          relationships += 1;
          if (relationships % 10_000 === 0) opts.onProgress?.({ nodes, relationships });
        }
      },
      { timeoutMs: opts.timeoutMs ?? 3_600_000, gate: !opts.readOnly },
    );
    stopIfInterrupted();
    gzip.end(trailerLine({ nodes, relationships, sha256: sum.hex() }));
    await once(out, 'close');
    // An interruption may land while the file closes: it must not leave a whole FILE behind.
    stopIfInterrupted();
    fs.renameSync(partial, target);
    return { file: target, nodes, relationships, bytes: fs.statSync(target).size, consistent, ms: Date.now() - started };
  };
  // An interruption must also end a copy that waits (for the write gate, for its first row), where no write would
  // notice it; the caller then closes the driver, which ends the copy's transaction on the server.
  let onAbort: (() => void) | undefined;
  const interrupted = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(interruption());
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  const copying = copy();
  copying.catch(() => undefined); // after an interruption its own failure has nobody to tell
  try {
    if (signal?.aborted) onAbort!();
    return await Promise.race([copying, interrupted]);
  } catch (e) {
    gzip.destroy();
    out.destroy();
    // The file may still be opening; removing it before the stream has closed would let the open create it again.
    await finished(out).catch(() => undefined);
    fs.rmSync(partial, { force: true });
    throw e;
  } finally {
    signal?.removeEventListener('abort', onAbort!);
  }
}

/** Backup files in a folder, newest first: those this module names (talent-bridge-<UTC stamp>.tbk.gz). */
export function listBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /^talent-bridge-\d{8}T\d{6}Z\.tbk\.gz$/.test(f))
    .sort()
    .reverse()
    .map((f) => path.join(dir, f));
}

export function backupFileName(at = new Date()): string {
  return `talent-bridge-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.tbk.gz`;
}
