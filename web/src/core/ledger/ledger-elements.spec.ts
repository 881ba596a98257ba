import { describe, expect, it } from 'vitest';
import type { ApiNodeSummary } from '../api/types.js';
import { chainIds, chainTies, introductionElements } from './ledger-elements.js';

const node = (id: string, type: ApiNodeSummary['type'] = 'Person'): ApiNodeSummary =>
  ({ id, type, labels: [type], name: id, nameZh: id, nameEn: null, illustrative: false }) as ApiNodeSummary;

describe('introductions on the canvas', () => {
  const firm = node('firm', 'Enterprise');
  const lab = node('lab', 'Lab');
  const a = node('a');
  const b = node('b');
  const broker = node('broker');

  it('draws the chain in the intermediaries order, with the broker at the firm', () => {
    const ties = chainTies({ id: 'i1', from: firm, to: lab, intermediaries: [b, a], broker });
    expect(ties.map((r) => `${r.from}>${r.to}`)).toEqual(['broker>firm', 'firm>b', 'b>a', 'a>lab']);
    expect(new Set(ties.map((r) => r.id)).size).toBe(4);
  });

  it('links firm and lab directly when nobody stood between them, and never a node to itself', () => {
    expect(chainTies({ id: 'i2', from: firm, to: lab, intermediaries: [], broker }).map((r) => `${r.from}>${r.to}`)).toEqual(['broker>firm', 'firm>lab']);
    // The broker may be the firm's own contact: no loop.
    expect(chainTies({ id: 'i3', from: firm, to: lab, intermediaries: [broker], broker }).map((r) => `${r.from}>${r.to}`)).toEqual([
      'broker>firm',
      'firm>broker',
      'broker>lab',
    ]);
  });

  it('shares nodes between introductions and keeps every tie', () => {
    const els = introductionElements(
      [
        { id: 'i1', from: firm, to: lab, intermediaries: [a], broker },
        { id: 'i2', from: firm, to: lab, intermediaries: [b], broker },
      ],
      'zh',
    );
    const nodes = els.filter((e) => e.group === 'nodes').map((e) => e.data.id);
    const edges = els.filter((e) => e.group === 'edges');
    expect(nodes.sort()).toEqual(['a', 'b', 'broker', 'firm', 'lab']);
    expect(edges).toHaveLength(6);
    expect(chainIds({ id: 'i2', from: firm, to: lab, intermediaries: [b], broker }).edges).toEqual(['intro:i2:0', 'intro:i2:1', 'intro:i2:2']);
  });
});
