// Takes a backup: one consistent read of the whole graph (Db.snapshot holds the write gate, so writes wait and
// reads go on), streamed through gzip to FILE.partial and renamed to FILE only when complete, so a crash never
// leaves a file that looks whole. Memory stays flat whatever the graph size.
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
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
}

export async function takeBackup(db: Db, file: string, opts: BackupOptions = {}): Promise<BackupResult> {
  const started = Date.now();
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  const gzip = zlib.createGzip({ level: 6 });
  const out = fs.createWriteStream(partial);
  gzip.pipe(out);
  const sum = checksum();
  const write = async (line: string) => {
    sum.add(line);
    if (!gzip.write(line)) await once(gzip, 'drain');
  };
  let nodes = 0;
  let relationships = 0;
  const database = await db.verify();
  try {
    const consistent = await db.writesAreGated();
    await write(headerLine({ createdAt: new Date().toISOString(), database, consistent }));
    await db.snapshot(
      [{ name: 'backupNodes' }, { name: 'backupRelationships' }],
      async (step, row) => {
        if (step === 'backupNodes') {
          const where = `node ${String(row.k)}`;
          await write(nodeLine(String(row.k), row.labels as string[], (row.props as unknown[]).map((p) => encodeProp(p, where))));
          nodes += 1;
        } else {
          const where = `${String(row.type)} tie from ${String(row.s)}`;
          await write(relLine(String(row.s), String(row.e), String(row.type), (row.props as unknown[]).map((p) => encodeProp(p, where))));
          relationships += 1;
        }
      },
      { timeoutMs: opts.timeoutMs ?? 3_600_000 },
    );
    const trailer = trailerLine({ nodes, relationships, sha256: sum.hex() });
    gzip.end(trailer);
    await once(out, 'close');
    fs.renameSync(partial, target);
    return { file: target, nodes, relationships, bytes: fs.statSync(target).size, consistent, ms: Date.now() - started };
  } catch (e) {
    gzip.destroy();
    out.destroy();
    fs.rmSync(partial, { force: true });
    throw e;
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
