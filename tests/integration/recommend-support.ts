// Shared by the recommendation, diaspora, brokers and mutation specs: a GraphQL call through yoga.fetch as a given
// role and language, a fixture builder that writes its records through the importer's validated batch writer, a
// small seeded random generator for fixtures, and the demo dataset's raw JSON lines (read here, not by the loader).
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../server/db.js';
import type { Role } from '../../server/context.js';
import { createApp, type App } from '../../server/yoga.js';
import { DEMO_DIR } from '../../seed/demo/load.js';
import { nodeRow, relRow, writeBatch, type NodeRecord, type RelRecord } from '../../seed/import/writer.js';
import { testConfig } from '../support/db.js';

export interface GqlResult {
  data?: any;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }>;
}

/** An app whose caller's role comes from the x-test-role header (viewer when absent). */
export function makeApp(db: Db): Promise<App> {
  return createApp({
    // Concurrent heavy calls (brokers on separate graphs) are tested here; their limits are hostile-cost.spec.ts's.
    config: testConfig({ TB_HEAVY_PER_CALLER: '8', TB_HEAVY_CONCURRENCY: '8' }),
    db,
    resolveViewer: (request) => ({ role: (request.headers.get('x-test-role') as Role | null) ?? 'viewer', id: 'test' }),
  });
}

export async function gql(app: App, query: string, variables: Record<string, unknown> = {}, opts: { role?: Role; lang?: 'zh' | 'en' } = {}): Promise<GqlResult> {
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'accept-language': opts.lang ?? 'en',
      ...(opts.role ? { 'x-test-role': opts.role } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult;
}

/** The error code of the first error, or undefined. */
export const code = (r: GqlResult) => r.errors?.[0]?.extensions?.code as string | undefined;

export class Fixture {
  readonly nodes: NodeRecord[] = [];
  readonly rels: RelRecord[] = [];
  private readonly keys = new Set<string>();

  node(id: string, labels: string[], props: Record<string, unknown> = {}): string {
    this.nodes.push({ id, labels, props: { name: id, ...(labels[0] === 'Person' ? { consent: true } : {}), ...props } });
    return id;
  }

  /** One relationship per (type, start, end), as the importer stores them; later duplicates are ignored. */
  rel(type: string, start: string, end: string, props: Record<string, unknown> = {}): void {
    const key = `${type}|${start}|${end}`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.rels.push({ type, start, end, props });
  }

  has(type: string, start: string, end: string): boolean {
    return this.keys.has(`${type}|${start}|${end}`);
  }

  relsOf(type: string): RelRecord[] {
    return this.rels.filter((r) => r.type === type);
  }

  async write(db: Db): Promise<void> {
    await writeBatch(db, this.nodes.map(nodeRow), this.rels.map(relRow));
  }
}

/** A deterministic pseudo-random sequence in [0, 1) (mulberry32), so fixtures are the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)]!;
}

/** The demo's JSON lines as written in its files. */
export function demoLines(sub: 'nodes' | 'relationships'): any[] {
  const dir = path.join(DEMO_DIR, sub);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      fs
        .readFileSync(path.join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l)),
    );
}

/** The taxonomy relation weights and score weights of docs/scoring.md, restated for the tests' own computations. */
export const DOC = {
  exact: 1,
  narrower: [0.8, 0.65],
  broader: [0.5, 0.35],
  sibling: 0.3,
};

/**
 * The best weight with which `area` stands in for `wanted` in a taxonomy given as child -> parents, per
 * docs/scoring.md: exact 1; `area` one or two levels below `wanted` 0.8 / 0.65; above 0.5 / 0.35; same parent 0.3.
 */
export function taxonomyWeight(parents: ReadonlyMap<string, string[]>, wanted: string, area: string): number {
  if (wanted === area) return DOC.exact;
  const up = (from: string, depth: number): Map<string, number> => {
    const seen = new Map<string, number>();
    let frontier = [from];
    for (let d = 1; d <= depth; d++) {
      frontier = frontier.flatMap((x) => parents.get(x) ?? []);
      for (const x of frontier) if (!seen.has(x)) seen.set(x, d);
    }
    return seen;
  };
  let best = 0;
  const areaUp = up(area, 2).get(wanted);
  if (areaUp !== undefined) best = Math.max(best, DOC.narrower[areaUp - 1]!);
  const wantedUp = up(wanted, 2).get(area);
  if (wantedUp !== undefined) best = Math.max(best, DOC.broader[wantedUp - 1]!);
  const wp = parents.get(wanted) ?? [];
  if ((parents.get(area) ?? []).some((p) => wp.includes(p))) best = Math.max(best, DOC.sibling);
  return best;
}

export const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
