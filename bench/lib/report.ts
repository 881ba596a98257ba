// The run's results: one JSON document, the same as Markdown tables, the issue's targets judged met or missed, and
// the section of bench/RESULTS.md for this graph size replaced by the new figures (the rest of that file, the
// analysis written by hand, is left as it is).
import fs from 'node:fs';
import path from 'node:path';
import type { BenchArgs } from './args.js';
import type { LoadResult } from '../load-worker.js';
import type { MachineInfo } from './machine.js';
import type { CaseResult } from './measure.js';
import { fmt, type Summary } from './stats.js';
import { breakdownLine, type MemoryBreakdown } from './server-memory.js';
import { cpuLine, type CpuSplit } from './cpu.js';

/** What a load run was, beside its figures; `cpu` where /proc could be read (absent from older reports). */
interface LoadRun {
  query: string;
  connections: number;
  paramSets: number;
  cpu?: CpuSplit;
}

export interface ImportFigures {
  nodes: number;
  relationships: number;
  nodeSeconds: number;
  relationshipSeconds: number;
  totalSeconds: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
  rowsPerSecond: number;
  schemaSeconds: number;
  /** What the importer itself reported, as it reported it. */
  summary?: unknown;
}

export interface PeerComparison {
  name: string;
  describe: string;
  /** How the two answers were checked to be the same. */
  sameAnswer: string;
  ours: { summary: Summary; errors: number; firstError?: string };
  peer: { summary: Summary; errors: number; firstError?: string };
  /** ours / peer at the median. */
  ratioP50: number;
  ratioP95: number;
}

export interface TargetRow {
  target: string;
  threshold: string;
  figure: string;
  met: boolean | null;
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  command: string;
  args: BenchArgs;
  machine: MachineInfo & { loadAverageEnd: number[] };
  neo4j: { version: string; heap: string; pageCache: string };
  graph: {
    persons: number;
    seed: number;
    dir: string;
    generateSeconds?: number;
    nodes: number;
    relationships: number;
    byLabel: Record<string, number>;
    byType: Record<string, number>;
  };
  import?: ImportFigures;
  /** One request with no work in it: `{ __typename }` over HTTP, and `RETURN 1` through the gateway. */
  floor?: { graphql: Summary; raw: Summary };
  latency: CaseResult[];
  peer: PeerComparison[];
  memory: {
    /** The server's own process (bench/lib/server-child.ts): highest VmRSS sampled while serving, at the end, VmHWM. */
    serverPeakMiB: number;
    serverEndMiB: number;
    serverHwmMiB: number;
    /** What the server's RSS was made of, as it sampled itself (absent from runs before it was recorded). */
    serverBreakdown?: MemoryBreakdown;
    /** The bench's process, generation and import included. */
    benchLifetimePeakMiB: number;
    neo4jPeakMiB: number | null;
    neo4jCurrentMiB: number | null;
  };
  load?: LoadResult & LoadRun;
  /** The mix that mirrors use (bench/lib/mixed-load.ts), after the bridges-only load. */
  mixedLoad?: LoadResult & LoadRun;
  targets: TargetRow[];
  /** The targets of issue 15 (bench/lib/targets.ts). */
  issue15?: TargetRow[];
  notes: string[];
}

/** Which column of the issue's targets applies: the 1M column from one million persons, else the 100k one. */
export function targetScale(persons: number): '100k' | '1M' {
  return persons >= 1_000_000 ? '1M' : '100k';
}

const LATENCY_TARGETS: Record<string, { '100k': number; '1M': number; label: string }> = {
  bridges: { '100k': 25, '1M': 50, label: 'bridges p95' },
  paths_k3: { '100k': 80, '1M': 150, label: 'paths k=3 p95' },
  search: { '100k': 10, '1M': 20, label: 'search p95' },
};

export const IMPORT_TARGET_ROWS_PER_S = 50_000;
export const OVERHEAD_TARGET = 1.2;

