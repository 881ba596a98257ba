// The cells of one record as the transforms read them: a CSV record by column name (typed values parsed on first
// use, null texts of the mapping read as empty) or a JSON line's props, each with the column a problem is
// reported at.
import type { Column } from './header.js';
import { RowError, type Cells } from './drafts.js';
import { parseCell, type ValueError } from './values.js';

/** Cells of a header-convention or rows CSV record; typed values are parsed on first use. */
export class CsvCells implements Cells {
  private fields: string[] = [];
  private readonly byName = new Map<string, Column>();
  private readonly nulls: ReadonlySet<string> | undefined;
  constructor(
    columns: readonly Column[],
    private readonly arrayDelimiter: string,
    nullValues: readonly string[] = [],
  ) {
    this.nulls = nullValues.length ? new Set(nullValues) : undefined;
    for (const c of columns) {
      if (c.role === 'prop' || c.role === 'id' || c.role === 'start' || c.role === 'end') this.byName.set(c.name || `:${c.role === 'id' ? 'ID' : c.role === 'start' ? 'START_ID' : 'END_ID'}`, c);
      if (c.role === 'label') this.byName.set(':LABEL', c);
      if (c.role === 'type') this.byName.set(':TYPE', c);
    }
  }
  reset(fields: string[]): this {
    this.fields = fields;
    return this;
  }
  names(): Set<string> {
    return new Set([...this.byName.keys()]);
  }
  get(name: string): unknown {
    const c = this.byName.get(name);
    if (!c) return undefined;
    let text = this.fields[c.index] ?? '';
    if (this.nulls?.has(text)) text = '';
    try {
      return parseCell(text, c.type, c.array, this.arrayDelimiter);
    } catch (e) {
      throw new RowError(c.index + 1, `column '${c.text}': ${(e as ValueError).message}`);
    }
  }
  text(name: string): string | undefined {
    const c = this.byName.get(name);
    if (!c) return undefined;
    const text = this.fields[c.index] ?? '';
    return this.nulls?.has(text) ? '' : text;
  }
  col(name: string): number {
    const c = this.byName.get(name);
    return c ? c.index + 1 : 1;
  }
}

/** A JSON line: `{"id", "labels", "props"}` for a node or `{"type", "start", "end", "props"}` for a relationship. */
export class JsonCells implements Cells {
  constructor(
    private readonly text_: string,
    private readonly props: Record<string, unknown>,
  ) {}
  get(name: string): unknown {
    return this.props[name];
  }
  text(name: string): string | undefined {
    const v = this.props[name];
    if (v === undefined || v === null) return undefined;
    return typeof v === 'string' ? v : Array.isArray(v) ? v.join(';') : String(v);
  }
  col(name: string): number {
    return keyColumn(this.text_, name);
  }
}

/** 1-based character position of `"key"` in a JSON line (1 when it is not there). */
export function keyColumn(line: string, key: string): number {
  const at = line.indexOf(`${JSON.stringify(key)}`);
  return at < 0 ? 1 : at + 1;
}
