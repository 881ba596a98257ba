// The scaling chart: a small JSON history that keeps, per graph size, the latest complete run's p95 of every
// answer (GraphQL over HTTP), and an SVG drawn from it with vega: p95 against persons on log-log axes, one line
// per answer. Both files live in the repository (bench/scaling.json, bench/scaling.svg); bench/RESULTS.md links
// the picture. Refreshed at the end of every complete run.
import fs from 'node:fs';
import * as vega from 'vega';
import { replaceFigures, type BenchReport } from './report.js';

export interface ScalingPoint {
  persons: number;
  /** When the run that gave these figures started. */
  at: string;
  /** p95 of each answer through GraphQL, ms. */
  p95: Record<string, number>;
}

export interface ScalingHistory {
  /** One entry per graph size, the latest complete run of that size. */
  sizes: ScalingPoint[];
}

/**
 * The p95 figures of every size in the generated sections of RESULTS.md (its latency tables), for a history that
 * does not exist yet: it starts from the figures already published rather than from nothing.
 */
export function historyFromResults(markdown: string): ScalingHistory {
  const sizes: ScalingPoint[] = [];
  for (const m of markdown.matchAll(/<!-- figures:(\d+):start -->([\s\S]*?)<!-- figures:\1:end -->/g)) {
    const section = m[2]!;
    const at = /Run (\S+) →/.exec(section)?.[1] ?? '';
    const table = section.slice(section.indexOf('| query | parameters | GraphQL p50'));
    const p95: Record<string, number> = {};
    for (const line of table.split('\n').slice(2)) {
      if (!line.startsWith('|')) break;
      const cells = line.split('|').map((c) => c.trim());
      const value = Number(cells[4]?.replace(/,/g, ''));
      if (cells[1] && Number.isFinite(value) && value > 0) p95[cells[1]] = value;
    }
    if (Object.keys(p95).length) sizes.push({ persons: Number(m[1]), at, p95 });
  }
  return { sizes: sizes.sort((a, b) => a.persons - b.persons) };
}

export function readHistory(file: string, resultsMd?: string): ScalingHistory {
  if (!fs.existsSync(file)) return resultsMd && fs.existsSync(resultsMd) ? historyFromResults(fs.readFileSync(resultsMd, 'utf8')) : { sizes: [] };
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<ScalingHistory>;
  return { sizes: Array.isArray(parsed.sizes) ? parsed.sizes : [] };
}

/** The history with this run's figures in place of any earlier run of the same size. */
export function withRun(history: ScalingHistory, r: Pick<BenchReport, 'graph' | 'startedAt' | 'latency'>): ScalingHistory {
  const p95: Record<string, number> = {};
  for (const c of r.latency) if (c.graphql.errors === 0 && Number.isFinite(c.graphql.summary.p95)) p95[c.name] = c.graphql.summary.p95;
  const point: ScalingPoint = { persons: r.graph.persons, at: r.startedAt, p95 };
  const sizes = [...history.sizes.filter((s) => s.persons !== point.persons), point].sort((a, b) => a.persons - b.persons);
  return { sizes };
}

