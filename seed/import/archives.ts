// Archives read as the folders they hold: a .zip (zip.ts) and a .tar, .tar.gz/.tgz or .tar.zst/.tzst (tar.ts), both
// judged by the same rules (archive-rules.ts) and extracted to scratch folders the import reads until it ends.
// Callers name the file and get its entries; which reader opens it is this module's business.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ARCHIVE_EXT, type Unpacked, type UnpackOptions } from './archive-rules.js';
import { untar } from './tar.js';
import { unzip } from './zip.js';

export { ARCHIVE_EXT } from './archive-rules.js';

/**
 * Extracts the archive `file` (its kind by the extension of `archive`, the name messages give it) into `dest`, a
 * new folder removed again on any failure; entries `want` declines are only listed.
 */
export function extractArchive(file: string, archive: string, dest: string, options: UnpackOptions = {}): Promise<Unpacked> {
  return /\.zip$/i.test(archive) ? unzip(file, archive, dest, options) : untar(file, archive, dest, options);
}

const scratches = new Set<string>();
/** The scratch folder of each import run that made one, by its options object (see removeScratchOf). */
const owned = new WeakMap<object, string>();

function removeAllScratch(): void {
  for (const dir of scratches) fs.rmSync(dir, { recursive: true, force: true });
  scratches.clear();
}

/**
 * A new folder to extract archives into, under `parent` (the system's temporary folder unless given), removed by
 * removeScratch or, at the latest, when the process exits: an import reads the extracted files until it ends.
 */
export function scratchFolder(parent?: string, owner?: object): string {
  if (!scratches.size) process.once('exit', removeAllScratch);
  const dir = fs.mkdtempSync(path.join(parent ?? os.tmpdir(), 'unzip-'));
  scratches.add(dir);
  if (owner) owned.set(owner, dir);
  return dir;
}

/** Removes the scratch folder made for this owner, if any: an import that ran in a process that lives on. */
export function removeScratchOf(owner: object): void {
  const dir = owned.get(owner);
  if (dir) removeScratch(dir);
  owned.delete(owner);
}

export function removeScratch(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  scratches.delete(dir);
  if (!scratches.size) process.removeListener('exit', removeAllScratch);
}

/**
 * Named files with every archive among them replaced by its entries (all but archivers' files), extracted to a
 * scratch folder (under `parent`, else the system's temporary folder) and named by their names inside the archive, as
 * the import's globs see them: for mapping-fit.ts, which judges uploads from their headers.
 */
export async function openArchives(files: Array<{ name: string; path: string }>, parent?: string): Promise<Array<{ name: string; path: string }>> {
  const out: Array<{ name: string; path: string }> = [];
  let scratch: string | undefined;
  for (const f of files) {
    if (!ARCHIVE_EXT.test(f.name)) {
      out.push(f);
      continue;
    }
    scratch ??= scratchFolder(parent);
    const { files: entries } = await extractArchive(f.path, f.name, path.join(scratch, String(out.length)));
    out.push(...entries.map((e) => ({ name: e.name, path: e.path })));
  }
  return out;
}
