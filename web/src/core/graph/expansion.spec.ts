import { describe, expect, it } from 'vitest';
import { apiNode, apiRel, subgraph } from '../testing/fixtures.js';
import { cutByCaps, planExpansion, rankCandidates, takeTop } from './expansion.js';

const lab = apiNode('lab', 'Lab');

function hub(people: number, areas: number) {
  const nodes = [
    ...Array.from({ length: people }, (_, i) => apiNode(`p${i}`, 'Person')),
    ...Array.from({ length: areas }, (_, i) => apiNode(`t${i}`, 'TechArea')),
  ];
  // Person i is tied with strength i/people, so the strongest are the last ones.
  const edges = [
    ...Array.from({ length: people }, (_, i) => apiRel(`p${i}`, 'lab', 'WORKS_AT', { strength: i / people })),
    ...Array.from({ length: areas }, (_, i) => apiRel('lab', `t${i}`, 'RESEARCHES')),
  ];
  return subgraph(lab, nodes, edges, { Person: people + 40, TechArea: areas });
}

describe('guarded expansion', () => {
  it('adds everything when the new nodes stay within the limit', () => {
    const g = hub(150, 50);
    const plan = planExpansion(g, new Set(['lab']), 200);
    expect(plan.kind).toBe('add');
    if (plan.kind === 'add') expect(plan.fresh).toBe(200);
  });

  it('counts what is already drawn as not new', () => {
    const g = hub(150, 60);
    const drawn = new Set(['lab', ...Array.from({ length: 20 }, (_, i) => `p${i}`)]);
    expect(planExpansion(g, drawn, 200).kind).toBe('add');
  });

  it('asks when more than the limit would be added, with counts per type', () => {
    const g = hub(180, 30);
    const plan = planExpansion(g, new Set(['lab']), 200);
    expect(plan.kind).toBe('guard');
    if (plan.kind !== 'guard') return;
    expect(plan.fresh).toBe(210);
    expect(plan.tallies).toEqual([
      { type: 'Person', fresh: 180, total: 220 },
      { type: 'TechArea', fresh: 30, total: 30 },
    ]);
  });

  it('takes the strongest ties first, and only the chosen types', () => {
    const g = hub(180, 30);
    const plan = planExpansion(g, new Set(['lab']), 200);
    if (plan.kind !== 'guard') throw new Error('expected a guard');
    const top = takeTop(plan.subgraph, plan.onCanvas, 5, new Set(['Person']));
    expect(top.nodes.map((n) => n.id)).toEqual(['p179', 'p178', 'p177', 'p176', 'p175']);
    // Every edge kept joins two drawn nodes.
    const drawn = new Set(['lab', ...top.nodes.map((n) => n.id)]);
    expect(top.edges.length).toBe(5);
    for (const e of top.edges) expect(drawn.has(e.from) && drawn.has(e.to)).toBe(true);
  });

  it('brings the root along when it is not drawn yet', () => {
    const g = hub(250, 0);
    const plan = planExpansion(g, new Set(), 200);
    if (plan.kind !== 'guard') throw new Error('expected a guard');
    const top = takeTop(plan.subgraph, plan.onCanvas, 3);
    expect(top.nodes[0]!.id).toBe('lab');
    expect(top.nodes).toHaveLength(4);
  });

  it('places only the node itself with n = 0', () => {
    const g = hub(5, 0);
    const placed = takeTop(g, new Set(['p1', 'p2']), 0);
    expect(placed.nodes.map((n) => n.id)).toEqual(['lab']);
    expect(placed.edges.map((e) => e.from).sort()).toEqual(['p1', 'p2']);
  });

  it('ranks by number of ties to drawn nodes when strengths are equal', () => {
    const a = apiNode('a');
    const b = apiNode('b');
    const other = apiNode('other', 'Enterprise');
    const g = subgraph(lab, [a, b, other], [apiRel('a', 'lab'), apiRel('b', 'lab'), apiRel('b', 'other')]);
    expect(rankCandidates(g, new Set(['lab', 'other'])).map((n) => n.id)).toEqual(['b', 'a']);
  });

  it('reports what the server caps left out', () => {
    const g = hub(3, 0);
    g.truncated = [
      { kind: 'NODE_TYPE', type: 'Person', count: 12 },
      { kind: 'REL_TYPE', type: 'WORKS_AT', count: 12 },
      { kind: 'NODE_TYPE', type: 'Lab', count: 0 },
    ];
    expect(cutByCaps(g)).toEqual([{ type: 'Person', count: 12 }]);
  });
});
