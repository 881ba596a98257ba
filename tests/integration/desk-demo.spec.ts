// The order desk on the demo dataset: deskStats equals the 48-hour record worked out in this test from the demo's
// files (seed/demo/nodes, relationships, desk), at fixed instants, in total and per month, pool and county; the
// queue and a demand's shortlist match the files; the Lishui pool's classified index lists what the files admit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_DIR, loadDemo } from '../../seed/demo/load.js';
import type { Role } from '../../server/context.js';
import { createApp, type App } from '../../server/yoga.js';
import { resetGraph, testConfig, testDb } from '../support/db.js';
import { demoLines, type GqlResult } from './recommend-support.js';

const db = testDb();
let app: App;

const nodes = demoLines('nodes');
const rels = demoLines('relationships');
const shortlists = fs
  .readFileSync(path.join(DEMO_DIR, 'desk', 'shortlists.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { demand: string; person: string; props: Record<string, any> });
const byId = new Map(nodes.map((n: any) => [n.id, n]));
const demands = nodes.filter((n: any) => n.labels.includes('Demand'));

const ms = (s: string | undefined) => (s ? Date.parse(s) : null);

/** The figures of docs/model.md for a set of demand nodes at `asOf`, worked out from the files. */
function expectedFigures(set: any[], asOf: number) {
  let answered = 0, inTime = 0, open = 0, overdue = 0, missed = 0, accepted = 0, declined = 0, withdrawn = 0;
  const hours: number[] = [];
  for (const d of set) {
    const p = d.props;
    const answeredAt = ms(p.answeredAt);
    const closedAt = ms(p.closedAt);
    const due = ms(p.responseDue)!;
    const isAnswered = answeredAt !== null && answeredAt <= asOf;
    const isClosed = closedAt !== null && closedAt <= asOf;
    if (isAnswered) {
      answered += 1;
      hours.push((answeredAt! - ms(p.postedAt)!) / 3_600_000);
      if (answeredAt! <= due) inTime += 1;
    }
    if (!isAnswered && !isClosed) {
      open += 1;
      if (due < asOf) overdue += 1;
    }
    if (isClosed && p.status === 'accepted') accepted += 1;
    if (isClosed && p.status === 'declined') declined += 1;
    if (isClosed && p.status === 'withdrawn') {
      withdrawn += 1;
      if (!isAnswered && closedAt! > due) missed += 1;
    }
  }
  const pct = (q: number) => {
    if (!hours.length) return null;
    const s = [...hours].sort((a, b) => a - b);
    const pos = (s.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return Math.round((s[lo]! + (s[hi]! - s[lo]!) * (pos - lo)) * 10_000) / 10_000;
  };
  const r4 = (x: number) => Math.round(x * 10_000) / 10_000;
  return {
    posted: set.length,
    answered,
    answeredInTime: inTime,
    answeredLate: answered - inTime,
    inTimeShare: answered + overdue + missed > 0 ? r4(inTime / (answered + overdue + missed)) : null,
    medianHoursToAnswer: pct(0.5),
    p90HoursToAnswer: pct(0.9),
    accepted,
    declined,
    withdrawn,
    acceptanceRate: accepted + declined > 0 ? r4(accepted / (accepted + declined)) : null,
    open,
    overdue,
  };
}

const parentsOf = (id: string) => rels.filter((r: any) => r.type === 'PART_OF' && r.start === id).map((r: any) => r.end as string);
function countyOf(regionId: string): string {
  let frontier = [regionId];
  for (let i = 0; i < 4 && frontier.length; i++) {
    const county = frontier.find((r) => byId.get(r)?.props.level === 'county');
    if (county) return county;
    frontier = frontier.flatMap(parentsOf);
  }
  return 'none';
}
function poolOf(regionId: string): string {
  let frontier = [regionId];
  for (let i = 0; i < 5 && frontier.length; i++) {
    const pools = rels.filter((r: any) => r.type === 'LOCATED_IN' && frontier.includes(r.end) && byId.get(r.start)?.labels.includes('TalentPool')).map((r: any) => r.start as string).sort();
    if (pools.length) return pools[0]!;
    frontier = frontier.flatMap(parentsOf);
  }
  return 'none';
}
const monthIn = (iso: string, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(new Date(iso));
  return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`;
};

const FIGURES = 'posted answered answeredInTime answeredLate inTimeShare medianHoursToAnswer p90HoursToAnswer accepted declined withdrawn acceptanceRate open overdue';
const STATS = `query($scope: ID, $asOf: DateTime, $by: DeskGroupBy, $from: DateTime, $to: DateTime, $tz: String) {
  deskStats(scopeId: $scope, asOf: $asOf, groupBy: $by, from: $from, to: $to, timeZone: $tz) { to asOf total { ${FIGURES} } groups { key node { id } figures { ${FIGURES} } } } }`;

/** The caller's role comes from the x-test-role header (viewer when absent). */
function makeApp(): Promise<App> {
  return createApp({
    config: testConfig(),
    db,
    resolveViewer: (request) => ({ role: (request.headers.get('x-test-role') as Role | null) ?? 'viewer', id: 'desk-demo-test' }),
  });
}

async function gql(target: App, query: string, variables: Record<string, unknown> = {}, opts: { role?: Role; lang?: 'zh' | 'en' } = {}): Promise<GqlResult> {
  const res = await target.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': opts.lang ?? 'en', ...(opts.role ? { 'x-test-role': opts.role } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult;
}

beforeAll(async () => {
  await resetGraph(db);
  await loadDemo(db);
  app = await makeApp();
});
afterAll(() => db.close());

describe('deskStats on the demo data', () => {
  const AS_OF = ['2025-06-01T00:00:00Z', '2025-03-06T00:00:00Z', '2025-02-12T12:00:00Z'];

  it.each(AS_OF)('equals the record worked out from the files, in total, as of %s', async (asOf) => {
    const at = Date.parse(asOf);
    const posted = demands.filter((d: any) => Date.parse(d.props.postedAt) <= at);
    const r = await gql(app, STATS, { asOf }, { role: 'viewer' });
    expect(r.errors).toBeUndefined();
    expect(r.data.deskStats.total).toEqual(expectedFigures(posted, at));
  });

  it('has something in every figure as of 2025-06-01 (the demo shows each case)', async () => {
    const f = expectedFigures(demands, Date.parse(AS_OF[0]!));
    expect(f.answeredInTime).toBeGreaterThan(1);
    expect(f.answeredLate).toBe(1);
    expect(f.overdue).toBe(1);
    expect(f.accepted).toBeGreaterThan(0);
    expect(f.declined).toBe(1);
    expect(f.withdrawn).toBe(1);
  });

  it.each(['month', 'pool', 'county'] as const)('groups by %s as the files say', async (by) => {
    const asOf = AS_OF[0]!;
    const at = Date.parse(asOf);
    const keyOf = (d: any) => (by === 'month' ? monthIn(d.props.postedAt, 'Asia/Shanghai') : by === 'pool' ? poolOf(d.props.regionId) : countyOf(d.props.regionId));
    const groups = new Map<string, any[]>();
    for (const d of demands) groups.set(keyOf(d), [...(groups.get(keyOf(d)) ?? []), d]);
    const r = await gql(app, STATS, { asOf, by }, { role: 'viewer' });
    expect(r.errors).toBeUndefined();
    const got = r.data.deskStats.groups as Array<{ key: string; node: { id: string } | null; figures: unknown }>;
    expect(Object.fromEntries(got.map((g) => [g.key, g.figures]))).toEqual(Object.fromEntries([...groups].map(([k, set]) => [k, expectedFigures(set, at)])));
    for (const g of got) expect(g.node?.id ?? null).toBe(by === 'month' || g.key === 'none' ? null : g.key);
    if (by === 'month') expect(got.map((g) => g.key)).toEqual([...groups.keys()].sort());
  });

  it('counts a scope and a window: the Lishui city pool, its sub-pools included', async () => {
    const asOf = AS_OF[0]!;
    const lishuiRegions = new Set<string>(['demo:region:lishui']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const r of rels) if (r.type === 'PART_OF' && lishuiRegions.has(r.end) && !lishuiRegions.has(r.start) && byId.get(r.start)?.labels.includes('Region')) {
        lishuiRegions.add(r.start);
        grew = true;
      }
    }
    const from = '2025-02-01T00:00:00Z';
    const to = '2025-04-10T00:00:00Z';
    const inScope = demands.filter((d: any) => lishuiRegions.has(d.props.regionId) && Date.parse(d.props.postedAt) >= Date.parse(from) && Date.parse(d.props.postedAt) < Date.parse(to));
    expect(inScope.length).toBeGreaterThan(1);
    const r = await gql(app, STATS, { scope: 'demo:pool:lishui', asOf, from, to });
    expect(r.errors).toBeUndefined();
    expect(r.data.deskStats.total).toEqual(expectedFigures(inScope, Date.parse(asOf)));
    const bad = await gql(app, STATS, { asOf, tz: 'Mars/Olympus' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the demo desk', () => {
  it('lists every demo demand soonest due first, each with its shortlist size from the files', async () => {
    const r = await gql(app, `{ demandDesk(limit: 200, asOf: "2025-06-01T00:00:00Z") { total items { id status shortlistSize acceptedCount overdue late hoursLate } } }`, {}, { role: 'viewer' });
    expect(r.errors).toBeUndefined();
    const want = [...demands].sort((a: any, b: any) => Date.parse(a.props.responseDue) - Date.parse(b.props.responseDue) || a.id.localeCompare(b.id));
    expect(r.data.demandDesk.items.map((i: any) => i.id)).toEqual(want.map((d: any) => d.id));
    for (const item of r.data.demandDesk.items) {
      const d = byId.get(item.id);
      expect(item.status).toBe(d.props.status);
      expect(item.shortlistSize).toBe(shortlists.filter((s) => s.demand === item.id).length);
      expect(item.acceptedCount).toBe(shortlists.filter((s) => s.demand === item.id && s.props.response === 'accepted').length);
      expect(item.late).toBe(!!d.props.answeredAt && Date.parse(d.props.answeredAt) > Date.parse(d.props.responseDue));
      const due = Date.parse(d.props.responseDue);
      const late = d.props.answeredAt ? Date.parse(d.props.answeredAt) - due : d.props.status === 'open' ? Date.parse('2025-06-01T00:00:00Z') - due : -1;
      expect(item.hoursLate).toBe(late > 0 ? Math.round((late / 3_600_000) * 100) / 100 : null);
    }
  });

  it('shows a demand its shortlist by rank with the snapshot, for brokers only', async () => {
    const id = 'demo:demand:wuxing-battery-foil';
    const q = `query($id: ID!) { demand(id: $id) { shortlistSize shortlist { person { id } rank score reasons response } } }`;
    const r = await gql(app, q, { id }, { role: 'broker', lang: 'zh' });
    const want = shortlists.filter((s) => s.demand === id).sort((a, b) => a.props.rank - b.props.rank);
    expect(r.data.demand.shortlist).toEqual(want.map((s) => ({ person: { id: s.person }, rank: s.props.rank, score: s.props.score, reasons: s.props.reasonsZh, response: s.props.response ?? null })));
    const v = await gql(app, q, { id }, { role: 'viewer' });
    expect(v.data.demand).toEqual({ shortlistSize: want.length, shortlist: [] });
  });

  it('indexes the Lishui pool: every admission of the files, scored on all five dimensions', async () => {
    const city = byId.get('demo:pool:lishui');
    const family = new Set(['demo:pool:lishui', ...rels.filter((r: any) => r.type === 'PART_OF' && r.end === 'demo:pool:lishui').map((r: any) => r.start)]);
    const members = rels.filter((r: any) => r.type === 'MEMBER_OF' && family.has(r.end) && !r.props.end);
    const r = await gql(app, `{ poolMembers(poolId: "demo:pool:lishui", limit: 200) { total items { person { id } pool { id } dimensions scores { dimension score } } } }`, {}, { role: 'broker' });
    expect(r.errors).toBeUndefined();
    expect(r.data.poolMembers.total).toBe(members.length);
    expect(r.data.poolMembers.items.map((i: any) => `${i.person.id}>${i.pool.id}`).sort()).toEqual(members.map((m: any) => `${m.start}>${m.end}`).sort());
    for (const i of r.data.poolMembers.items) {
      expect(i.dimensions).toEqual(city.props.dimensions);
      expect(i.scores.map((s: any) => s.dimension)).toEqual(city.props.dimensions);
    }
  });

  it('ranks a pool\'s members first when the order is restricted to it, and says so', async () => {
    const demandId = 'demo:demand:oujing-xr-guides';
    const poolId = 'demo:pool:lishui-qingtian';
    const q = `query($d: ID!, $p: ID, $l: Int) { recommendTalents(demandId: $d, poolId: $p, limit: $l) { node { id } score reasonDetails { code } } }`;
    const base = await gql(app, q, { d: demandId, l: 100 }, { role: 'broker' });
    expect(base.errors).toBeUndefined();
    const members = new Set(rels.filter((r: any) => r.type === 'MEMBER_OF' && r.end === poolId && !r.props.end).map((r: any) => r.start));
    const ids = base.data.recommendTalents.map((r: any) => r.node.id as string);
    const want = [...ids.filter((id: string) => members.has(id)), ...ids.filter((id: string) => !members.has(id))].slice(0, 10);
    expect(ids.filter((id: string) => members.has(id)).length).toBeGreaterThan(0);
    const r = await gql(app, q, { d: demandId, p: poolId, l: 10 }, { role: 'broker' });
    expect(r.errors).toBeUndefined();
    expect(r.data.recommendTalents.map((x: any) => x.node.id)).toEqual(want);
    for (const x of r.data.recommendTalents) {
      expect(x.reasonDetails[0].code).toBe(members.has(x.node.id) ? 'IN_ORDER_POOL' : 'OUTSIDE_ORDER_POOL');
    }
    const bad = await gql(app, q, { d: demandId, p: 'demo:region:qingtian' }, { role: 'broker' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