/** The vega specification of the chart over these figures. */
export function chartSpec(history: ScalingHistory): vega.Spec {
  const values = history.sizes.flatMap((s) => Object.entries(s.p95).map(([answer, p95]) => ({ persons: s.persons, answer, p95: Math.max(p95, 0.01) })));
  return {
    $schema: 'https://vega.github.io/schema/vega/v6.json',
    width: 640,
    height: 400,
    padding: 8,
    background: 'white',
    title: { text: 'p95 of each answer against graph size (GraphQL over HTTP, warm)', anchor: 'start', fontSize: 14 },
    data: [{ name: 'figures', values }],
    scales: [
      { name: 'x', type: 'log', domain: { data: 'figures', field: 'persons' }, range: 'width', nice: true },
      { name: 'y', type: 'log', domain: { data: 'figures', field: 'p95' }, range: 'height', nice: true },
      { name: 'colour', type: 'ordinal', domain: { data: 'figures', field: 'answer', sort: true }, range: 'category' },
    ],
    axes: [
      { orient: 'bottom', scale: 'x', title: 'persons in the graph (log)', format: '~s', grid: true, values: history.sizes.map((x) => x.persons) },
      { orient: 'left', scale: 'y', title: 'p95, ms (log)', format: '~g', grid: true },
    ],
    legends: [{ stroke: 'colour', fill: 'colour', title: 'answer', orient: 'right', symbolType: 'stroke' }],
    marks: [
      {
        type: 'group',
        from: { facet: { name: 'series', data: 'figures', groupby: 'answer' } },
        marks: [
          {
            type: 'line',
            from: { data: 'series' },
            sort: { field: 'datum.persons' },
            encode: { enter: { x: { scale: 'x', field: 'persons' }, y: { scale: 'y', field: 'p95' }, stroke: { scale: 'colour', field: 'answer' }, strokeWidth: { value: 2 } } },
          },
          {
            type: 'symbol',
            from: { data: 'series' },
            encode: { enter: { x: { scale: 'x', field: 'persons' }, y: { scale: 'y', field: 'p95' }, fill: { scale: 'colour', field: 'answer' }, size: { value: 30 } } },
          },
        ],
      },
    ],
  } as vega.Spec;
}

export async function renderChart(history: ScalingHistory): Promise<string> {
  const view = new vega.View(vega.parse(chartSpec(history)), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Adds the run to the history file and redraws the chart beside it. */
export async function refreshScaling(
  r: Pick<BenchReport, 'graph' | 'startedAt' | 'latency'>,
  files: { history: string; svg: string; resultsMd?: string },
): Promise<ScalingHistory> {
  const history = withRun(readHistory(files.history, files.resultsMd), r);
  fs.writeFileSync(files.history, `${JSON.stringify(history, null, 2)}\n`);
  fs.writeFileSync(files.svg, await renderChart(history));
  return history;
}

/**
 * The generated section of RESULTS.md about scaling: the chart, and a table of each answer's p95 per size with how
 * much it grew from one size to the next (persons grow tenfold between the sizes the bench runs).
 */
export function scalingMarkdown(history: ScalingHistory, svgName: string): string {
  const sizes = history.sizes;
  const answers = [...new Set(sizes.flatMap((s) => Object.keys(s.p95)))].sort();
  const head = ['answer', ...sizes.map((s) => `p95 at ${s.persons.toLocaleString('en-US')}`), ...sizes.slice(1).map((s, i) => `× from ${sizes[i]!.persons.toLocaleString('en-US')} to ${s.persons.toLocaleString('en-US')}`)];
  const cell = (v: number | undefined) => (v === undefined ? '–' : v >= 100 ? v.toFixed(0) : v.toPrecision(3));
  const rows = answers.map((a) => [
    a,
    ...sizes.map((s) => cell(s.p95[a])),
    ...sizes.slice(1).map((s, i) => {
      const before = sizes[i]!.p95[a];
      const now = s.p95[a];
      return before && now ? `${(now / before).toFixed(1)}×` : '–';
    }),
  ]);
  const table = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  return [
    '### Scaling',
    '',
    `![p95 of each answer against graph size](${svgName})`,
    '',
    `p95 through GraphQL over HTTP, ms, from the latest complete run of each size (${sizes.map((s) => `${s.persons.toLocaleString('en-US')}: ${s.at.slice(0, 10)}`).join(', ')}).`,
    '',
    table,
    '',
  ].join('\n');
}

/** Replaces (or adds, before the end-of-sections anchor) the generated scaling section of RESULTS.md. */
export function updateScalingSection(file: string, markdown: string): void {
  replaceFigures(file, 'scaling', markdown);
}
