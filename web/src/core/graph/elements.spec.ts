import { describe, expect, it } from 'vitest';
import { apiNode, apiPath, apiRel } from '../testing/fixtures.js';
import { edgeElement, graphElements, hasEnded, nodeElement, pathIds, pathsElements } from './elements.js';
import { NODE_STYLES, REL_STYLES, rampColor, stylesheet } from './styles.js';
import { NODE_TYPES, REL_TYPES } from '../api/types.js';

describe('elements', () => {
  it('labels nodes in the chosen language and classes them by type and role', () => {
    const tm = apiNode('p1', 'Person', { labels: ['Person', 'TechManager'], nameZh: '王经理', nameEn: 'Manager Wang', illustrative: true });
    const zh = nodeElement(tm, 'zh');
    expect(zh.data.label).toBe('王经理');
    expect(zh.classes).toBe('Person TechManager');
    expect(zh.data.illustrative).toBe(true);
    expect(nodeElement(tm, 'en').data.label).toBe('Manager Wang');
    const group = nodeElement(apiNode('it', 'Region'), 'en', { labels: { zh: '意大利 · 3 人', en: 'Italy · 3' }, parent: 'x' });
    expect(group.data.label).toBe('Italy · 3');
    expect(group.data.parent).toBe('x');
  });

  it('marks ended ties and clamps strength', () => {
    const ended = apiRel('a', 'b', 'WORKS_AT', { end: '2020-01-01', strength: 3 });
    expect(hasEnded(ended, '2024-05-01')).toBe(true);
    expect(hasEnded(apiRel('a', 'b', 'WORKS_AT', { end: '2030-01-01' }), '2024-05-01')).toBe(false);
    const e = edgeElement(ended, 'en', '2024-05-01');
    expect(e.classes).toBe('WORKS_AT ended');
    expect(e.data.strength).toBe(1);
    expect(e.data.label).toBe('works at');
    expect(edgeElement(apiRel('a', 'b', 'KNOWS'), 'zh').data.strength).toBe(0.5);
  });

  it('drops duplicates and edges whose ends are missing', () => {
    const a = apiNode('a');
    const b = apiNode('b', 'Lab');
    const r1 = apiRel('a', 'b', 'WORKS_AT', {}, 'e1');
    const dangling = apiRel('a', 'zzz', 'KNOWS', {}, 'e2');
    const els = graphElements([a, b, a], [r1, r1, dangling], 'zh');
    expect(els.map((e) => e.data.id)).toEqual(['a', 'b', 'e1']);
  });

  it('merges several paths and lists a path by ids', () => {
    const [a, b, c] = [apiNode('a'), apiNode('b'), apiNode('c')];
    const ab = apiRel('a', 'b', 'KNOWS', {}, 'ab');
    const bc = apiRel('b', 'c', 'KNOWS', {}, 'bc');
    const p1 = apiPath([a!, b!], [ab]);
    const p2 = apiPath([a!, b!, c!], [ab, bc]);
    expect(pathsElements([p1, p2], 'zh').map((e) => e.data.id)).toEqual(['a', 'b', 'c', 'ab', 'bc']);
    expect(pathIds(p2)).toEqual({ nodes: ['a', 'b', 'c'], edges: ['ab', 'bc'] });
  });
});

describe('styles', () => {
  it('gives every node type its own colour and shape pair, and every tie type a style rule', () => {
    const pairs = new Set(NODE_TYPES.map((t) => `${NODE_STYLES[t].color}/${NODE_STYLES[t].shape}`));
    expect(pairs.size).toBe(NODE_TYPES.length);
    const selectors = stylesheet().map((b) => ('selector' in b ? b.selector : ''));
    for (const t of NODE_TYPES) expect(selectors).toContain(`node.${t}`);
    for (const r of REL_TYPES) {
      expect(selectors).toContain(`edge.${r}`);
      expect(REL_STYLES[r].color).toMatch(/^#[0-9a-f]{6}$/);
    }
    // Highlight and dim come after the type rules so they win.
    expect(selectors.indexOf('edge.hl')).toBeGreaterThan(selectors.indexOf('edge.PART_OF'));
  });

  it('ramps colours between the two ends', () => {
    expect(rampColor(0, '#000000', '#ffffff')).toBe('#000000');
    expect(rampColor(1, '#000000', '#ffffff')).toBe('#ffffff');
    expect(rampColor(0.5, '#000000', '#ffffff')).toBe('#808080');
    expect(rampColor(7, '#000000', '#ffffff')).toBe('#ffffff');
  });
});
