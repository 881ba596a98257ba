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

const show = (v: unknown) => {
  const s = typeof v === 'string' ? JSON.stringify(v) : typeof v === 'bigint' ? `${v}` : JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const daysIn = (y: number, mo: number) => (mo === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : MONTH_DAYS[mo - 1]!);

/** The digit at `i` as a number, or -1: char codes, so that reading a date makes no strings. */
const digit = (text: string, i: number) => {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

// Checked for every date cell of an import (millions in a large one), so the YYYY-MM-DD case allocates nothing:
// no regex match array, no slices, only char codes.
export function isValidDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const d = digit(text, i);
    if (d < 0) return false;
    y = y * 10 + d;
  }
  const m1 = digit(text, 5);
  const m2 = digit(text, 6);
  const d1 = digit(text, 8);
  const d2 = digit(text, 9);
  if (m1 < 0 || m2 < 0 || d1 < 0 || d2 < 0) return false;
  const mo = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo);
}

function isValidDateTime(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text) && isValidDate(text.slice(0, 10)) && !Number.isNaN(Date.parse(text.replace(' ', 'T')));
}

/** What every refused date names, so the user sees at once how to write it. */
export const DATE_FORMS = '2020-01-31, 2020/1/31, 2020.1.31 or 2020年1月31日, year first, optionally with a time such as 9:30 or 09:30:00';

