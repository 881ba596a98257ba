// The latency loop: for each query, the same parameter sets go through GraphQL over HTTP and through the same
// Cypher run directly, interleaved rep by rep (and the order flipped every rep), so that a noisy neighbour on the
// machine slows both paths alike instead of skewing the ratio.
import type { Db } from '../../server/db.js';
import type { GqlClient } from './http-client.js';
import { nowMs, summarize, type Summary } from './stats.js';

export interface GqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

const VIEWER_EVERY = 5;
/** The viewer path stops being sampled once it has taken this long for one query (it can be very slow). */
const VIEWER_BUDGET_MS = 90_000;

export interface BenchCase<P = Record<string, unknown>> {
  /** Name in the report (search, paths_k3, ...). */
  name: string;
  /** The GraphQL field it exercises. */
  field: string;
  /** What the parameters are, in a few words, for the report. */
  describe: string;
  params: P[];
  gql(p: P): GqlRequest;
  /** The same named queries, with the same parameters and in the same order as the resolver runs them. */
  raw(db: Db, p: P): Promise<unknown>;
  /** A short label of one parameter set, for the list of the slowest. */
  label?(p: P): string;
  /** Size of a GraphQL answer (rows, paths, hits) so the report can show both paths did comparable work. */
  size?(data: unknown): number;
  rawSize?(result: unknown): number;
  /** A write: every call takes a parameter set of its own, in order, never one used before; no viewer calls. */
  consumes?: boolean;
}

export interface PathResult {
  summary: Summary;
  errors: number;
  firstError?: string;
  meanSize?: number;
  meanBytes?: number;
}

export interface CaseResult {
  name: string;
  field: string;
  describe: string;
  paramSets: number;
  graphql: PathResult;
  raw: PathResult;
  /** The same GraphQL requests from an anonymous viewer (masked answers, no audit of contact reads). */
  viewer?: PathResult;
  /** The named reads one request makes, in order (‖ = concurrent). */
  reads?: string;
  /** Every parameter set, slowest on the raw side first (median over its reps), to point a profile at. */
  slowest?: Array<{ param: string; graphqlMs: number; rawMs: number }>;
  /** GraphQL / raw at the median and at p95. */
  ratioP50: number;
  ratioP95: number;
}

function finish(samples: number[], errors: number, firstError: string | undefined, sizes: number[], bytes: number[]): PathResult {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : undefined);
  return { summary: summarize(samples), errors, firstError, meanSize: mean(sizes), meanBytes: mean(bytes) };
}

