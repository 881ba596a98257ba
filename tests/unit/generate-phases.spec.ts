// The generator's phase list is the one place a phase plugs in: names are unique, and a phase that reads a state
// part no earlier phase has made fails at once with the part's name instead of writing a half-made graph.
import { describe, expect, it } from 'vitest';
import { PHASES } from '../../seed/generate/generate.js';
import { GenerationState } from '../../seed/generate/state.js';

describe('generator phases', () => {
  it('have unique names, and every phase that reads state comes after the phase that makes it', () => {
    const names = PHASES.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.indexOf('regions')).toBeLessThan(names.indexOf('enterprises'));
    expect(names.indexOf('enterprises')).toBeLessThan(names.indexOf('labs'));
    expect(names.indexOf('persons')).toBeLessThan(names.indexOf('knows'));
    expect(names.indexOf('persons')).toBeLessThan(names.indexOf('pool-nodes'));
  });

  it('refuses to read a part before it is made, and to make a part twice', () => {
    const state = new GenerationState();
    expect(() => state.get('firms')).toThrow(/'firms' is read before/);
    state.put('pools', { members: new Int32Array(3) });
    expect(state.get('pools').members.length).toBe(3);
    expect(() => state.put('pools', { members: new Int32Array(1) })).toThrow(/'pools' is made twice/);
  });

  it('fails a phase run out of order with the missing part named', async () => {
    const persons = PHASES.find((p) => p.name === 'persons')!;
    const ctx = {
      n: 100,
      out: { node: () => ({ add: () => undefined }), rel: () => ({ add: () => undefined }), files: { nodes: new Map(), rels: [] } },
      state: new GenerationState(),
      rng: () => {
        throw new Error('no stream should be drawn before the state is checked');
      },
      progress: async () => undefined,
    };
    await expect(Promise.resolve().then(() => persons.run(ctx as never))).rejects.toThrow(/generator state 'regions'/);
  });
});