// Year-first forms as Excel on a Chinese (or any year-first) locale writes dates into text cells: the same
// separator twice, or 年月日; month and day of one or two digits.
const YMD = /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/;
// A month or a year alone: a date only where the mapping says so ("partial": "first").
const YM = /^(\d{4})(?:([-/.])(\d{1,2})|年(?:(\d{1,2})月)?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;
const YEAR_LAST = /^\d{1,2}([-/.])\d{1,2}\1\d{4}(\s|$)/;
const SHORT_YEAR = /^\d{1,2}(?:([-/.])\d{1,2}\1\d{1,2}|年\d{1,2}月(?:\d{1,2}日)?)(\s|$)/;

const pad2 = (s: string) => (s.length === 1 ? `0${s}` : s);

/** Why a date text is refused, ending with the accepted forms. */
function dateRefusal(text: string, partial: boolean): ValueError {
  const t = text.trim();
  const yearMonth = YM.exec(t);
  let why: string;
  if (YEAR_LAST.test(t)) why = `${show(text)} puts the day or month first; write the year first, as 01/02/2020 is 1 February in some places and 2 January in others`;
  else if (SHORT_YEAR.test(t)) why = `${show(text)} has a two-digit year, which could be read more than one way`;
  else if (yearMonth && !partial) {
    why = `${show(text)} is ${yearMonth[3] ?? yearMonth[4] ? 'a month' : 'a year'}, not a day; a mapping may read it as its first day with "partial": "first"`;
  } else why = `expected a date, got ${show(text)}`;
  return new ValueError(`${why} (accepted: ${DATE_FORMS})`);
}

/** Year, month, day and time as numbers checked against the calendar and the clock, into ISO text. */
function isoOf(text: string, y: string, mo: string, d: string, time: RegExpExecArray | null): { date: string; time: string | null } {
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const date = `${y}-${pad2(mo)}-${pad2(d)}`;
  if (month < 1 || month > 12) throw new ValueError(`${show(text)} is not a real date: there is no month ${month} (accepted: ${DATE_FORMS})`);
  if (day < 1 || day > daysIn(year, month)) throw new ValueError(`${show(text)} is not a real date: ${y}-${pad2(mo)} has ${daysIn(year, month)} days (accepted: ${DATE_FORMS})`);
  if (!time) return { date, time: null };
  const [, hh, mi, ss, ms] = time;
  if (Number(hh) > 23 || Number(mi) > 59 || Number(ss ?? 0) > 59) throw new ValueError(`${show(text)} has an impossible time of day (accepted: ${DATE_FORMS})`);
  return { date, time: `${pad2(hh!)}:${mi}:${ss ?? '00'}${ms ? `.${ms.padEnd(3, '0')}` : ''}` };
}

/**
 * A year-first date text that is not already ISO (2020/1/1, 2020年1月1日 9:30...): its ISO date and time of day
 * (local, as the sheet gives no zone). A month or a year alone is its first day when `partial` allows it.
 */
function readYearFirst(text: string, partial: boolean): { date: string; time: string | null } {
  const t = text.trim();
  const space = t.search(/\s/);
  const day = space < 0 ? t : t.slice(0, space);
  const time = space < 0 ? null : TIME.exec(t.slice(space).trim());
  if (space >= 0 && !time) throw dateRefusal(text, partial);
  const full = YMD.exec(day);
  if (full) return isoOf(text, full[1]!, full[3] ?? full[5]!, full[4] ?? full[6]!, time);
  const part = partial && !time ? YM.exec(day) : null;
  if (part) return isoOf(text, part[1]!, part[3] ?? part[4] ?? '1', '1', null);
  throw dateRefusal(text, partial);
}

/**
 * Date text in any accepted form to what the store keeps for a `date` (YYYY-MM-DD; a time of day is dropped, as
 * for an ISO date-time) or a `datetime` property (ISO; a date alone is midnight UTC, as an Excel date cell is).
 * `partial`: a month or a year alone (2020年1月, 2020年, 2020) reads as its first day.
 */
export function readDate(text: string, type: 'date' | 'datetime', partial = false): string {
  const t = text.trim();
  if (type === 'date') {
    if (isValidDate(t)) return t;
    if (isValidDateTime(t)) return t.slice(0, 10);
    return readYearFirst(t, partial).date;
  }
  if (isValidDateTime(t)) return t.replace(' ', 'T');
  if (isValidDate(t)) return `${t}T00:00:00Z`;
  const r = readYearFirst(t, partial);
  return r.time === null ? `${r.date}T00:00:00Z` : `${r.date}T${r.time}`;
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
    case 'datetime':
      return readDate(t, type);
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

const PATTERN_TOKENS = ['yyyy', 'SSS', 'MM', 'dd', 'HH', 'mm', 'ss', 'M', 'd', 'H'];
/** Single-letter tokens read one or two digits (2020/1/5 by yyyy/M/d) and stand for their two-letter form. */
const WIDE: Record<string, string> = { M: 'MM', d: 'dd', H: 'HH' };

/**
 * Reads text by a pattern of yyyy MM dd HH mm ss SSS (fixed widths) and M d H (one or two digits); any other
 * character must match itself, as foreign data often writes dates as digits (`19891203`, `20100214153210447`) or
 * as a locale does (`yyyy年M月d日`). Returns an ISO date or date-time string.
 */
export function parseByPattern(text: string, pattern: string): { date: string; dateTime: string; hasTime: boolean } {
  if (pattern.includes('|')) return byAlternatives(text, pattern.split('|'));
  if (pattern === EPOCH_MILLIS) return byEpochMillis(text);
  const t = text.trim();
  const parts: Record<string, string> = {};
  const mismatch = () => new ValueError(`${show(text)} does not match the pattern ${pattern}`);
  let i = 0;
  let p = 0;
  while (p < pattern.length) {
    const token = PATTERN_TOKENS.find((tok) => pattern.startsWith(tok, p));
    if (token) {
      const wide = WIDE[token];
      const width = wide && digit(t, i + 1) >= 0 ? 2 : token.length;
      const chunk = t.slice(i, i + (wide ? width : token.length));
      if (chunk.length < (wide ? 1 : token.length) || !/^\d+$/.test(chunk)) throw mismatch();
      parts[wide ?? token] = wide ? chunk.padStart(2, '0') : chunk;
      i += chunk.length;
      p += token.length;
    } else {
      if (t[i] !== pattern[p]) throw mismatch();
      i++;
      p++;
    }
  }
  if (i !== t.length) throw mismatch();
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

/** The pattern name for milliseconds since 1970-01-01 UTC (LDBC Datagen's LongDateFormatter, Java's getTime()). */
export const EPOCH_MILLIS = 'epochMillis';

/**
 * Alternatives (`yyyy-MM-dd|epochMillis`), tried in order, so that one mapping reads the same export written by
 * different formatters; text none of them reads is refused naming them all.
 */
function byAlternatives(text: string, patterns: string[]): { date: string; dateTime: string; hasTime: boolean } {
  const why: string[] = [];
  for (const p of patterns) {
    try {
      return parseByPattern(text, p);
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      why.push(e.message);
    }
  }
  throw new ValueError(`${show(text)} matches none of the patterns ${patterns.join(', ')} (${why.join('; ')})`);
}

function byEpochMillis(text: string): { date: string; dateTime: string; hasTime: boolean } {
  const t = text.trim();
  // Up to 15 digits keeps the value exact in a double and the year within what ISO text writes (before 33658).
  const ms = /^-?\d{1,15}$/.test(t) ? Number(t) : NaN;
  const d = new Date(ms);
  if (Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1 || d.getUTCFullYear() > 9999) {
    throw new ValueError(`${show(text)} is not a time in milliseconds since 1970-01-01 (the pattern ${EPOCH_MILLIS}) between the years 1 and 9999`);
  }
  const iso = d.toISOString();
  return { date: iso.slice(0, 10), dateTime: iso, hasTime: true };
}

/** Whether a mapping's `format` can read anything: its own fields filled with a real date and time must pass. */
export function isUsablePattern(pattern: string): boolean {
  if (pattern.includes('|')) return pattern.split('|').every(isUsablePattern);
  if (pattern === EPOCH_MILLIS) return true;
  const sample = pattern.replace(/yyyy|SSS|MM|dd|HH|mm|ss|M|d|H/g, (tok) => (tok === 'yyyy' ? '2000' : tok === 'SSS' ? '000' : /^[Md]/.test(tok) ? '01' : '00'));
  try {
    parseByPattern(sample, pattern);
    return true;
  } catch (e) {
    if (e instanceof ValueError) return false;
    throw e;
  }
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
    case 'datetime':
      if (typeof value === 'string') return readDate(value, type);
      throw new ValueError(`expected a date (${DATE_FORMS}), got ${show(value)}`);
  }
}