export function judgeTargets(r: Omit<BenchReport, 'targets'>): TargetRow[] {
  const scale = targetScale(r.graph.persons);
  const rows: TargetRow[] = [];
  for (const [name, t] of Object.entries(LATENCY_TARGETS)) {
    const c = r.latency.find((x) => x.name === name);
    const p95 = c?.graphql.summary.p95;
    rows.push({
      target: `${t.label} (GraphQL over HTTP)`,
      threshold: `≤ ${t[scale]} ms`,
      figure: c ? `${fmt(p95)} ms (raw Cypher ${fmt(c.raw.summary.p95)} ms)` : 'not measured',
      met: c && p95 !== undefined && !Number.isNaN(p95) && c.graphql.errors === 0 ? p95 <= t[scale] : null,
    });
  }
  if (r.import) {
    rows.push({
      target: 'import, nodes',
      threshold: `≥ ${IMPORT_TARGET_ROWS_PER_S.toLocaleString('en-US')} rows/s`,
      figure: `${fmt(r.import.nodesPerSecond)} rows/s`,
      met: r.import.nodesPerSecond >= IMPORT_TARGET_ROWS_PER_S,
    });
    rows.push({
      target: 'import, relationships',
      threshold: `≥ ${IMPORT_TARGET_ROWS_PER_S.toLocaleString('en-US')} rows/s`,
      figure: `${fmt(r.import.relationshipsPerSecond)} rows/s`,
      met: r.import.relationshipsPerSecond >= IMPORT_TARGET_ROWS_PER_S,
    });
    rows.push({
      target: 'import, all rows',
      threshold: `≥ ${IMPORT_TARGET_ROWS_PER_S.toLocaleString('en-US')} rows/s`,
      figure: `${fmt(r.import.rowsPerSecond)} rows/s (${fmt(r.import.totalSeconds)} s)`,
      met: r.import.rowsPerSecond >= IMPORT_TARGET_ROWS_PER_S,
    });
  } else {
    rows.push({ target: 'import', threshold: `≥ ${IMPORT_TARGET_ROWS_PER_S} rows/s`, figure: 'not run (--skip-import)', met: null });
  }
  for (const c of r.latency) {
    rows.push({
      target: `GraphQL overhead, ${c.name}`,
      threshold: `≤ ${OVERHEAD_TARGET}× raw (median)`,
      figure: `${c.ratioP50.toFixed(2)}× (p95 ${c.ratioP95.toFixed(2)}×)`,
      met: Number.isFinite(c.ratioP50) && c.graphql.errors === 0 && c.raw.errors === 0 ? c.ratioP50 <= OVERHEAD_TARGET : null,
    });
  }
  for (const p of r.peer) {
    rows.push({
      target: `no slower than @neo4j/graphql, ${p.name}`,
      threshold: '≤ 1.0× peer (median)',
      figure: `${fmt(p.ours.summary.p50)} vs ${fmt(p.peer.summary.p50)} ms (${p.ratioP50.toFixed(2)}×)`,
      met: p.ours.errors === 0 && p.peer.errors === 0 ? p.ratioP50 <= 1 : null,
    });
  }
  if (r.load) {
    const errors = r.load.non2xx + r.load.connectionErrors + r.load.timeouts + r.load.graphqlErrors;
    rows.push({
      target: `load: ${r.load.connections} clients on ${r.load.query}, ${r.load.durationS} s`,
      threshold: '0 errors',
      figure: `${errors} errors, ${fmt(r.load.requestsPerSecond)} req/s`,
      met: errors === 0,
    });
  }
  return rows;
}

const mark = (met: boolean | null) => (met === null ? 'n/a' : met ? 'met' : '**missed**');

