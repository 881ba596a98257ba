// Reads a CSV file back as RFC 4180 defines it (quoted fields may hold commas, quotes and line breaks; rows end in
// CRLF), so a test checks the file a spreadsheet sees rather than the string the writer built. csv-parse does the
// reading: a parser written apart from the product's writer, so the two cannot share a mistake.
import { parse } from 'csv-parse/sync';

export function parseCsv(text: string): string[][] {
  // Rows may differ in length (a header and its rows are compared by the tests, not here).
  return parse(text, { relax_column_count: true, record_delimiter: '\r\n' }) as string[][];
}
