import { describe, expect, it } from 'vitest';
import { step, timeView, viewAsOf, withAsOf } from '../time/time-slider.js';
import { decodeState, defaultState, encodeState } from './url-state.js';

describe('the region page and the explore view in the link', () => {
  it('keeps the region page and its region', () => {
    const s = { ...defaultState('en'), view: 'region' as const, region: { id: 'demo:region:qingtian' } };
    const link = encodeState(s);
    expect(link).toContain('v=region');
    expect(decodeState(link).region).toEqual({ id: 'demo:region:qingtian' });
    expect(decodeState('?v=region').region).toEqual({ id: null });
  });

  it("keeps explore's as-of date, and drops a damaged one", () => {
    const s = { ...defaultState('zh'), explore: { root: 'demo:lab:tianmushan', asOf: '2015-12-31' } };
    const back = decodeState(encodeState(s));
    expect(back.explore).toEqual({ root: 'demo:lab:tianmushan', asOf: '2015-12-31' });
    expect(decodeState('?v=explore&root=x&asof=2015-02-30').explore).toEqual({ root: 'x' });
  });

  it('keeps the diaspora map open in the link', () => {
    const s = { ...defaultState('zh'), view: 'diaspora' as const, diaspora: { origin: 'demo:region:qingtian', techArea: null, map: true } };
    expect(encodeState(s)).toContain('map=1');
    expect(decodeState(encodeState(s)).diaspora.map).toBe(true);
    expect(encodeState({ ...s, diaspora: { ...s.diaspora, map: false } })).not.toContain('map=');
    expect(decodeState('?v=diaspora&origin=x').diaspora.map).toBeUndefined();
  });

  it('puts the time slider on the explore view, stepping its date', () => {
    const today = new Date('2026-06-01T12:00:00Z');
    const s = { ...defaultState('zh'), explore: { root: 'x' } };
    expect(timeView(s)).toBe('explore');
    expect(viewAsOf(s)).toBeNull();
    const dated = withAsOf(s, '2010-12-31');
    expect(dated.explore).toEqual({ root: 'x', asOf: '2010-12-31' });
    expect(step(viewAsOf(dated), 1, today)).toBe('2011-12-31');
    expect(timeView({ view: 'region' })).toBeNull();
  });
});
