// Reads .xlsx workbooks (exceljs) into the same records a CSV gives: one record per row with its row number as the
// line, every cell as text. Cells keep what Excel knows about them: a date cell becomes YYYY-MM-DD (or an ISO
// date-time when it has a time of day) rather than a serial number, a number its shortest exact text, a formula its
// cached result, rich text its plain text, and a cell inside a merged range the value of the range (a 单位 merged
// over the rows of its staff belongs to each of them).
import ExcelJS from 'exceljs';

export interface SheetRecord {
  line: number;
  fields: string[];
}

export class WorkbookError extends Error {}

function dateText(d: Date): string {
  const iso = d.toISOString();
  // Excel dates carry no zone; exceljs hands them over as UTC, so a whole day is midnight UTC.
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

/** The text of one cell value as exceljs gives it. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('hyperlink' in value) return cellText((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

/** Loads a workbook, turning a file that is not one into a WorkbookError. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    throw new WorkbookError(`not a readable .xlsx workbook: ${(e as Error).message}`);
  }
  return wb;
}

/** Names of the worksheets, in workbook order. */
export async function sheetNames(file: string): Promise<string[]> {
  return (await loadWorkbook(file)).worksheets.map((w) => w.name);
}

/** Every non-empty row of one sheet as text cells (index 0 is column A), with its row number. */
export async function readSheet(file: string, sheet: string): Promise<SheetRecord[]> {
  const ws = (await loadWorkbook(file)).getWorksheet(sheet);
  if (!ws) throw new WorkbookError(`no sheet named '${sheet}'`);
  const out: SheetRecord[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const fields: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const value = cell.isMerged && cell.master !== cell ? cell.master.value : cell.value;
      fields[col - 1] = cellText(value).trim() === '' ? '' : cellText(value);
    });
    for (let i = 0; i < fields.length; i++) fields[i] ??= '';
    // Trailing empty cells (formatting without content) are not fields.
    while (fields.length && fields[fields.length - 1] === '') fields.pop();
    if (fields.length) out.push({ line: rowNumber, fields });
  });
  return out;
}
