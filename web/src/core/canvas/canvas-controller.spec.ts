import { describe, expect, it } from 'vitest';
import { apiNode, apiRel } from '../testing/fixtures.js';
import { graphElements, nodeElement } from '../graph/elements.js';
import { CanvasController } from './canvas-controller.js';
import { cssEscape, LARGE_LAYOUT, layoutOptions, ringPositions, spreadFactor } from './layouts.js';

function star(n: number) {
  const root = apiNode('root', 'Lab', { nameZh: '天目山实验室', nameEn: 'Tianmushan Laboratory' });
  const people = Array.from({ length: n }, (_, i) => apiNode(`p${i}`, i % 2 ? 'Person' : 'Enterprise'));
  return { root, people, rels: people.map((p, i) => apiRel(p.id, 'root', 'WORKS_AT', {}, `e${i}`)) };
}

describe('canvas controller (headless)', () => {
  it('draws content, lays it out and reports counts per type', async () => {
    const c = new CanvasController({ lang: 'zh', layout: 'fcose' });
    const { root, people, rels } = star(6);
    await c.setContent(graphElements([root, ...people], rels, 'zh'), { roots: ['root'] });
    const s = c.snapshot();
    expect(s.nodeCount).toBe(7);
    expect(s.edgeCount).toBe(6);
    expect(s.typeCounts).toEqual({ Lab: 1, Enterprise: 3, Person: 3 });
    expect(s.layoutRunning).toBe(false);
    c.destroy();
  });

  it('adds only what is new and skips edges to nodes not drawn', async () => {
    const c = new CanvasController({ lang: 'zh', layout: 'concentric' });
    const { root, people, rels } = star(3);
    await c.setContent(graphElements([root], [], 'zh'));
    const extra = apiRel('p0', 'nowhere', 'KNOWS', {}, 'dangling');
    const added = await c.add([...graphElements([root, ...people], rels, 'zh'), ...graphElements([], [extra], 'zh')], { around: 'root' });
    expect(added.sort()).toEqual(['p0', 'p1', 'p2']);
    expect(c.snapshot().edgeCount).toBe(3);
    expect(await c.add(graphElements([root, ...people], rels, 'zh'))).toEqual([]);
    c.destroy();
  });

  it('highlights a chain, dims the rest and clears', async () => {
    const c = new CanvasController({ lang: 'en', layout: 'breadthfirst' });
    const { root, people, rels } = star(4);
    await c.setContent(graphElements([root, ...people], rels, 'en'), { roots: ['root'] });
    c.highlight({ nodes: ['p1', 'root', 'missing'], edges: ['e1'] });
    const s = c.snapshot();
    expect(s.highlighted).toEqual(['p1', 'root']);
    expect(s.highlightedEdges).toBe(1);
    c.highlight(null);
    expect(c.snapshot().highlighted).toEqual([]);
    c.destroy();
  });

  it('keeps compound parents before their children and exports only API nodes', async () => {
    const c = new CanvasController({ lang: 'zh', layout: 'fcose' });
    const country = apiNode('it', 'Region');
    const city = apiNode('milan', 'Region');
    const person = apiNode('p', 'Person');
    // Children listed before parents on purpose.
    await c.setContent([
      nodeElement(person, 'zh', { parent: 'milan' }),
      nodeElement(city, 'zh', { parent: 'it', classes: ['group-city'] }),
      nodeElement(country, 'zh', { labels: { zh: '意大利 · 1 人', en: 'Italy · 1' } }),
      { group: 'nodes', data: { id: 'community:1', label: 'C1', type: 'Community' } },
    ]);
    expect(c.snapshot().groups).toBe(1);
    expect(c.subgraph().nodes.map((n) => n.id).sort()).toEqual(['it', 'milan', 'p']);
    c.setLang('en');
    expect(c.node('it')?.id).toBe('it');
    c.destroy();
  });

  it('hides filtered types but never a compound parent', async () => {
    const c = new CanvasController({ lang: 'zh', layout: 'fcose' });
    await c.setContent([nodeElement(apiNode('p', 'Person'), 'zh', { parent: 'r' }), nodeElement(apiNode('r', 'Region'), 'zh'), nodeElement(apiNode('q', 'Region'), 'zh')]);
    c.setHiddenTypes(['Region', 'Person']);
    // Reading classes through the exported API: the hidden ones are not "visible" after styling.
    const visible = c.visibleNodeIds();
    expect(visible).toEqual(['r']);
    c.destroy();
  });
});

describe('layouts', () => {
  it('spreads a packed layout to the target density and never shrinks one', () => {
    // 400 nodes packed into 200 px: scaled to sqrt(400) * 55 = 1100 px across.
    expect(spreadFactor({ w: 200, h: 100 }, 400)).toBeCloseTo(5.5);
    expect(spreadFactor({ w: 5000, h: 5000 }, 400)).toBe(1);
    expect(spreadFactor({ w: 0, h: 0 }, 400)).toBe(1);
    expect(spreadFactor({ w: 10, h: 10 }, 1)).toBe(1);
  });

  it('lays out a large graph quickly and spreads it out', async () => {
    const c = new CanvasController({ lang: 'en', layout: 'fcose' });
    const n = LARGE_LAYOUT + 100;
    const nodes = Array.from({ length: n }, (_, i) => apiNode(`n${i}`));
    const rels = nodes.slice(1).map((x, i) => apiRel(x.id, `n${Math.floor(i / 3)}`, 'KNOWS', {}, `e${i}`));
    await c.setContent(graphElements(nodes, rels, 'en'));
    const extent = c.extent();
    expect(Math.max(extent.w, extent.h)).toBeGreaterThanOrEqual(Math.sqrt(n) * 55 * 0.95);
    c.destroy();
  });

  it('escapes ids for selectors and spreads new nodes on a ring', () => {
    expect(cssEscape('demo:lab:tianmushan')).toBe('demo\\:lab\\:tianmushan');
    const ring = ringPositions({ x: 10, y: 20 }, 4);
    expect(ring).toHaveLength(4);
    const r = Math.hypot(ring[0]!.x - 10, ring[0]!.y - 20);
    for (const p of ring) expect(Math.hypot(p.x - 10, p.y - 20)).toBeCloseTo(r);
  });

  it('uses the spectral layout alone on large graphs and refines small ones from where they are', () => {
    const big = layoutOptions('fcose', { nodeCount: 2000, roots: [], incremental: false }) as unknown as Record<string, unknown>;
    expect(big.animate).toBe(false);
    expect(big.quality).toBe('draft');
    expect(big.randomize).toBe(true);
    const inc = layoutOptions('fcose', { nodeCount: LARGE_LAYOUT - 1, roots: [], incremental: true }) as unknown as Record<string, unknown>;
    expect(inc.randomize).toBe(false);
    expect(inc.quality).toBe('default');
    const small = layoutOptions('breadthfirst', { nodeCount: 10, roots: ['a:b'], incremental: false }) as unknown as Record<string, unknown>;
    expect(small.animate).toBe(true);
    expect(small.roots).toBe('#a\\:b');
  });
});
