// Query.recommendTalents against a real Neo4j. A seeded random population of pool members, diaspora, competition
// winners and others is scored here from the fixture's own records with the rules of docs/scoring.md (taxonomy,
// need weights, levels, source bonuses, who counts as local or diaspora), and the answer must match person for person.
// The demo's posted demand must get matches with reasons and paths.
import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../seed/demo/load.js';
import type { App } from '../../server/yoga.js';
import { resetGraph, testDb } from '../support/db.js';
import { code, Fixture, gql, pick, random, regionTable, round4, TAXONOMY_AREAS, TAXONOMY_PARENTS, taxonomyWeight, withFixture } from './recommend-support.js';

const db = testDb();
let app: App;
const fx = new Fixture();
const rand = random(90210);

const AREAS = TAXONOMY_AREAS;
for (const a of AREAS) fx.node(a, ['TechArea'], { nameEn: `${a.slice(2)} area` });
const TAX: Array<readonly [string, string]> = [...TAXONOMY_PARENTS];
for (const [c, p] of TAX) fx.rel('PART_OF', c, p);
// A second alloy, outside the random draws: a sibling of t:al-alloys, so d:2's taxonomy family has weak areas that the
// first, strong-area read leaves out.
const EXTRA_AREAS = ['t:mg-alloys'];
fx.node('t:mg-alloys', ['TechArea'], { nameEn: 'mg-alloys area' });
TAX.push(['t:mg-alloys', 't:alloys']);
fx.rel('PART_OF', 't:mg-alloys', 't:alloys');
const areaParents = new Map<string, string[]>();
for (const [c, p] of TAX) areaParents.set(c, [...(areaParents.get(c) ?? []), p]);

const REGIONS = regionTable([
  ...['r:china country', 'r:zj province r:china', 'r:lishui city r:zj', 'r:qingtian county r:lishui'],
  ...['r:liandu county r:lishui', 'r:hangzhou city r:zj', 'r:italy country', 'r:milan city r:italy'],
]);
for (const [id, level, parent] of REGIONS) {
  fx.node(id, ['Region'], { level, nameEn: id.slice(2) });
  if (parent) fx.rel('PART_OF', id, parent);
}
const regionParent = new Map(REGIONS.map(([id, , p]) => [id, p]));

fx.node('e:firm', ['Enterprise'], { nameEn: 'Poster' });
fx.rel('LOCATED_IN', 'e:firm', 'r:hangzhou');
fx.node('d:1', ['Demand'], { nameEn: 'Foil and vision', regionId: 'r:lishui' });
fx.rel('POSTED', 'e:firm', 'd:1');
fx.rel('NEEDS', 'd:1', 't:materials', { weight: 2 });
fx.rel('NEEDS', 'd:1', 't:vision');
fx.node('d:2', ['Demand'], { nameEn: 'No region given' });
fx.rel('POSTED', 'e:firm', 'd:2');
fx.rel('NEEDS', 'd:2', 't:al-alloys', { weight: 1 });
fx.node('d:3', ['Demand'], { nameEn: 'Needs nothing yet' });

const POOLS: Array<[string, string]> = [
  ['pool:lishui', 'r:lishui'],
  ['pool:zj', 'r:zj'],
  ['pool:qt', 'r:qingtian'],
  ['pool:hz', 'r:hangzhou'],
  ['pool:far', 'r:milan'],
];
for (const [id, region] of POOLS) {
  fx.node(id, ['TalentPool'], { nameEn: `Pool ${id.slice(5)}` });
  fx.rel('LOCATED_IN', id, region);
}
fx.node('c:vision', ['Competition'], { nameEn: 'Vision Cup', year: 2024 });
fx.rel('FOCUSES_ON', 'c:vision', 't:vision');
fx.node('c:misc', ['Competition'], { nameEn: 'Misc Cup', year: 2023 });