/** Two measurements of the same requests, p50 p95 p99 each, then the first over the second at p50 and p95. */
function sideBySide(a: Summary, b: Summary, ratio: { ratioP50: number; ratioP95: number }): string[] {
  return [...[a.p50, a.p95, a.p99, b.p50, b.p95, b.p99].map(fmt), `${ratio.ratioP50.toFixed(2)}×`, `${ratio.ratioP95.toFixed(2)}×`];
}

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function targetsMarkdown(r: BenchReport): string {
  const scale = targetScale(r.graph.persons);
  const note = r.graph.persons < 100_000 ? ` (a ${r.graph.persons.toLocaleString('en-US')}-person graph, judged against the 100k column)` : '';
  return `Targets (${scale} column of issue 7${note}):\n\n${table(
    ['target', 'threshold', 'figure', 'result'],
    r.targets.map((t) => [t.target, t.threshold, t.figure, mark(t.met)]),
  )}`;
}

export function toMarkdown(r: BenchReport): string {
  const m = r.machine;
  const out: string[] = [];
  out.push(`### ${r.graph.persons.toLocaleString('en-US')} persons, seed ${r.graph.seed}`);
  out.push('');
  out.push(`Run ${r.startedAt} → ${r.finishedAt}. Command: \`${r.command}\``);
  out.push('');
  out.push(
    `Machine: ${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB; ${m.platform}; Node ${m.node}; ${m.java}; ${r.neo4j.version} ` +
      `(heap ${r.neo4j.heap}, page cache ${r.neo4j.pageCache}). Load average at start ${m.loadAverage.join(' / ')}, at end ${m.loadAverageEnd.join(' / ')}.`,
  );
  out.push('');
  out.push(
    `Graph: ${r.graph.nodes.toLocaleString('en-US')} nodes, ${r.graph.relationships.toLocaleString('en-US')} relationships` +
      (r.graph.generateSeconds !== undefined ? `; generated in ${fmt(r.graph.generateSeconds)} s` : '; generation reused') +
      `. Nodes by label: ${Object.entries(r.graph.byLabel).map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`).join(', ')}.`,
  );
  out.push('');
  if (r.import) {
    const i = r.import;
    out.push(
      table(
        ['import', 'rows', 'seconds', 'rows/s'],
        [
          ['nodes', i.nodes.toLocaleString('en-US'), fmt(i.nodeSeconds), fmt(i.nodesPerSecond)],
          ['relationships', i.relationships.toLocaleString('en-US'), fmt(i.relationshipSeconds), fmt(i.relationshipsPerSecond)],
          ['total (incl. schema)', (i.nodes + i.relationships).toLocaleString('en-US'), fmt(i.totalSeconds), fmt(i.rowsPerSecond)],
        ],
      ),
    );
    out.push('');
  }
  out.push(
    'Query latency, warm, milliseconds. GraphQL = POST /graphql over HTTP with a broker token, the web app\'s own documents; ' +
      'raw = the same named Cypher, same parameters, same order, through the same db gateway; as viewer = the same GraphQL without a token, every fifth rep, ' +
      'at most 90 s per query (masked answers, so no audit record of contact reads). Answer size = items in the GraphQL answer (KiB on the wire).',
  );
  out.push('');
  out.push(
    table(
      ['query', 'parameters', 'GraphQL p50', 'p95', 'p99', 'raw p50', 'p95', 'p99', 'GraphQL/raw p50', 'p95', 'as viewer p50', 'answer size', 'reps'],
      r.latency.map((c) => [
        c.name,
        c.describe,
        ...sideBySide(c.graphql.summary, c.raw.summary, c),
        c.viewer ? `${fmt(c.viewer.summary.p50)}${c.viewer.summary.n < Math.ceil(c.graphql.summary.n / 5) ? ` (${c.viewer.summary.n} reps)` : ''}` : '–',
        `${c.graphql.meanSize !== undefined ? fmt(c.graphql.meanSize) : '–'} (${c.graphql.meanBytes !== undefined ? `${fmt(c.graphql.meanBytes / 1024)} KiB` : '–'})`,
        `${c.graphql.summary.n}${c.graphql.errors + c.raw.errors ? ` (${c.graphql.errors}+${c.raw.errors} errors)` : ''}`,
      ]),
    ),
  );
  out.push('');
  if (r.floor) {
    out.push(
      `Fixed cost of one request with no work in it: \`{ __typename }\` over HTTP p50 ${fmt(r.floor.graphql.p50)} / p95 ${fmt(r.floor.graphql.p95)} ms; ` +
        `\`RETURN 1\` through the gateway p50 ${fmt(r.floor.raw.p50)} / p95 ${fmt(r.floor.raw.p95)} ms.`,
    );
    out.push('');
  }
  out.push('Slowest parameter sets on the raw side (median over their reps; GraphQL / raw, ms):');
  out.push('');
  for (const c of r.latency) {
    if (c.slowest?.length) out.push(`- ${c.name}: ${c.slowest.slice(0, 3).map((s) => `\`${s.param}\` ${fmt(s.graphqlMs)} / ${fmt(s.rawMs)}`).join('; ')}`);
  }
  out.push('');
  out.push('Named reads per request, as recorded from the resolvers and replayed on the raw side (→ in sequence, ‖ concurrently):');
  out.push('');
  for (const c of r.latency) if (c.reads) out.push(`- ${c.name}: ${c.reads}`);
  out.push('');
  if (r.peer.length) {
    out.push('Against @neo4j/graphql on the same Neo4j, same answer, milliseconds:');
    out.push('');
    out.push(
      table(
        ['query', 'parameters', 'ours p50', 'p95', 'p99', 'peer p50', 'p95', 'p99', 'ours/peer p50', 'p95', 'same answer'],
        r.peer.map((p) => [
          p.name,
          p.describe,
          ...sideBySide(p.ours.summary, p.peer.summary, p),
          p.sameAnswer,
        ]),
      ),
    );
    out.push('');
  }
  const mem = r.memory;
  out.push(
    `Memory: the Node server, in its own process, peak RSS while serving ${fmt(mem.serverPeakMiB)} MiB (VmRSS sampled every 100 ms; ` +
      `${fmt(mem.serverEndMiB)} MiB at the end, VmHWM ${fmt(mem.serverHwmMiB)} MiB); the bench's own process (generation and import) ` +
      `${fmt(mem.benchLifetimePeakMiB)} MiB; Neo4j JVM peak RSS (VmHWM) ${fmt(mem.neo4jPeakMiB)} MiB.`,
  );
  if (mem.serverBreakdown) out.push('', `The server's memory, ${breakdownLine(mem.serverBreakdown)}.`);
  out.push('');
  if (r.load) {
    const l = r.load;
    out.push(
      `Load: ${l.connections} concurrent clients POSTing \`${l.query}\` (${l.paramSets} parameter sets) for ${fmt(l.durationS)} s: ` +
        `${l.requests.toLocaleString('en-US')} requests, **${fmt(l.requestsPerSecond)} req/s**, latency p50 ${fmt(l.latencyMs.p50)} / p95 ${fmt(l.latencyMs.p95)} / p99 ${fmt(l.latencyMs.p99)} ms; ` +
        `errors: ${l.non2xx} non-2xx, ${l.graphqlErrors} GraphQL errors in 200 bodies, ${l.connectionErrors} connection errors, ${l.timeouts} timeouts` +
        (l.sampleError ? ` (sample: \`${l.sampleError.slice(0, 160).replace(/`/g, "'")}\`)` : '') +
        '.' +
        (l.cpu ? ` ${cpuLine(l.cpu, l.requests)}.` : ''),
    );
    out.push('');
  }
  if (r.mixedLoad) {
    out.push(mixedLoadMarkdown(r.mixedLoad));
    out.push('');
  }
  out.push(targetsMarkdown(r));
  if (r.issue15?.length) {
    out.push('');
    out.push(
      `Targets of issue 15 (thresholds for 1,000,000 persons${r.graph.persons < 1_000_000 ? `; this ${r.graph.persons.toLocaleString('en-US')}-person graph is judged against them for reference` : ''}):`,
    );
    out.push('');
    out.push(table(['target', 'threshold', 'figure', 'result'], r.issue15.map((t) => [t.target, t.threshold, t.figure, mark(t.met)])));
  }
  if (r.notes.length) {
    out.push('');
    out.push('Notes:');
    out.push('');
    for (const n of r.notes) out.push(`- ${n}`);
  }
  return out.join('\n') + '\n';
}

