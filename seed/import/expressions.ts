// The mapping's expressions compiled once per file: a column, a template of columns or a constant, with the
// conversions a mapping may ask for (path segments, replace, map, date pattern, split); and the config errors that
// name the mapping entry at fault. A column reference may list alternatives (`organisationID|id`), so that one
// mapping reads the older and the newer layout of the same export.
import { ImportConfigError, type Expr, type ExprSpec, type FileSpec, type Mapping } from './mapping.js';
import { RowError, type Cells } from './drafts.js';
import { parseByPattern, readDate } from './values.js';

export interface Evaluated {
  value: unknown;
  col: number;
  ifMissing: boolean;
}
export type CompiledExpr = (cells: Cells) => Evaluated;

const TEMPLATE_REF = /\{([^{}]+)\}/g;

export interface CompileContext {
  mapping?: Mapping;
  spec?: FileSpec;
  /** The file as the user named it, for messages. */
  file: string;
  /** Where in the mapping this file's entry is (`files[2]`), for messages. */
  where: string;
  /** Known columns (CSV); undefined when any name may appear (JSON lines). */
  columns?: ReadonlySet<string>;
  arrayDelimiter: string;
}

export function configError(ctx: CompileContext, key: string, message: string): ImportConfigError {
  if (!ctx.mapping) return new ImportConfigError(`${ctx.file}: ${message}`);
  return new ImportConfigError(`${ctx.mapping.file}: ${ctx.where}${key ? `.${key}` : ''}: ${message} (file ${ctx.file})`);
}

export function requireColumn(ctx: CompileContext, key: string, name: string): void {
  if (ctx.columns && !ctx.columns.has(name)) {
    throw configError(ctx, key, `column '${name}' is not in the header (columns: ${[...ctx.columns].join(', ')})`);
  }
}

/**
 * A column reference's header names: `organisationID|id` reads the first of them the header has; an empty
 * alternative (`SME|`) lets the header lack them all, and the expression then reads an empty cell.
 */
export function columnRef(ref: string): { names: string[]; optional: boolean } {
  const parts = ref.split('|').map((p) => p.trim());
  return { names: parts.filter(Boolean), optional: parts.length > 1 && parts.includes('') };
}

/** Which column a reference reads: fixed by a table's header (null: an optional one it lacks), per line for JSON. */
function pickColumn(ctx: CompileContext, key: string, ref: string): (cells: Cells) => string | null {
  const { names, optional } = columnRef(ref);
  const columns = ctx.columns;
  if (!columns) return names.length === 1 && !optional ? () => ref : (cells) => [ref, ...names].find((n) => cells.text(n) !== undefined) ?? null;
  // A sheet's column key ("姓名|Name") is itself the name its cells go by.
  const hit = [ref, ...names].find((n) => columns.has(n));
  if (hit !== undefined) return () => hit;
  if (optional) return () => null;
  if (names.length <= 1) requireColumn(ctx, key, ref);
  throw configError(ctx, key, `none of the columns ${names.map((n) => `'${n}'`).join(', ')} is in the header (columns: ${[...columns].join(', ')})`);
}

/** Columns (references, alternatives unsplit) an expression reads, so that header files do not also copy them under their own names. */
export function exprColumns(e: Expr): string[] {
  if (typeof e === 'string') return e.includes('{') ? [...e.matchAll(TEMPLATE_REF)].map((m) => m[1]!) : [e];
  if (e.column) return [e.column];
  if (e.template) return [...e.template.matchAll(TEMPLATE_REF)].map((m) => m[1]!);
  return [];
}

export type SegmentsSpec = NonNullable<ExprSpec['segments']>;

/**
 * The part of a path-like text that "segments" asks for: the text up to the end of its `first` k segments, or the
 * segment `at` k alone; null when it has fewer. Empty segments (a leading or doubled separator) are not counted, so
 * `/23/49/335` and `23/49/335` have the same levels, and a prefix keeps the text's own form (`/23/49`).
 */
export function pathSegments(text: string, s: SegmentsSpec): string | null {
  const parts = text.split(s.separator);
  let seen = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!.trim();
    if (part === '') continue;
    seen++;
    if (seen === s.at) return part;
    if (seen === s.first) return parts.slice(0, i + 1).join(s.separator).trim();
  }
  return null;
}

