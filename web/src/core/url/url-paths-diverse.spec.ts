import { describe, expect, it } from 'vitest';
import { decodeState, defaultState, encodeState, type AppState } from './url-state.js';

describe('URL state of the path view\'s shortest / diverse choice', () => {
  it('keeps "diverse" in the link and restores it', () => {
    const s: AppState = { ...defaultState('en'), view: 'paths', paths: { ...defaultState('en').paths, from: 'a', to: 'b', diverse: true } };
    expect(encodeState(s)).toContain('diverse=1');
    expect(decodeState(encodeState(s)).paths.diverse).toBe(true);
  });

  it('leaves it out for the shortest paths, the default', () => {
    const s: AppState = { ...defaultState('en'), view: 'paths', paths: { ...defaultState('en').paths, from: 'a', to: 'b' } };
    expect(encodeState(s)).not.toContain('diverse');
    expect(decodeState(encodeState(s)).paths.diverse ?? false).toBe(false);
    expect(decodeState('?v=paths&from=a&to=b&diverse=0').paths.diverse ?? false).toBe(false);
  });
});

describe('URL state of the fragility lens', () => {
  it('keeps frag=1 on the bridge and path views and restores it', () => {
    const d = defaultState('zh');
    const bridges: AppState = { ...d, view: 'bridges', bridges: { ...d.bridges, from: 'a', to: 'b', fragility: true } };
    expect(encodeState(bridges)).toContain('frag=1');
    expect(decodeState(encodeState(bridges)).bridges.fragility).toBe(true);
    const paths: AppState = { ...d, view: 'paths', paths: { ...d.paths, from: 'a', to: 'b', fragility: true } };
    expect(decodeState(encodeState(paths)).paths.fragility).toBe(true);
    expect(encodeState({ ...paths, paths: { ...paths.paths, fragility: false } })).not.toContain('frag');
  });
});