function mixedLoadMarkdown(l: NonNullable<BenchReport['mixedLoad']>): string {
  const errors = l.non2xx + l.graphqlErrors + l.connectionErrors + l.timeouts;
  const head =
    `Mixed load: ${l.connections} concurrent clients for ${fmt(l.durationS)} s on a mix that mirrors use (${l.query}; ${l.paramSets} distinct requests): ` +
    `${l.requests.toLocaleString('en-US')} requests, **${fmt(l.requestsPerSecond)} req/s**, latency p50 ${fmt(l.latencyMs.p50)} / p95 ${fmt(l.latencyMs.p95)} / p99 ${fmt(l.latencyMs.p99)} ms; ` +
    `${errors} errors (${l.non2xx} non-2xx, ${l.graphqlErrors} GraphQL errors in 200 bodies, ${l.connectionErrors} connection errors, ${l.timeouts} timeouts)` +
    (l.sampleError ? ` (sample: \`${l.sampleError.slice(0, 160).replace(/`/g, "'")}\`)` : '') +
    '.' +
    (l.cpu ? ` ${cpuLine(l.cpu, l.requests)}.` : '');
  if (!l.byKind) return head;
  return `${head}\n\n${table(
    ['kind', 'requests', 'p50', 'p95', 'p99', 'errors'],
    Object.entries(l.byKind).map(([k, f]) => [k, f.requests.toLocaleString('en-US'), fmt(f.latencyMs.p50), fmt(f.latencyMs.p95), fmt(f.latencyMs.p99), String(f.errors)]),
  )}`;
}

