// Reads .xlsx workbooks (SheetJS, the @e965/xlsx build) into the same records a CSV gives: one record per row with
// its row number as the line, every cell as text. Cells keep what Excel knows about them: a date cell becomes
// YYYY-MM-DD (or an ISO date-time when it has a time of day) rather than a serial number, a number its shortest exact
// text, a formula its cached result, rich text and a hyperlink their plain text, and a cell inside a merged range the
// value of the range (a 单位 merged over the rows of its staff belongs to each of them).
import fs from 'node:fs/promises';
import * as XLSX from '@e965/xlsx';

export interface SheetRecord {
  line: number;
  fields: string[];
}

export class WorkbookError extends Error {}

/** An .xlsx file is a zip archive; anything else (CSV, an old .xls, text) is refused rather than guessed at. */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  // Excel dates carry no zone; SheetJS hands them over as UTC, so a whole day is midnight UTC. A serial number
  // converted to a date can land a millisecond off the second it stands for: round to the second.
  const iso = new Date(Math.round(d.getTime() / 1000) * 1000).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

/** The text of one cell as SheetJS gives it (read with `cellDates: true`). */
export function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell) return '';
  const value = cell.v;
  // Error cells (#N/A, #DIV/0!...) and cells with no value are empty.
  if (cell.t === 'e' || cell.t === 'z' || value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  // Strings: shared, inline and rich text arrive as their plain text, a hyperlink cell as its shown text, a
  // formula as its cached result.
  return String(value);
}

/** Loads a workbook, turning a file that is not one into a WorkbookError. */
export async function loadWorkbook(file: string): Promise<XLSX.WorkBook> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    throw new WorkbookError(`cannot read: ${(e as Error).message}`);
  }
  if (bytes.length < ZIP_MAGIC.length || !bytes.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) {
    throw new WorkbookError('not a readable .xlsx workbook: it is not a zip archive');
  }
  try {
    const wb = XLSX.read(bytes, { type: 'buffer', cellDates: true, cellFormula: false, cellHTML: false, cellStyles: false });
    if (!wb.SheetNames.length) throw new Error('it holds no worksheet');
    return wb;
  } catch (e) {
    throw new WorkbookError(`not a readable .xlsx workbook: ${(e as Error).message}`);
  }
}

/** Names of the worksheets, in workbook order. */
export async function sheetNames(file: string): Promise<string[]> {
  return (await loadWorkbook(file)).SheetNames.slice();
}

/** Every non-empty row of one sheet as text cells (index 0 is column A), with its row number. */
export async function readSheet(file: string, sheet: string): Promise<SheetRecord[]> {
  const wb = await loadWorkbook(file);
  const ws = wb.SheetNames.includes(sheet) ? wb.Sheets[sheet] : undefined;
  if (!ws) throw new WorkbookError(`no sheet named '${sheet}'`);
  if (!ws['!ref']) return [];
  const range = XLSX.utils.decode_range(ws['!ref']);
  // Each cell of a merged range reads as the range's top-left cell; the range may reach past '!ref'.
  const master = new Map<string, string>();
  for (const m of ws['!merges'] ?? []) {
    const top = XLSX.utils.encode_cell(m.s);
    for (let r = m.s.r; r <= m.e.r; r++) {
      for (let c = m.s.c; c <= m.e.c; c++) if (r !== m.s.r || c !== m.s.c) master.set(XLSX.utils.encode_cell({ r, c }), top);
    }
    range.e.r = Math.max(range.e.r, m.e.r);
    range.e.c = Math.max(range.e.c, m.e.c);
  }
  const out: SheetRecord[] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const fields: string[] = [];
    for (let c = 0; c <= range.e.c; c++) {
      const address = XLSX.utils.encode_cell({ r, c });
      const text = cellText(ws[master.get(address) ?? address] as XLSX.CellObject | undefined);
      fields.push(text.trim() === '' ? '' : text);
    }
    // Trailing empty cells (formatting without content) are not fields.
    while (fields.length && fields[fields.length - 1] === '') fields.pop();
    if (fields.length) out.push({ line: r + 1, fields });
  }
  return out;
}
