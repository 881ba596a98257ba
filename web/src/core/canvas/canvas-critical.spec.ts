import { describe, expect, it } from 'vitest';
import { apiNode, apiRel } from '../testing/fixtures.js';
import { graphElements } from '../graph/elements.js';
import { CanvasController } from './canvas-controller.js';

describe('canvas controller: critical nodes of the fragility lens', () => {
  it('marks the drawn ones, keeps the mark when content is added and replaced, and clears', async () => {
    const c = new CanvasController({ lang: 'en', layout: 'concentric' });
    const a = apiNode('a', 'Enterprise');
    const p = apiNode('p', 'Person');
    const b = apiNode('b', 'Lab');
    await c.setContent(graphElements([a, p], [apiRel('a', 'p', 'WORKS_AT', {}, 'e1')], 'en'));
    c.markCritical(['p', 'b', 'not-drawn']);
    expect(c.criticalNodes()).toEqual(['p']);
    // b arrives later: it is marked as soon as it is drawn.
    await c.add(graphElements([b], [apiRel('p', 'b', 'WORKS_AT', {}, 'e2')], 'en'));
    expect(c.criticalNodes()).toEqual(['b', 'p']);
    await c.setContent(graphElements([a, p], [], 'en'));
    expect(c.criticalNodes()).toEqual(['p']);
    c.markCritical(null);
    expect(c.criticalNodes()).toEqual([]);
    c.destroy();
  });
});
