import { describe, expect, it } from 'vitest';
import { defaultState } from '../url/url-state.js';
import { FIRST_YEAR, dateYear, playStart, positionAsOf, sliderModel, step, timeView, viewAsOf, withAsOf, yearDate } from './time-slider.js';

const today = new Date(2026, 4, 17); // 17 May 2026

describe('time slider', () => {
  it('knows the views whose answers take an as-of date', () => {
    expect(timeView({ view: 'paths' })).toBe('paths');
    expect(timeView({ view: 'bridges' })).toBe('bridges');
    expect(timeView({ view: 'diaspora' })).toBe('diaspora');
    expect(timeView({ view: 'brokers' })).toBeNull();
  });

  it('reads and writes the view\'s own as-of date, back to the first item of the new answer', () => {
    const s = { ...defaultState('en'), view: 'bridges' as const, bridges: { ...defaultState('en').bridges, pick: 3 } };
    const moved = withAsOf(s, '2019-12-31');
    expect(moved.bridges.asOf).toBe('2019-12-31');
    expect(moved.bridges.pick).toBe(0);
    expect(viewAsOf(moved)).toBe('2019-12-31');
    const d = withAsOf({ ...defaultState('en'), view: 'diaspora' }, '2010-12-31');
    expect(viewAsOf(d)).toBe('2010-12-31');
    const other = { ...defaultState('en'), view: 'brokers' as const };
    expect(withAsOf(other, '2010-12-31')).toBe(other);
  });

  it('a year is its last day, the current year is today', () => {
    expect(yearDate(2019, today)).toBe('2019-12-31');
    expect(yearDate(2026, today)).toBe('2026-05-17');
    expect(dateYear('2019-03-02')).toBe(2019);
    expect(dateYear(null)).toBeNull();
  });

  it('positions run from the first year to "now", one past the current year', () => {
    expect(sliderModel(null, today)).toEqual({ min: FIRST_YEAR, max: 2027, value: 2027, isNow: true });
    expect(sliderModel('2015-06-01', today).value).toBe(2015);
    expect(sliderModel('1990-01-01', today).value).toBe(FIRST_YEAR);
    expect(positionAsOf(2027, today)).toBeNull();
    expect(positionAsOf(2012, today)).toBe('2012-12-31');
  });

  it('steps a year at a time, into and out of "now"', () => {
    expect(step('2015-12-31', 1, today)).toBe('2016-12-31');
    expect(step('2025-12-31', 1, today)).toBe('2026-05-17');
    expect(step('2026-05-17', 1, today)).toBeNull();
    expect(step(null, 1, today)).toBeNull();
    expect(step(null, -1, today)).toBe('2026-05-17');
    expect(step(`${FIRST_YEAR}-12-31`, -1, today)).toBe(`${FIRST_YEAR}-12-31`);
    expect(playStart(null, today)).toBe(`${FIRST_YEAR}-12-31`);
    expect(playStart('2018-12-31', today)).toBe('2018-12-31');
  });
});
