import { describe, expect, it } from 'vitest';
import { decodeState, defaultState, encodeState, type AppState } from './url-state.js';

function roundTrip(s: AppState): AppState {
  return decodeState(encodeState(s));
}

describe('URL state', () => {
  it('restores every view with its inputs, selection, expansions, filters and layout', () => {
    const bridges: AppState = {
      ...defaultState('en'),
      view: 'bridges',
      layout: 'concentric',
      selected: 'demo:person:x',
      hidden: ['Region', 'TechArea'],
      expanded: [{ id: 'demo:lab:tianmushan' }, { id: 'demo:region:qingtian', top: 50 }, { id: 'x', top: 10, types: ['Person', 'Lab'] }, { id: 'y', top: 0 }],
      bridges: { from: 'demo:enterprise:wuxing-aluminium', to: 'demo:lab:tianmushan', maxIntermediaries: 1, asOf: '2024-02-29', keep: 'organisations', pick: 2 },
    };
    expect(roundTrip(bridges)).toEqual(bridges);

    const paths: AppState = {
      ...defaultState('zh'),
      view: 'paths',
      paths: { from: 'a', to: 'b', k: 7, maxHops: 4, relTypes: ['KNOWS', 'WORKS_AT'], asOf: null, exclude: ['c', 'd,with,commas'], pick: 1 },
    };
    expect(roundTrip(paths)).toEqual(paths);

    const diaspora: AppState = { ...defaultState('zh'), view: 'diaspora', diaspora: { origin: 'demo:region:qingtian', techArea: 'demo:tech:metaverse' } };
    expect(roundTrip(diaspora)).toEqual(diaspora);

    const recommend: AppState = { ...defaultState('en'), view: 'recommend', recommend: { mode: 'talents', subject: 'demand:1', pick: 0 } };
    expect(roundTrip(recommend)).toEqual(recommend);

    const brokers: AppState = { ...defaultState('zh'), view: 'brokers', brokers: { scope: null, pick: 3 } };
    expect(roundTrip(brokers)).toEqual(brokers);

    const explore: AppState = { ...defaultState('zh'), explore: { root: '天目山' } };
    expect(roundTrip(explore)).toEqual(explore);
  });

  it('keeps only the current view and non-default values in the link', () => {
    const s = defaultState('zh');
    s.bridges.from = 'x';
    expect(encodeState(s)).toBe('?v=explore&lang=zh');
    s.view = 'paths';
    s.paths.k = 3;
    expect(encodeState(s)).toBe('?v=paths&lang=zh');
  });

  it('falls back to defaults value by value on a damaged link', () => {
    const s = decodeState('?v=nope&lang=fr&layout=spiral&hide=Person,Bogus&exp=,,a', 'en');
    expect(s.view).toBe('explore');
    expect(s.lang).toBe('en');
    expect(s.layout).toBe('fcose');
    expect(s.hidden).toEqual(['Person']);
    expect(s.expanded).toEqual([{ id: 'a' }]);

    const p = decodeState('?v=paths&k=99&hops=-1&asof=2023-02-30&rels=KNOWS,DROP_ALL&pick=x');
    expect(p.paths.k).toBe(3);
    expect(p.paths.maxHops).toBe(6);
    expect(p.paths.asOf).toBeNull();
    expect(p.paths.relTypes).toEqual(['KNOWS']);
    expect(p.paths.pick).toBeNull();

    const b = decodeState(`?v=bridges&mi=3&from=${'x'.repeat(500)}`);
    expect(b.bridges.maxIntermediaries).toBe(2);
    expect(b.bridges.from).toBeNull();
    expect(decodeState('?v=bridges&keep=PERSON').bridges.keep).toBe('both');
    expect(decodeState('?v=bridges&keep=people').bridges.keep).toBe('people');
  });
});
