// The time slider on the canvas: which views' answers take an as-of date (explore's neighbourhoods too), the year
// positions the slider offers, and how a year becomes the date the API is asked with (the last day of that year, or
// today for the current year). "Now" is no date at all: the answer as it stands. Pure: the component renders and
// steps what these return.
import type { AppState } from '../url/url-state.js';

/** The first year the slider offers. */
export const FIRST_YEAR = 2000;

export type TimeView = 'explore' | 'bridges' | 'paths' | 'diaspora';

export function timeView(state: Pick<AppState, 'view'>): TimeView | null {
  return state.view === 'explore' || state.view === 'bridges' || state.view === 'paths' || state.view === 'diaspora' ? state.view : null;
}

/** The as-of date of the view, or null ("now"; also for views without one). */
export function viewAsOf(state: AppState): string | null {
  const v = timeView(state);
  if (v === 'explore') return state.explore.asOf ?? null;
  if (v === 'bridges') return state.bridges.asOf;
  if (v === 'paths') return state.paths.asOf;
  if (v === 'diaspora') return state.diaspora.asOf ?? null;
  return null;
}

/** The state with the view's as-of date changed (the pick goes back to the first item of the new answer). */
export function withAsOf(state: AppState, asOf: string | null): AppState {
  const v = timeView(state);
  if (v === 'explore') return { ...state, explore: { ...state.explore, asOf } };
  if (v === 'bridges') return { ...state, bridges: { ...state.bridges, asOf, pick: state.bridges.pick === null ? null : 0 } };
  if (v === 'paths') return { ...state, paths: { ...state.paths, asOf, pick: state.paths.pick === null ? null : 0 } };
  if (v === 'diaspora') return { ...state, diaspora: { ...state.diaspora, asOf } };
  return state;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDay(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The date a year stands for: its last day, or today when the year is the current one. */
export function yearDate(year: number, today = new Date()): string {
  return year >= today.getFullYear() ? isoDay(today) : `${year}-12-31`;
}

/** The year an as-of date falls in; null for "now". */
export function dateYear(asOf: string | null): number | null {
  if (!asOf) return null;
  const y = Number(asOf.slice(0, 4));
  return Number.isInteger(y) ? y : null;
}

export interface SliderModel {
  min: number;
  /** The last position is "now". */
  max: number;
  /** The position: a year, or max for "now". */
  value: number;
  isNow: boolean;
}

export function sliderModel(asOf: string | null, today = new Date()): SliderModel {
  const nowPos = today.getFullYear() + 1;
  const year = dateYear(asOf);
  const value = year === null ? nowPos : Math.min(Math.max(year, FIRST_YEAR), today.getFullYear());
  return { min: FIRST_YEAR, max: nowPos, value, isNow: year === null };
}

/** The as-of date of a slider position (max is "now": no date). */
export function positionAsOf(position: number, today = new Date()): string | null {
  return position > today.getFullYear() ? null : yearDate(Math.max(FIRST_YEAR, position), today);
}

/** One year on (or back); past the current year is "now", and "now" steps back to the current year. */
export function step(asOf: string | null, by: 1 | -1, today = new Date()): string | null {
  const m = sliderModel(asOf, today);
  return positionAsOf(Math.min(m.max, Math.max(m.min, m.value + by)), today);
}

/** Playing starts from the first year when it is at "now", and stops on reaching "now". */
export function playStart(asOf: string | null, today = new Date()): string | null {
  return asOf === null ? yearDate(FIRST_YEAR, today) : asOf;
}
