// The canvas controller's keyboard model and table facts, on a headless Cytoscape.
import { describe, expect, it } from 'vitest';
import { apiNode, apiRel } from '../testing/fixtures.js';
import { graphElements, nodeElement } from '../graph/elements.js';
import { CanvasController, type FocusInfo } from './canvas-controller.js';
import type { ArrowDirection } from './keyboard-nav.js';

const firm = apiNode('f', 'Enterprise', { nameZh: '杭州五星铝业' });
const shen = apiNode('p', 'Person', { nameZh: '沈知远' });
const lab = apiNode('l', 'Lab', { nameZh: '天目山实验室' });
const region = apiNode('r', 'Region', { nameZh: '青田县' });
const rels = [apiRel('p', 'f', 'WORKS_AT', { strength: 0.9 }, 'pf'), apiRel('p', 'l', 'AFFILIATED_WITH', {}, 'pl'), apiRel('l', 'r', 'LOCATED_IN', {}, 'lr')];
const DIRECTIONS: ArrowDirection[] = ['up', 'down', 'left', 'right'];

function key(c: CanvasController, k: string): boolean {
  return c.handleKey({ key: k, altKey: false, ctrlKey: false, metaKey: false, preventDefault: () => {} });
}

async function chain() {
  const c = new CanvasController({ lang: 'zh', layout: 'breadthfirst' });
  const events: { select: (string | null)[]; expand: string[]; focus: (FocusInfo | null)[] } = { select: [], expand: [], focus: [] };
  c.setCallbacks({ onSelect: (id) => events.select.push(id), onExpand: (id) => events.expand.push(id), onFocus: (i) => events.focus.push(i) });
  await c.setContent(graphElements([firm, shen, lab, region], rels, 'zh'), { roots: ['f'] });
  return { c, events };
}

/** Where each arrow leads from the node the keyboard is on (coming back each time). */
function reachable(c: CanvasController): Set<string> {
  const from = c.focusedId!;
  const out = new Set<string>();
  for (const d of DIRECTIONS) {
    c.setFocus(from, false);
    const to = c.moveFocus(d);
    if (to && to !== from) out.add(to);
  }
  c.setFocus(from, false);
  return out;
}

describe('the graph by keyboard', () => {
  it('starts on the view root and announces name, type and degree', async () => {
    const { c, events } = await chain();
    expect(key(c, 'ArrowRight')).toBe(true);
    expect(c.focusedId).toBe('f');
    const info = events.focus.at(-1)!;
    expect(info.node.nameZh).toBe('杭州五星铝业');
    expect(info.node.type).toBe('Enterprise');
    expect(info.degree).toBe(1);
    c.destroy();
  });

  it('moves along ties: from the firm only to its one neighbour, from the person to both of its', async () => {
    const { c } = await chain();
    key(c, 'ArrowDown');
    expect(reachable(c)).toEqual(new Set(['p']));
    c.setFocus('p');
    const fromShen = reachable(c);
    expect(fromShen.has('f')).toBe(true);
    expect(fromShen.has('l')).toBe(true);
    c.destroy();
  });

  it('skips hidden types', async () => {
    const { c } = await chain();
    c.setHiddenTypes(['Region']);
    c.setFocus('l');
    expect(reachable(c).has('r')).toBe(false);
    c.destroy();
  });

  it('opens with Enter, expands with +, clears with Escape, and ignores keys with modifiers', async () => {
    const { c, events } = await chain();
    key(c, 'ArrowDown');
    expect(key(c, 'Enter')).toBe(true);
    expect(events.select).toEqual(['f']);
    expect(key(c, '+')).toBe(true);
    expect(events.expand).toEqual(['f']);
    expect(c.handleKey({ key: 'ArrowDown', altKey: false, ctrlKey: true, metaKey: false, preventDefault: () => {} })).toBe(false);
    expect(key(c, 'Escape')).toBe(true);
    expect(c.focusedId).toBeNull();
    expect(events.select.at(-1)).toBeNull();
    expect(events.focus.at(-1)).toBeNull();
    // Nothing focused: Enter and + are not the canvas's, so they pass on.
    expect(key(c, 'Enter')).toBe(false);
    expect(key(c, 'Tab')).toBe(false);
    c.destroy();
  });

  it('continues from a node chosen elsewhere, and forgets a node that is redrawn away', async () => {
    const { c } = await chain();
    c.select('l');
    expect(c.focusedId).toBe('l');
    await c.setContent(graphElements([firm], [], 'zh'));
    expect(c.focusedId).toBeNull();
    key(c, 'ArrowUp');
    expect(c.focusedId).toBe('f');
    c.destroy();
  });

  it('never lands on a group box', async () => {
    const c = new CanvasController({ lang: 'zh', layout: 'fcose' });
    await c.setContent([
      nodeElement(apiNode('it', 'Region'), 'zh', { labels: { zh: '意大利', en: 'Italy' } }),
      nodeElement(apiNode('a', 'Person'), 'zh', { parent: 'it' }),
      nodeElement(apiNode('b', 'Person'), 'zh', { parent: 'it' }),
      { group: 'nodes', data: { id: 'community:1', label: 'C1', type: 'Community' } },
    ]);
    const seen = new Set<string>();
    for (const k of ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'ArrowDown', 'ArrowRight']) {
      key(c, k);
      if (c.focusedId) seen.add(c.focusedId);
    }
    expect(seen.has('community:1')).toBe(false);
    c.destroy();
  });
});

describe('table facts', () => {
  it('lists the nodes shown with their degree and group, and the ties between them', async () => {
    const c = new CanvasController({ lang: 'zh', layout: 'fcose' });
    await c.setContent([
      nodeElement(apiNode('it', 'Region'), 'zh', { labels: { zh: '意大利 · 2 人', en: 'Italy · 2' } }),
      ...graphElements([shen, lab, region], rels, 'zh').map((e) => (e.data.id === 'p' ? { ...e, data: { ...e.data, parent: 'it' } } : e)),
    ]);
    c.highlight({ nodes: ['p', 'l'], edges: ['pl'] }, false);
    const facts = c.tableFacts();
    const byId = new Map(facts.nodes.map((n) => [n.node.id, n]));
    expect([...byId.keys()].sort()).toEqual(['it', 'l', 'p', 'r']);
    expect(byId.get('l')!.degree).toBe(2);
    expect(byId.get('p')!.group).toEqual({ zh: '意大利 · 2 人', en: 'Italy · 2' });
    expect(byId.get('p')!.highlighted).toBe(true);
    expect(byId.get('r')!.highlighted).toBe(false);
    // The firm is not drawn, so its tie is not either.
    expect(facts.ties.map((t) => t.rel.id).sort()).toEqual(['lr', 'pl']);
    c.setHiddenTypes(['Region']);
    const hidden = c.tableFacts();
    // A box is never hidden (its members would vanish with it), so the country stays listed.
    expect(hidden.nodes.map((n) => n.node.id).sort()).toEqual(['it', 'l', 'p']);
    expect(hidden.ties.map((t) => t.rel.id)).toEqual(['pl']);
    c.destroy();
  });
});
