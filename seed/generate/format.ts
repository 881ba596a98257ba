// The generator's calendar and number formats: dates are day numbers (days since 1970-01-01) formatted through a
// cache, and the run is "as of" a fixed day so that nothing depends on the clock.

/** Data are "as of" this day (30 June 2025). */
export const NOW = Date.UTC(2025, 5, 30) / 86_400_000;
export const REF_YEAR = 2025;

export const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000;

const DATE_BASE = dayOf(1900, 1, 1);
// Dense, so that lookups stay fast array reads (1900 to 2060).
const dateCache: string[] = new Array<string>(dayOf(2060, 1, 1) - DATE_BASE).fill('');

/** `YYYY-MM-DD` of a day number. */
export function ymd(day: number): string {
  const k = day - DATE_BASE;
  let s = dateCache[k]!;
  if (s === '') {
    s = new Date(day * 86_400_000).toISOString().slice(0, 10);
    dateCache[k] = s;
  }
  return s;
}

/** Two decimals, as every strength and weight column is written. */
export const f2 = (x: number): string => (Math.round(x * 100) / 100).toFixed(2);

/** The id part made from an English name: lower case letters and digits only. */
export const slug = (en: string): string => en.toLowerCase().replace(/[^a-z0-9]+/g, '');
