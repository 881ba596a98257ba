// The bench's own arithmetic: the mixed load keeps its shares exactly and asks every sampled request in turn; the
// scaling history keeps one entry per size (the latest run replacing an earlier one), starts from the figures
// already in RESULTS.md, and the chart drawn from it has one line per answer.
import { describe, expect, it } from 'vitest';
import { historyFromResults, renderChart, scalingMarkdown, withRun } from '../../bench/lib/chart.js';
import { MIX, mixedBodies } from '../../bench/lib/mixed-load.js';
import type { CaseResult } from '../../bench/lib/measure.js';

const req = (name: string, i: number) => ({ query: `query ${name} { x }`, variables: { i } });

describe('mixed load', () => {
  const requests = new Map(
    ['search', 'neighbourhood', 'bridges', 'paths_k3', 'recommendLabs', 'recommendTalents', 'recommendCollaborators'].map((n) => [n, [0, 1, 2].map((i) => req(n, i))]),
  );

  it('keeps the shares of the mix in every 100 requests', () => {
    const { kinds } = mixedBodies(requests, 7, 3);
    expect(kinds).toHaveLength(300);
    for (let round = 0; round < 3; round++) {
      const slice = kinds.slice(round * 100, round * 100 + 100);
      for (const m of MIX) expect(slice.filter((k) => k === m.kind)).toHaveLength(m.percent);
    }
  });

  it('asks every parameter set of a kind in turn, and the recommendations from all three cases', () => {
    const { bodies, kinds } = mixedBodies(requests, 7, 1);
    const search = bodies.filter((_b, i) => kinds[i] === 'search').map((b) => (JSON.parse(b) as { variables: { i: number } }).variables.i);
    expect(search.slice(0, 6)).toEqual([0, 1, 2, 0, 1, 2]);
    const recommended = new Set(bodies.filter((_b, i) => kinds[i] === 'recommendations').map((b) => (JSON.parse(b) as { query: string }).query));
    expect(recommended).toEqual(new Set(['query recommendLabs { x }', 'query recommendTalents { x }', 'query recommendCollaborators { x }']));
  });

  it('refuses a mix whose case has no requests', () => {
    expect(() => mixedBodies(new Map([['search', [req('search', 0)]]]), 1, 1)).toThrow(/neighbourhood/);
  });
});

const result = (name: string, p95: number, errors = 0) => ({ name, graphql: { summary: { p95 }, errors } }) as unknown as CaseResult;

describe('scaling history and chart', () => {
  const markdown = [
    '<!-- figures:100000:start -->',
    'Run 2026-11-26T06:16:54.401Z → 2026-11-26T06:24:16.646Z.',
    '',
    '| query | parameters | GraphQL p50 | p95 | p99 | raw p50 |',
    '| --- | --- | --- | --- | --- | --- |',
    '| search | texts | 5.79 | 12.9 | 17.8 | 3.53 |',
    '| bridges | pairs | 29.0 | 1,131 | 181 | 24.3 |',
    '',
    '<!-- figures:100000:end -->',
  ].join('\n');

  it('starts from the p95 column of the published sections', () => {
    expect(historyFromResults(markdown)).toEqual({ sizes: [{ persons: 100000, at: '2026-11-26T06:16:54.401Z', p95: { search: 12.9, bridges: 1131 } }] });
  });

  it('keeps one entry per size, the latest run replacing the earlier, and leaves out answers with errors', () => {
    const first = withRun({ sizes: [] }, { graph: { persons: 10000 } as never, startedAt: 'a', latency: [result('search', 2), result('paths_k3', 5, 1)] });
    const second = withRun(withRun(first, { graph: { persons: 1000000 } as never, startedAt: 'b', latency: [result('search', 20)] }), {
      graph: { persons: 10000 } as never,
      startedAt: 'c',
      latency: [result('search', 3)],
    });
    expect(second.sizes).toEqual([
      { persons: 10000, at: 'c', p95: { search: 3 } },
      { persons: 1000000, at: 'b', p95: { search: 20 } },
    ]);
    expect(scalingMarkdown(second, 'scaling.svg')).toContain('| search | 3.00 | 20.0 | 6.7× |');
  });

  it('draws one line per answer', async () => {
    const history = {
      sizes: [
        { persons: 10000, at: 'a', p95: { search: 2, bridges: 9 } },
        { persons: 100000, at: 'b', p95: { search: 5, bridges: 30 } },
        { persons: 1000000, at: 'c', p95: { search: 20, bridges: 140 } },
      ],
    };
    const svg = await renderChart(history);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/class="mark-line role-mark"/g)).toHaveLength(2);
    expect(svg).toContain('>bridges</text>');
  });
});
