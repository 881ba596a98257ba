// Shared by the CORDIS import specs: tables written as the CORDIS files write them (quoted text, or an Excel workbook),
// and the scratch folders the specs import from (removed after the spec).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll } from 'vitest';

/** A table as CORDIS writes it: every field quoted, quotes doubled, one line per row. */
export function cordisText(columns: string[], table: Array<Record<string, string>>, delimiter: string): string {
  const line = (cells: string[]) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(delimiter);
  return [line(columns), ...table.map((r) => line(columns.map((c) => r[c] ?? '')))].join('\n') + '\n';
}

/** A workbook of one sheet with typed cells where Excel would type them: numbers, booleans and dates. */
export function workbook(columns: string[], table: Array<Record<string, string>>): Buffer {
  const cell = (v: string): unknown => {
    if (/^-?\d+(\.\d+)?$/.test(v) && v.length < 15) return Number(v);
    if (v === 'True' || v === 'False') return v === 'True';
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return new Date(`${v}T00:00:00Z`);
    return v;
  };
  const ws = XLSX.utils.aoa_to_sheet([columns, ...table.map((r) => columns.map((c) => cell(r[c] ?? '')))], { cellDates: true });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
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