const PEOPLE = Array.from({ length: 120 }, (_, i) => fx.node(`p:${i}`, ['Person'], { nameEn: `Talent ${i}` }));
for (const p of PEOPLE) {
  for (let k = Math.floor(rand() * 3); k > 0; k--) {
    const level = rand() < 0.3 ? undefined : Math.round(rand() * 100) / 100;
    fx.rel('EXPERT_IN', p, pick(rand, AREAS), level === undefined ? {} : { level });
  }
  if (rand() < 0.3) fx.rel('MEMBER_OF', p, pick(rand, POOLS)[0]);
  if (rand() < 0.2) fx.rel('WON', p, pick(rand, ['c:vision', 'c:misc']), rand() < 0.8 ? { rank: 1 + Math.floor(rand() * 8) } : {});
  if (rand() < 0.5) fx.rel('ORIGINATES_FROM', p, pick(rand, ['r:qingtian', 'r:liandu', 'r:lishui', 'r:zj', 'r:milan']));
  if (rand() < 0.7) fx.rel('LIVES_IN', p, pick(rand, REGIONS)[0], rand() < 0.25 ? { start: '1990-01-01', end: '2001-01-01' } : { start: '2005-01-01' });
  if (rand() < 0.1) fx.rel('WORKS_AT', p, 'e:firm');
}

// Hand-made people so that every source is present whatever the random draw.
PEOPLE.push(fx.node('p:diaspora', ['Person'], { nameEn: 'Abroad Native' }));
fx.rel('EXPERT_IN', 'p:diaspora', 't:vision', { level: 0.9 });
fx.rel('ORIGINATES_FROM', 'p:diaspora', 'r:qingtian');
fx.rel('LIVES_IN', 'p:diaspora', 'r:milan', { start: '2010-01-01' });
PEOPLE.push(fx.node('p:moved-within-china', ['Person'], { nameEn: 'Hangzhou Native' }));
fx.rel('EXPERT_IN', 'p:moved-within-china', 't:ceramics');
fx.rel('ORIGINATES_FROM', 'p:moved-within-china', 'r:liandu');
fx.rel('LIVES_IN', 'p:moved-within-china', 'r:hangzhou');
PEOPLE.push(fx.node('p:returnee', ['Person'], { nameEn: 'Returnee' }));
fx.rel('EXPERT_IN', 'p:returnee', 't:materials', { level: 1 });
fx.rel('ORIGINATES_FROM', 'p:returnee', 'r:qingtian');
fx.rel('LIVES_IN', 'p:returnee', 'r:milan', { start: '1995-01-01', end: '2001-01-01' });
fx.rel('LIVES_IN', 'p:returnee', 'r:qingtian', { start: '2001-02-01' });
PEOPLE.push(fx.node('p:local-pool', ['Person'], { nameEn: 'Pool Member' }));
fx.rel('EXPERT_IN', 'p:local-pool', 't:al-alloys', { level: 0.7 });
fx.rel('MEMBER_OF', 'p:local-pool', 'pool:qt');
PEOPLE.push(fx.node('p:winner', ['Person'], { nameEn: 'Cup Winner' }));
fx.rel('EXPERT_IN', 'p:winner', 't:ai', { level: 0.8 });
fx.rel('WON', 'p:winner', 'c:vision', { rank: 1 });
PEOPLE.push(fx.node('p:staff', ['Person'], { nameEn: 'Poster Staff' }));
fx.rel('EXPERT_IN', 'p:staff', 't:materials', { level: 1 });
fx.rel('MEMBER_OF', 'p:staff', 'pool:lishui');
fx.rel('WORKS_AT', 'p:staff', 'e:firm');

// A sibling-only expert from a local pool, and a winner of a competition whose name already carries its year.
PEOPLE.push(fx.node('p:mg-expert', ['Person'], { nameEn: 'Magnesium Expert' }));
fx.rel('EXPERT_IN', 'p:mg-expert', 't:mg-alloys', { level: 1 });
fx.rel('MEMBER_OF', 'p:mg-expert', 'pool:hz');
fx.node('c:spring', ['Competition'], { nameEn: '2023 Spring Cup', nameZh: '2023年春季杯', year: 2023 });
PEOPLE.push(fx.node('p:spring-winner', ['Person'], { nameEn: 'Spring Winner' }));
fx.rel('EXPERT_IN', 'p:spring-winner', 't:al-alloys', { level: 0.9 });
fx.rel('WON', 'p:spring-winner', 'c:spring', { rank: 2 });