export async function measureCase<P>(
  c: BenchCase<P> & { reads?: string },
  client: GqlClient,
  db: Db,
  opts: { reps: number; warmup: number; log?: (s: string) => void; viewer?: GqlClient },
): Promise<CaseResult> {
  const viewerMs: number[] = [];
  let viewerErrors = 0;
  let viewerFirst: string | undefined;
  const gqlMs: number[] = [];
  const rawMs: number[] = [];
  const gqlSizes: number[] = [];
  const rawSizes: number[] = [];
  const bytes: number[] = [];
  let gqlErrors = 0;
  let rawErrors = 0;
  let gqlFirst: string | undefined;
  let rawFirst: string | undefined;

  const perParam = new Map<P, { g: number[]; r: number[] }>();
  const slot = (p: P) => {
    let x = perParam.get(p);
    if (!x) perParam.set(p, (x = { g: [], r: [] }));
    return x;
  };
  const viaGql = async (p: P, record: boolean) => {
    const req = c.gql(p);
    try {
      const r = await client.post(req.query, req.variables);
      if (record) {
        gqlMs.push(r.ms);
        slot(p).g.push(r.ms);
        bytes.push(r.bytes);
        if (c.size) gqlSizes.push(c.size(r.data));
      }
    } catch (e) {
      if (record) gqlErrors++;
      gqlFirst ??= (e as Error).message;
    }
  };
  let viewerSpent = 0;
  const viaViewer = async (p: P, record: boolean) => {
    if (!opts.viewer || c.consumes || viewerSpent > VIEWER_BUDGET_MS) return;
    const req = c.gql(p);
    const t = nowMs();
    try {
      const r = await opts.viewer.post(req.query, req.variables);
      viewerSpent += nowMs() - t;
      if (record) viewerMs.push(r.ms);
    } catch (e) {
      viewerSpent += nowMs() - t;
      if (record) viewerErrors++;
      viewerFirst ??= (e as Error).message;
    }
  };
  const viaRaw = async (p: P, record: boolean) => {
    const t = nowMs();
    try {
      const result = await c.raw(db, p);
      const ms = nowMs() - t;
      if (record) {
        rawMs.push(ms);
        slot(p).r.push(ms);
        if (c.rawSize) rawSizes.push(c.rawSize(result));
      }
    } catch (e) {
      if (record) rawErrors++;
      rawFirst ??= (e as Error).message;
    }
  };

  const n = c.params.length;
  // A write case's warmup and reps each take the next unused parameter set.
  const at = (i: number, warm: boolean) => c.params[(c.consumes ? (warm ? i : opts.warmup + i) : i) % n]!;
  for (let i = 0; i < opts.warmup; i++) {
    const p = at(i, true);
    await viaGql(p, false);
    await viaRaw(p, false);
    if (i % VIEWER_EVERY === 0) await viaViewer(p, false);
  }
  const started = nowMs();
  for (let i = 0; i < opts.reps; i++) {
    const p = at(i, false);
    if (i % 2 === 0) {
      await viaGql(p, true);
      await viaRaw(p, true);
    } else {
      await viaRaw(p, true);
      await viaGql(p, true);
    }
    // The viewer path is a diagnostic (what masking and audit cost), sampled on every fifth rep to bound the run.
    if (i % VIEWER_EVERY === 0) await viaViewer(p, true);
  }
  const graphql = finish(gqlMs, gqlErrors, gqlFirst, gqlSizes, bytes);
  const raw = finish(rawMs, rawErrors, rawFirst, rawSizes, []);
  opts.log?.(
    `${c.name}: GraphQL p50 ${graphql.summary.p50.toFixed(2)} p95 ${graphql.summary.p95.toFixed(2)} ms, raw p50 ${raw.summary.p50.toFixed(2)} p95 ${raw.summary.p95.toFixed(2)} ms` +
      ` (${opts.reps} reps, ${((nowMs() - started) / 1000).toFixed(1)} s${gqlErrors + rawErrors ? `, ${gqlErrors} GraphQL / ${rawErrors} raw errors: ${gqlFirst ?? rawFirst}` : ''})`,
  );
  const median = (xs: number[]) => summarize(xs).p50;
  const slowest = [...perParam]
    .filter(([, x]) => x.r.length)
    .map(([p, x]) => ({ param: c.label ? c.label(p) : JSON.stringify(p).slice(0, 120), graphqlMs: median(x.g), rawMs: median(x.r) }))
    .sort((a, b) => b.rawMs - a.rawMs);
  return {
    slowest,
    name: c.name,
    field: c.field,
    describe: c.describe,
    reads: c.reads,
    paramSets: n,
    graphql,
    raw,
    viewer: opts.viewer ? finish(viewerMs, viewerErrors, viewerFirst, [], []) : undefined,
    ratioP50: graphql.summary.p50 / raw.summary.p50,
    ratioP95: graphql.summary.p95 / raw.summary.p95,
  };
}

/** Times one side alone (the @neo4j/graphql peer, or our server for the same request), warm, over the same params. */
export async function measureOne<P>(
  params: P[],
  run: (p: P) => Promise<number>,
  opts: { reps: number; warmup: number },
): Promise<{ summary: Summary; errors: number; firstError?: string }> {
  const ms: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  for (let i = 0; i < opts.warmup + opts.reps; i++) {
    try {
      const t = await run(params[i % params.length]!);
      if (i >= opts.warmup) ms.push(t);
    } catch (e) {
      if (i >= opts.warmup) errors++;
      firstError ??= (e as Error).message;
    }
  }
  return { summary: summarize(ms), errors, firstError };
}
