// The harness's personalised PageRank baseline (eval/cordis.ts) against a dense power series written here: on a small
// organisation-project graph, the visit mass per organisation after 2, 4 and 6 moves with restart 0.15.
import { describe, expect, it } from 'vitest';
import { Network, PPR_ALPHA, PPR_STEPS, personalisedPageRank } from '../../eval/cordis.js';

// Participations as "project organisation type" (the organisation's CORDIS activity type).
const ROWS = [
  ...['p1 firm PRC', 'p1 a PRC', 'p1 lab1 HES', 'p2 firm PRC', 'p2 b OTH'],
  ...['p3 a PRC', 'p3 lab2 REC', 'p3 lab3 HES', 'p4 b OTH', 'p4 lab2 REC'],
  ...['p5 lab3 HES', 'p5 lab4 HES', 'p6 x PRC', 'p6 lab5 HES'],
].map((row) => row.split(' ') as [string, string, string]);

/** Dense: node ids, row-stochastic moves to a uniformly chosen neighbour, the series summed at even move counts. */
function densePpr(source: string): Map<string, number> {
  const nodes = [...new Set(ROWS.flatMap(([p, o]) => [p, o]))];
  const index = new Map(nodes.map((n, i) => [n, i]));
  const nbr = nodes.map(() => [] as number[]);
  for (const [p, o] of ROWS) {
    nbr[index.get(p)!]!.push(index.get(o)!);
    nbr[index.get(o)!]!.push(index.get(p)!);
  }
  let v: number[] = nodes.map((n) => (n === source ? 1 : 0));
  const out = new Map<string, number>();
  for (let move = 1; move <= PPR_STEPS; move++) {
    const next = nodes.map(() => 0);
    v.forEach((m, i) => nbr[i]!.forEach((j) => (next[j]! += (m * (1 - PPR_ALPHA)) / nbr[i]!.length)));
    v = next;
    if (move % 2 === 0) v.forEach((m, i) => m > 0 && out.set(nodes[i]!, (out.get(nodes[i]!) ?? 0) + PPR_ALPHA * m));
  }
  return out;
}

describe('eval baselines', () => {
  const net = new Network(ROWS.map(([rcn, pic, type]) => ({ rcn, pic, type, role: 'participant', year: 2015 })));

  it('personalised PageRank matches a dense power series from the same source', () => {
    const got = personalisedPageRank(net, 'firm');
    const want = densePpr('firm');
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [o, m] of want) expect(got.get(o)).toBeCloseTo(m, 10);
    // Unreachable organisations get nothing; a lab two projects away outranks one three away.
    expect(got.has('lab5')).toBe(false);
    expect(got.get('lab2')!).toBeGreaterThan(got.get('lab4') ?? 0);
  });
});