/** Expected recommendations for a demand, from the fixture records alone. */
function expected(demandId: string) {
  const demand = fx.nodes.find((n) => n.id === demandId)!;
  const poster = fx.relsOf('POSTED').find((r) => r.end === demandId)?.start;
  const region = (demand.props.regionId as string | undefined) ?? fx.relsOf('LOCATED_IN').find((r) => r.start === poster)?.end;
  const descendants = (root: string) => {
    const out = new Set([root]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const [id, parent] of regionParent) {
        if (parent && out.has(parent) && !out.has(id)) {
          out.add(id);
          changed = true;
        }
      }
    }
    return out;
  };
  const home = region ? descendants(region) : new Set<string>();
  const local = new Set(home);
  if (region && regionParent.get(region)) local.add(regionParent.get(region)!);
  const needs = fx.relsOf('NEEDS').filter((r) => r.start === demandId).map((r) => ({ area: r.end, weight: (r.props.weight as number | undefined) ?? 1 }));
  const totalWeight = needs.reduce((s, n) => s + n.weight, 0);
  const family = new Set([...AREAS, ...EXTRA_AREAS].filter((a) => needs.some((n) => taxonomyWeight(areaParents, n.area, a) > 0)));
  const today = new Date().toISOString().slice(0, 10);
  const out: Array<{ id: string; score: number; expertise: number; diaspora: boolean; localPool: boolean; won: boolean }> = [];
  for (const p of PEOPLE) {
    if (poster && (fx.has('WORKS_AT', p, poster) || fx.has('FOUNDED', p, poster))) continue;
    const expertise = fx.relsOf('EXPERT_IN').filter((r) => r.start === p && family.has(r.end));
    if (expertise.length === 0) continue;
    const pools = fx.relsOf('MEMBER_OF').filter((r) => r.start === p).map((r) => r.end);
    const localPool = pools.some((pool) => fx.relsOf('LOCATED_IN').some((r) => r.start === pool && local.has(r.end)));
    const wins = fx.relsOf('WON').filter((r) => r.start === p);
    const origins = fx.relsOf('ORIGINATES_FROM').filter((r) => r.start === p && home.has(r.end));
    const residences = fx.relsOf('LIVES_IN').filter((r) => r.start === p && (!r.props.end || String(r.props.end) >= today)).map((r) => r.end);
    const diaspora = origins.length > 0 && residences.some((r) => !home.has(r));
    if (pools.length === 0 && wins.length === 0 && !diaspora) continue;
    const level = (area: string) => {
      const l = expertise.find((r) => r.end === area)!.props.level as number | undefined;
      return 0.6 + 0.4 * Math.min(1, Math.max(0, l ?? 0.5));
    };
    const exp = needs.reduce((s, n) => s + n.weight * Math.max(0, ...expertise.map((r) => taxonomyWeight(areaParents, n.area, r.end) * level(r.end))), 0) / totalWeight;
    let src = localPool ? 0.5 : pools.length ? 0.25 : 0;
    if (diaspora) src += 0.4;
    if (wins.length) {
      src += 0.3;
      if (wins.some((w) => fx.relsOf('FOCUSES_ON').some((r) => r.start === w.end && family.has(r.end)))) src += 0.1;
      if (wins.some((w) => typeof w.props.rank === 'number' && w.props.rank <= 3)) src += 0.1;
    }
    out.push({ id: p, score: round4(0.7 * exp + 0.3 * Math.min(1, src)), expertise: exp, diaspora, localPool, won: wins.length > 0 });
  }
  return out.sort((a, b) => b.score - a.score || b.expertise - a.expertise || a.id.localeCompare(b.id));
}

const QUERY = `query($id: ID!, $limit: Int) { recommendTalents(demandId: $id, limit: $limit) {
  node { id } score reasons reasonDetails { code en } scoreParts { code value weight }
  path { nodes { id } relationships { type } } related { id } } }`;

withFixture(db, fx, (made) => (app = made));