export function writeResults(r: BenchReport, dir: string): { json: string; md: string } {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = r.startedAt.replace(/[:.]/g, '-');
  const base = path.join(dir, `bench-${r.graph.persons}-${stamp}`);
  fs.writeFileSync(`${base}.json`, JSON.stringify(r, null, 2));
  fs.writeFileSync(`${base}.md`, toMarkdown(r));
  fs.copyFileSync(`${base}.json`, path.join(dir, `latest-${r.graph.persons}.json`));
  fs.copyFileSync(`${base}.md`, path.join(dir, `latest-${r.graph.persons}.md`));
  return { json: `${base}.json`, md: `${base}.md` };
}

/** Replaces (or appends) the section of RESULTS.md that holds the figures for this many persons. */
export function updateResultsFile(file: string, r: BenchReport): void {
  replaceFigures(file, String(r.graph.persons), toMarkdown(r));
}

/**
 * Replaces the section between `<!-- figures:<name>:start -->` and its end marker in RESULTS.md, or adds it before
 * the end-of-sections anchor (at the end when there is none), so that the prose around the figures stays as written.
 */
export function replaceFigures(file: string, name: string, markdown: string): void {
  const start = `<!-- figures:${name}:start -->`;
  const end = `<!-- figures:${name}:end -->`;
  const block = `${start}\n${markdown}${end}`;
  let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmark results\n';
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i >= 0 && j > i) text = text.slice(0, i) + block + text.slice(j + end.length);
  else {
    const anchor = '<!-- figures:end-of-sections -->';
    text = text.includes(anchor) ? text.replace(anchor, `${block}\n\n${anchor}`) : `${text.trimEnd()}\n\n${block}\n`;
  }
  fs.writeFileSync(file, text);
}
