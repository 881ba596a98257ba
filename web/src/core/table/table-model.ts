// What the canvas holds, as two tables: its nodes (type, name in both languages, degree on the canvas, score when
// the answer has one, group when nodes sit in boxes) and its ties (type, from, to, dates, strength). Pure: rows are
// built from plain facts the canvas controller reports, then filtered, sorted and written as TSV here, so the table
// component only renders. Sorting and filtering never change which rows exist, only their order and visibility.
import type { ApiNodeSummary, ApiRelationship, Lang, NodeType } from '../api/types.js';
import { displayName, relLabel, typeLabel } from '../i18n/translate.js';

/** A drawn node as the canvas controller reports it. */
export interface CanvasNodeFact {
  node: ApiNodeSummary;
  /** Ties drawn at this node (hidden types left out). */
  degree: number;
  /** A figure in [0,1] the view drew the node by (a broker's normalised betweenness), if any. */
  score: number | null;
  /** The box the node is drawn in (a country, a community), in both languages. */
  group: { zh: string; en: string } | null;
  highlighted: boolean;
}

export interface CanvasTieFact {
  rel: ApiRelationship;
  highlighted: boolean;
}

export interface NodeRow {
  id: string;
  type: NodeType;
  typeText: string;
  nameZh: string;
  nameEn: string;
  degree: number;
  score: number | null;
  group: string | null;
  highlighted: boolean;
}

export interface TieRow {
  id: string;
  type: string;
  typeText: string;
  from: string;
  to: string;
  fromName: string;
  toName: string;
  start: string | null;
  end: string | null;
  strength: number | null;
  highlighted: boolean;
}

export function nodeRows(facts: readonly CanvasNodeFact[], lang: Lang): NodeRow[] {
  return facts.map(({ node, degree, score, group, highlighted }) => ({
    id: node.id,
    type: node.type,
    typeText: typeLabel(lang, node.type),
    nameZh: node.nameZh ?? displayName(node, 'zh'),
    nameEn: node.nameEn ?? '',
    degree,
    score,
    group: group ? group[lang] : null,
    highlighted,
  }));
}

/** A tie's start as the model records it: a start date, a "since", or a year. */
function tieDate(props: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = props[k];
    if (typeof v === 'string' && v.trim()) return v.slice(0, 10);
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  }
  return null;
}

export function tieRows(facts: readonly CanvasTieFact[], names: ReadonlyMap<string, ApiNodeSummary>, lang: Lang): TieRow[] {
  return facts.map(({ rel, highlighted }) => {
    const from = names.get(rel.from);
    const to = names.get(rel.to);
    const s = rel.properties.strength;
    return {
      id: rel.id,
      type: rel.type,
      typeText: relLabel(lang, rel.type),
      from: rel.from,
      to: rel.to,
      fromName: from ? displayName(from, lang) : rel.from,
      toName: to ? displayName(to, lang) : rel.to,
      start: tieDate(rel.properties, ['start', 'since', 'admittedOn', 'year', 'classYear']),
      end: tieDate(rel.properties, ['end']),
      strength: typeof s === 'number' && Number.isFinite(s) ? s : null,
      highlighted,
    };
  });
}

// ---- columns ------------------------------------------------------------------------------------------------

export type NodeColumn = 'type' | 'nameZh' | 'nameEn' | 'degree' | 'score' | 'group';
export type TieColumn = 'type' | 'from' | 'to' | 'start' | 'end' | 'strength';
export type SortDirection = 'ascending' | 'descending';
export interface Sort<C extends string> {
  column: C;
  direction: SortDirection;
}

type Cell = string | number | null;

export function nodeCell(row: NodeRow, column: NodeColumn): Cell {
  switch (column) {
    case 'type':
      return row.typeText;
    case 'nameZh':
      return row.nameZh || null;
    case 'nameEn':
      return row.nameEn || null;
    case 'degree':
      return row.degree;
    case 'score':
      return row.score;
    case 'group':
      return row.group;
  }
}

export function tieCell(row: TieRow, column: TieColumn): Cell {
  switch (column) {
    case 'type':
      return row.typeText;
    case 'from':
      return row.fromName;
    case 'to':
      return row.toName;
    case 'start':
      return row.start;
    case 'end':
      return row.end;
    case 'strength':
      return row.strength;
  }
}

/** The node columns worth showing for these rows: score and group only when some row has one. */
export function nodeColumns(rows: readonly NodeRow[]): NodeColumn[] {
  const cols: NodeColumn[] = ['type', 'nameZh', 'nameEn', 'degree'];
  if (rows.some((r) => r.score !== null)) cols.push('score');
  if (rows.some((r) => r.group !== null)) cols.push('group');
  return cols;
}

export const TIE_COLUMNS: readonly TieColumn[] = ['type', 'from', 'to', 'start', 'end', 'strength'];

/** Numbers sort as numbers, text in the language's order (pinyin for Chinese); empty cells always last. */
export function compareCells(a: Cell, b: Cell, lang: Lang): number {
  const emptyA = a === null || a === '';
  const emptyB = b === null || b === '';
  if (emptyA || emptyB) return Number(emptyA) - Number(emptyB);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator(lang).compare(String(a), String(b));
}

const collators = new Map<Lang, Intl.Collator>();
function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang === 'en' ? 'en' : 'zh-CN', { numeric: true, sensitivity: 'base' });
    collators.set(lang, c);
  }
  return c;
}

/**
 * Rows in the order of one column; rows equal on it keep a fixed order (by id), so sorting twice gives the same
 * table. Empty cells go last in both directions.
 */
export function sortRows<R extends { id: string }, C extends string>(rows: readonly R[], sort: Sort<C> | null, cell: (row: R, column: C) => Cell, lang: Lang): R[] {
  const out = [...rows];
  if (!sort) return out;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return out.sort((x, y) => {
    const a = cell(x, sort.column);
    const b = cell(y, sort.column);
    const emptyA = a === null || a === '';
    const emptyB = b === null || b === '';
    if (emptyA !== emptyB) return emptyA ? 1 : -1;
    const c = emptyA ? 0 : compareCells(a, b, lang) * sign;
    return c !== 0 ? c : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  });
}

/** The next sort after a click on a column header: ascending first, then descending, then back to ascending. */
export function nextSort<C extends string>(current: Sort<C> | null, column: C): Sort<C> {
  if (current?.column === column && current.direction === 'ascending') return { column, direction: 'descending' };
  return { column, direction: 'ascending' };
}

function normalise(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

/** Rows where every word of the query appears in one of the given cells (case and width folded). */
export function filterRows<R>(rows: readonly R[], query: string, texts: (row: R) => readonly Cell[]): R[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [...rows];
  return rows.filter((r) => {
    const hay = normalise(texts(r).filter((c) => c !== null).join('\u0001'));
    return words.every((w) => hay.includes(w));
  });
}

export function nodeSearchText(row: NodeRow): Cell[] {
  return [row.typeText, row.type, row.nameZh, row.nameEn, row.group, row.id];
}

export function tieSearchText(row: TieRow): Cell[] {
  return [row.typeText, row.type, row.fromName, row.toName, row.from, row.to, row.start, row.end];
}

function tsvCell(c: Cell): string {
  if (c === null) return '';
  // A tab or line break inside a cell would split it: spreadsheets read TSV without quoting.
  return String(c).replace(/[\t\r\n]+/g, ' ');
}

/** A header line and one line per row, tab-separated, as spreadsheets paste it. */
export function toTsv(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [headers.map(tsvCell).join('\t'), ...rows.map((r) => r.map(tsvCell).join('\t'))].join('\n');
}
