// Shared by the recommendation, diaspora, brokers and mutation specs: a GraphQL call through yoga.fetch as a given
// role and language (on the shared client), the fixture builder and seeded random generator of tests/support
// (re-exported for the specs that import them from here), and the demo dataset's raw JSON lines.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../server/db.js';
import type { Role } from '../../server/context.js';
import { createApp, type App } from '../../server/yoga.js';
import { DEMO_DIR } from '../../seed/demo/load.js';
import { testConfig, withGraph } from '../support/db.js';
import { gqlClient, type GqlResult } from '../support/gql.js';
import type { Fixture } from '../support/store.js';

export type { GqlResult } from '../support/gql.js';
export { Fixture } from '../support/store.js';
export { pick, seededRandom as random } from '../support/random.js';

/** The recommendation fixtures' tech areas: materials > alloys > al-alloys; materials > ceramics; ai > vision; other. */
export const TAXONOMY_AREAS: readonly string[] = ['t:materials', 't:alloys', 't:al-alloys', 't:ceramics', 't:ai', 't:vision', 't:other'];
/** Their PART_OF ties, child then parent. */
export const TAXONOMY_PARENTS: ReadonlyArray<readonly [string, string]> = [
  ['t:alloys', 't:materials'],
  ['t:al-alloys', 't:alloys'],
  ['t:ceramics', 't:materials'],
  ['t:vision', 't:ai'],
];

/** Regions written "id level parent" ('-' for no level; no parent at the top) as [id, level, parent], in order. */
export function regionTable(rows: string[]): Array<[string, string | null, string | null]> {
  return rows.map((row) => {
    const [id, level, parent] = row.split(' ');
    return [id!, level && level !== '-' ? level : null, parent ?? null];
  });
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

/**
 * The file's set-up: before its tests, an emptied graph with the fixture written and an app on it (handed to
 * `ready`); after them, the gateway closed.
 */
export function withFixture(db: Db, fx: Fixture, ready: (app: App) => void): void {
  withGraph(db, async () => {
    await fx.write(db);
    ready(await makeApp(db));
  });
}

/** A GraphQL call as `role` (the x-test-role header of makeApp), in English unless `lang` says otherwise. */
export async function gql(app: App, query: string, variables: Record<string, unknown> = {}, opts: { role?: Role; lang?: 'zh' | 'en' } = {}): Promise<GqlResult> {
  return gqlClient(app)(query, variables, { lang: opts.lang ?? 'en', headers: opts.role ? { 'x-test-role': opts.role } : {} });
}

/** The error code of the first error, or undefined. */
export const code = (r: GqlResult) => r.errors?.[0]?.extensions?.code as string | undefined;

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