describe('recommendTalents', () => {
  it('ranks pool members, diaspora and winners of a demand exactly as worked out from the fixture', async () => {
    const want = expected('d:1');
    expect(want.length).toBeGreaterThan(8);
    const ids = want.map((w) => w.id);
    expect(ids).toEqual(expect.arrayContaining(['p:diaspora', 'p:moved-within-china', 'p:local-pool', 'p:winner']));
    expect(ids).not.toContain('p:returnee');
    expect(ids).not.toContain('p:staff');
    const { data, errors } = await gql(app, QUERY, { id: 'd:1', limit: 100 });
    expect(errors).toBeUndefined();
    const got = data.recommendTalents as any[];
    expect(got.map((r) => r.node.id)).toEqual(ids);
    got.forEach((r, i) => {
      const w = want[i]!;
      expect(r.score).toBeCloseTo(w.score, 4);
      const codes = r.reasonDetails.map((x: { code: string }) => x.code);
      expect(codes[0]).toBe('EXPERTISE_MATCH');
      expect(codes.includes('DIASPORA')).toBe(w.diaspora);
      expect(codes.includes('LOCAL_POOL_MEMBER')).toBe(w.localPool);
      expect(codes.includes('COMPETITION_WINNER')).toBe(w.won);
      // The path runs demand - NEEDS - area (- taxonomy) - EXPERT_IN - person.
      const ids = r.path.nodes.map((n: { id: string }) => n.id);
      expect(ids[0]).toBe('d:1');
      expect(ids.at(-1)).toBe(r.node.id);
      expect(r.path.relationships[0].type).toBe('NEEDS');
      expect(r.path.relationships.at(-1).type).toBe('EXPERT_IN');
    });
  });

  it('takes the region from the posting firm when the demand has none', async () => {
    const want = expected('d:2');
    const { data, errors } = await gql(app, QUERY, { id: 'd:2', limit: 100 });
    expect(errors).toBeUndefined();
    expect(data.recommendTalents.map((r: { node: { id: string } }) => r.node.id)).toEqual(want.map((w) => w.id));
  });

  it('names the pool, the origin and the competition in its reasons', async () => {
    const { data } = await gql(app, QUERY, { id: 'd:1', limit: 100 });
    const all = (data.recommendTalents as any[]).flatMap((r) => r.reasons as string[]);
    expect(all.some((t) => /Member of a talent pool in the demand's region: Pool /.test(t))).toBe(true);
    expect(all.some((t) => /Originates from .* and now lives in /.test(t))).toBe(true);
    expect(all.some((t) => /Won (Vision|Misc) Cup/.test(t))).toBe(true);
  });

  it('answers the head of the full ranking for every smaller limit, whether or not the weak areas had to be read', async () => {
    for (const id of ['d:1', 'd:2']) {
      const want = expected(id);
      expect(want.map((w) => w.id)).toContain('p:spring-winner');
      if (id === 'd:2') expect(want.map((w) => w.id)).toContain('p:mg-expert');
      for (const limit of [1, 2, 3, 5, 8, want.length + 5]) {
        const { data, errors } = await gql(app, QUERY, { id, limit });
        expect(errors).toBeUndefined();
        const got = data.recommendTalents as Array<{ node: { id: string }; score: number }>;
        expect(got.map((r) => r.node.id)).toEqual(want.slice(0, limit).map((w) => w.id));
        got.forEach((r, i) => expect(r.score).toBeCloseTo(want[i]!.score, 4));
      }
    }
  });

  it("says a competition's year once, also when its name already carries it", async () => {
    for (const lang of ['zh', 'en'] as const) {
      const { data, errors } = await gql(app, QUERY, { id: 'd:2', limit: 100 }, { lang });
      expect(errors).toBeUndefined();
      const winner = (data.recommendTalents as Array<{ node: { id: string }; reasons: string[] }>).find((r) => r.node.id === 'p:spring-winner')!;
      const won = winner.reasons.filter((t) => t.includes(lang === 'zh' ? '春季杯' : 'Spring Cup'));
      expect(won).toHaveLength(1);
      expect(won[0]!.match(/2023/g)).toHaveLength(1);
    }
  });

  it('answers an empty list for a demand that needs nothing, and typed errors for bad ids', async () => {
    expect((await gql(app, QUERY, { id: 'd:3' })).data.recommendTalents).toEqual([]);
    expect(code(await gql(app, QUERY, { id: 'd:none' }))).toBe('NOT_FOUND');
    const wrong = await gql(app, QUERY, { id: 'e:firm' });
    expect(code(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0]!.message).toMatch(/demandId.*Enterprise/);
    expect(code(await gql(app, QUERY, { id: '', limit: 3 }))).toBe('BAD_USER_INPUT');
  });

  it('finds talents with reasons for the demo demand of 五星铝业', async () => {
    await resetGraph(db);
    await loadDemo(db);
    const { data, errors } = await gql(app, QUERY, { id: 'demo:demand:wuxing-battery-foil', limit: 5 }, { lang: 'zh' });
    expect(errors).toBeUndefined();
    const got = data.recommendTalents as any[];
    expect(got.length).toBeGreaterThan(0);
    for (const r of got) {
      expect(r.reasons.length).toBeGreaterThan(1);
      expect(r.reasons[0]).toMatch(/专长覆盖需求/);
      expect(r.path.nodes[0].id).toBe('demo:demand:wuxing-battery-foil');
      expect(r.path.nodes.at(-1).id).toBe(r.node.id);
    }
    const scores = got.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});
