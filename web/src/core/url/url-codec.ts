// The pieces every part of the shareable URL (url-state, the desk's and the ledger's parts) reads and writes values
// with: bounded text, ISO dates, id lists, and a writer that leaves out empty values and defaults, so a link stays
// short. Reading never throws: a damaged value reads as null and the caller falls back to its default.

/** The value trimmed, or null when empty or longer than `max` (a pasted blob is not an id). */
export function boundedText(v: string | null, max: number): string | null {
  const t = v?.trim();
  return t && t.length <= max ? t : null;
}

/** A calendar date written YYYY-MM-DD that exists (no 2023-02-30), or null. */
export function isoDate(v: string | null): string | null {
  if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return null;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v ? v : null;
}

/** Ids in a list are separated by commas, so a comma inside an id is written as %2C. */
export function joinIds(list: readonly string[]): string {
  return list.map((s) => s.replace(/,/g, '%2C')).join(',');
}

export type ParamValue = string | number | boolean | readonly string[] | null | undefined;

/**
 * Writes `value` under `key` unless it says nothing: null, empty, false, an empty list, or equal to `fallback` (the
 * default the reader falls back to). A flag is written as 1, a list as joined ids.
 */
export function putParam(q: URLSearchParams, key: string, value: ParamValue, fallback?: string | number | null): void {
  if (value === null || value === undefined || value === '' || value === false || value === fallback) return;
  if (value === true) q.set(key, '1');
  else if (typeof value === 'object') {
    if (value.length) q.set(key, joinIds(value));
  } else q.set(key, String(value));
}