export function compileExpr(e: Expr, ctx: CompileContext, key: string): CompiledExpr {
  const spec = typeof e === 'string' ? (e.includes('{') ? { template: e } : { column: e }) : e;
  // Taken from each column's text before a template fills it in, so the template's own text is never a segment.
  const segments = spec.segments;
  const segmentOf = (t: string): string => (segments ? (pathSegments(t, segments) ?? '') : t);
  let base: (cells: Cells) => { value: unknown; col: number };
  if (spec.column !== undefined) {
    const pick = pickColumn(ctx, key, spec.column);
    // Conversions work on the text as written; a plain copy keeps the header's type.
    const wantsText = spec.format !== undefined || spec.replace !== undefined || spec.map !== undefined || spec.partial !== undefined || segments !== undefined;
    base = (cells) => {
      const name = pick(cells);
      if (name === null) return { value: null, col: 1 };
      if (!wantsText) return { value: cells.get(name) ?? null, col: cells.col(name) };
      const t = segmentOf(cells.text(name) ?? '');
      return { value: t.trim() === '' ? null : t, col: cells.col(name) };
    };
  } else if (spec.template !== undefined) {
    const template = spec.template;
    const refs = [...template.matchAll(TEMPLATE_REF)].map((m) => m[1]!);
    if (!refs.length) throw configError(ctx, key, `the template '${template}' names no {column}`);
    const picks = refs.map((r) => pickColumn(ctx, key, r));
    // split() on a capturing pattern alternates literal text and column names: [text, name, text, name, text].
    const parts = template.split(TEMPLATE_REF);
    base = (cells) => {
      let any = false;
      let value = parts[0]!;
      // The first reference's column is where a bad value is reported.
      let first: string | null = null;
      for (let i = 1; i < parts.length; i += 2) {
        const name = picks[(i - 1) / 2]!(cells);
        if (i === 1) first = name;
        const t = name === null ? '' : segmentOf((cells.text(name) ?? '').trim());
        if (t !== '') any = true;
        value += t + parts[i + 1]!;
      }
      return { value: any ? (refs.length > 1 ? value.replace(/\s+/g, ' ').trim() : value.trim()) : null, col: first === null ? 1 : cells.col(first) };
    };
  } else {
    const value = spec.value;
    base = () => ({ value, col: 1 });
  }
  const replace = spec.replace ? Object.entries(spec.replace) : undefined;
  const map = spec.map;
  const hasDefault = spec.default !== undefined;
  const format = spec.format;
  const partial = spec.partial !== undefined;
  const split = spec.split;
  const scale = spec.scale;
  const ifMissing = spec.ifMissing ?? false;
  const required = spec.required ? exprColumns(spec).filter((r) => !columnRef(r).optional).map((r) => ({ ref: r, pick: pickColumn(ctx, key, r) })) : [];
  const where = ctx.mapping ? `${ctx.where}.${key}` : key;
  return (cells) => {
    for (const r of required) {
      const name = r.pick(cells);
      if (name === null || (cells.text(name) ?? '').trim() === '') {
        throw new RowError(name === null ? 1 : cells.col(name), `column '${name ?? columnRef(r.ref).names[0]}' is empty, and the mapping needs a value there (${where})`);
      }
    }
    const out = base(cells);
    let v = out.value;
    if (v !== null && replace && typeof v === 'string') for (const [from, to] of replace) v = (v as string).split(from).join(to);
    if (v !== null && map) {
      const k = String(v);
      if (Object.hasOwn(map, k)) v = map[k];
      else if (hasDefault) v = spec.default;
      else throw new RowError(out.col, `no entry for ${JSON.stringify(k)} in the mapping's "map" (${Object.keys(map).join(', ')})`);
    }
    if (v !== null && format) {
      try {
        const parsed = parseByPattern(String(v), format);
        v = parsed.hasTime ? parsed.dateTime : parsed.date;
      } catch (err) {
        throw new RowError(out.col, (err as Error).message);
      }
    }
    // A month or a year alone becomes its first day here; a full date goes on as text for the property's type.
    if (v !== null && partial && typeof v === 'string') v = partialDate(v, out.col);
    if (v !== null && split && typeof v === 'string') v = v.split(split).map((s) => s.trim()).filter(Boolean);
    if (v !== null && v !== undefined && scale !== undefined) v = scaled(v, scale, out.col);
    return { value: v ?? null, col: out.col, ifMissing };
  };
}

/** A number (or its text, thousands separators allowed) times `scale`, rounded to 15 digits so 1.1 × 10000 is 11000. */
function scaled(v: unknown, scale: number, col: number): number {
  const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim().replace(/,(?=\d{3}(\D|$))/g, '') : '';
  const n = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(n)) throw new RowError(col, `expected a number to multiply by ${scale}, got ${JSON.stringify(v)}`);
  return Number((n * scale).toPrecision(15));
}

/** "partial": "first": text that is a month or a year alone (2020年1月, 2020) as its first day, other dates as ISO. */
function partialDate(text: string, col: number): string {
  try {
    const iso = readDate(text, 'datetime', true);
    // Midnight UTC is what a date alone reads as; the property's type then keeps the day or the date-time.
    return iso.endsWith('T00:00:00Z') ? iso.slice(0, 10) : iso;
  } catch (err) {
    throw new RowError(col, (err as Error).message);
  }
}
