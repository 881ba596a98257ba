// Shared by the CORDIS import specs: tables written as the CORDIS files write them, and the scratch folders the
// specs import from (removed after the spec).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** A table as CORDIS writes it: every field quoted, quotes doubled, one line per row. */
export function cordisText(columns: string[], table: Array<Record<string, string>>, delimiter: string): string {
  const line = (cells: string[]) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(delimiter);
  return [line(columns), ...table.map((r) => line(columns.map((c) => r[c] ?? '')))].join('\n') + '\n';
}

/** A temporary folder (removed after the spec's tests) and `folder(name, files)`, which writes a subfolder of it. */
export function scratchFolders(prefix: string) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
  const folder = (name: string, files: Record<string, string | Buffer>) => {
    const d = path.join(work, name);
    fs.mkdirSync(d);
    for (const [f, content] of Object.entries(files)) fs.writeFileSync(path.join(d, f), content);
    return d;
  };
  return { work, folder };
}
