// Turns text from a file into typed values twice over: first into the type its header declares (`age:int`), then
// into the type the model gives the property it lands on (server/model/model.ts). Each step throws ValueError with
// a reason short enough to follow `file:line:column:` in a report.
import type { PropType } from '../../server/model/model.js';
import type { CellType } from './header.js';

export class ValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ValueError';
  }
}

const INT = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const show = (v: unknown) => {
  const s = typeof v === 'string' ? JSON.stringify(v) : typeof v === 'bigint' ? `${v}` : JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Checked for every date cell of an import (millions in a large one), so it allocates nothing.
export function isValidDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const y = Number(text.slice(0, 4));
  const mo = Number(text.slice(5, 7));
  const d = Number(text.slice(8, 10));
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (mo === 2 && leap ? 29 : MONTH_DAYS[mo - 1]!);
}

function isValidDateTime(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text) && isValidDate(text.slice(0, 10)) && !Number.isNaN(Date.parse(text.replace(' ', 'T')));
}

/** Whole numbers beyond 2^53 stay exact as bigint; a later conversion decides whether the target can hold them. */
function parseInt(text: string): number | bigint {
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : BigInt(text);
}

/** One scalar cell in its declared type. Empty text is "no value" (null), as in neo4j-admin. */
export function parseScalar(text: string, type: CellType): unknown {
  const t = type === 'string' ? text : text.trim();
  if (t === '') return null;
  switch (type) {
    case 'string':
      return text;
    case 'int':
      if (!INT.test(t)) throw new ValueError(`expected a whole number (int), got ${show(text)}`);
      return parseInt(t);
    case 'float':
      if (!FLOAT.test(t)) throw new ValueError(`expected a number (float), got ${show(text)}`);
      return Number(t);
    case 'boolean': {
      const l = t.toLowerCase();
      if (l === 'true') return true;
      if (l === 'false') return false;
      throw new ValueError(`expected true or false (boolean), got ${show(text)}`);
    }
    case 'date':
      if (!isValidDate(t)) throw new ValueError(`expected a date YYYY-MM-DD, got ${show(text)}`);
      return t;
    case 'datetime':
      if (!isValidDateTime(t)) throw new ValueError(`expected an ISO date-time such as 2024-05-01T09:30:00Z, got ${show(text)}`);
      return t.replace(' ', 'T');
  }
}

/** A cell of a typed column, arrays split on the array delimiter. */
export function parseCell(text: string, type: CellType, array: boolean, arrayDelimiter: string): unknown {
  if (!array) return parseScalar(text, type);
  if (text.trim() === '') return null;
  return text.split(arrayDelimiter).map((part, i) => {
    try {
      return parseScalar(part, type);
    } catch (e) {
      throw new ValueError(`item ${i + 1} of the list: ${(e as Error).message}`);
    }
  });
}

/**
 * Reads text by a pattern of yyyy MM dd HH mm ss SSS (any other character must match itself), as foreign data
 * often writes dates as digits (`19891203`, `20100214153210447`). Returns an ISO date or date-time string.
 */
export function parseByPattern(text: string, pattern: string): { date: string; dateTime: string; hasTime: boolean } {
  const t = text.trim();
  const parts: Record<string, string> = {};
  let i = 0;
  let p = 0;
  const tokens = ['yyyy', 'SSS', 'MM', 'dd', 'HH', 'mm', 'ss'];
  while (p < pattern.length) {
    const token = tokens.find((tok) => pattern.startsWith(tok, p));
    if (token) {
      const chunk = t.slice(i, i + token.length);
      if (chunk.length !== token.length || !/^\d+$/.test(chunk)) throw new ValueError(`${show(text)} does not match the pattern ${pattern}`);
      parts[token] = chunk;
      i += token.length;
      p += token.length;
    } else {
      if (t[i] !== pattern[p]) throw new ValueError(`${show(text)} does not match the pattern ${pattern}`);
      i++;
      p++;
    }
  }
  if (i !== t.length) throw new ValueError(`${show(text)} does not match the pattern ${pattern}`);
  if (!parts.yyyy) throw new ValueError(`the pattern ${pattern} has no yyyy`);
  const date = `${parts.yyyy}-${parts.MM ?? '01'}-${parts.dd ?? '01'}`;
  if (!isValidDate(date)) throw new ValueError(`${show(text)} is not a real date (read as ${date} by the pattern ${pattern})`);
  const hasTime = parts.HH !== undefined;
  const hh = Number(parts.HH ?? 0);
  const mi = Number(parts.mm ?? 0);
  const ss = Number(parts.ss ?? 0);
  if (hh > 23 || mi > 59 || ss > 59) throw new ValueError(`${show(text)} has an impossible time of day`);
  const dateTime = `${date}T${parts.HH ?? '00'}:${parts.mm ?? '00'}:${parts.ss ?? '00'}.${parts.SSS ?? '000'}Z`;
  return { date, dateTime, hasTime };
}

/** A value already in JS form to what the model stores for a property of this type (dates stay ISO strings). */
export function toModelValue(value: unknown, type: PropType): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'string':
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
      throw new ValueError(`expected text, got ${show(value)}`);
    case 'string[]': {
      const list = Array.isArray(value) ? value : [value];
      return list
        .filter((v) => v !== null && v !== undefined && v !== '')
        .map((v) => {
          if (typeof v === 'string') return v;
          if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
          throw new ValueError(`expected a list of text, got ${show(value)}`);
        });
    }
    case 'int[]':
      return (Array.isArray(value) ? value : [value])
        .filter((v) => v !== null && v !== undefined && v !== '')
        .map((v) => toModelValue(v, 'int') as number);
    case 'int': {
      if (typeof value === 'bigint') throw new ValueError(`${value} is too large for a whole-number property`);
      const n = typeof value === 'string' && INT.test(value.trim()) ? Number(value) : value;
      if (typeof n === 'number' && Number.isSafeInteger(n)) return n;
      throw new ValueError(`expected a whole number, got ${show(value)}`);
    }
    case 'float': {
      const n = typeof value === 'string' && FLOAT.test(value.trim()) ? Number(value) : typeof value === 'bigint' ? Number(value) : value;
      if (typeof n === 'number' && Number.isFinite(n)) return n;
      throw new ValueError(`expected a number, got ${show(value)}`);
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
      throw new ValueError(`expected true or false, got ${show(value)}`);
    case 'date':
      if (typeof value === 'string' && isValidDate(value.trim())) return value.trim();
      if (typeof value === 'string' && isValidDateTime(value.trim())) return value.trim().slice(0, 10);
      throw new ValueError(`expected a date YYYY-MM-DD, got ${show(value)}`);
    case 'datetime':
      if (typeof value === 'string' && isValidDateTime(value.trim())) return value.trim().replace(' ', 'T');
      if (typeof value === 'string' && isValidDate(value.trim())) return `${value.trim()}T00:00:00Z`;
      throw new ValueError(`expected an ISO date-time, got ${show(value)}`);
  }
}
