// Query.diaspora against a real Neo4j. On a seeded random population with moves, returns and several residences,
// and on the demo's 青田县, the expected diaspora is worked out here from the records alone (home = the region and
// everything PART_OF it; current residence = open LIVES_IN, latest start, then most specific; country = nearest
// ancestor of level country) and compared country by country, city by city, with expertise, limits and ties home.
import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../seed/demo/load.js';
import type { App } from '../../server/yoga.js';
import { resetGraph, testDb } from '../support/db.js';
import { code, demoLines, Fixture, gql, pick, random, regionTable, withFixture } from './recommend-support.js';

const db = testDb();
let app: App;
const fx = new Fixture();
const rand = random(777);

const REGIONS = regionTable([
  ...['r:china country', 'r:zj province r:china', 'r:lishui city r:zj', 'r:qingtian county r:lishui'],
  ...['r:qt-town county r:qingtian', 'r:liandu county r:lishui', 'r:hangzhou city r:zj'],
  ...['r:italy country', 'r:lombardy province r:italy', 'r:milan city r:lombardy', 'r:rome city r:italy'],
  ...['r:spain country', 'r:madrid city r:spain', 'r:nowhere -'],
]);
for (const [id, level, parent] of REGIONS) {
  fx.node(id, ['Region'], level ? { level, nameEn: id.slice(2) } : { nameEn: id.slice(2) });
  if (parent) fx.rel('PART_OF', id, parent);
}
for (const a of ['t:materials', 't:alloys', 't:ai']) fx.node(a, ['TechArea']);
fx.rel('PART_OF', 't:alloys', 't:materials');
const HOME_ORGS: Array<[string, string, string]> = [
  ['e:qt-firm', 'Enterprise', 'r:qingtian'],
  ['l:lishui-lab', 'Lab', 'r:lishui'],
  ['e:hz-firm', 'Enterprise', 'r:hangzhou'],
  ['pool:qt', 'TalentPool', 'r:qingtian'],
  ['proj:town', 'Project', 'r:qt-town'],
  ['e:milan-firm', 'Enterprise', 'r:milan'],
];
for (const [id, label, region] of HOME_ORGS) {
  fx.node(id, [label]);
  fx.rel('LOCATED_IN', id, region);
}
const TIE_FOR: Record<string, string[]> = {
  Enterprise: ['WORKS_AT', 'AFFILIATED_WITH', 'FOUNDED'],
  Lab: ['WORKS_AT', 'STUDIED_AT', 'AFFILIATED_WITH'],
  TalentPool: ['MEMBER_OF'],
  Project: ['PARTICIPATES_IN'],
};

const ORIGINS = ['r:qingtian', 'r:qt-town', 'r:liandu', 'r:lishui', 'r:hangzhou', 'r:milan'];
const PLACES = REGIONS.map(([id]) => id);
for (let i = 0; i < 140; i++) {
  const p = fx.node(`p:${i}`, ['Person'], { nameEn: `Native ${i}` });
  if (rand() < 0.9) fx.rel('ORIGINATES_FROM', p, pick(rand, ORIGINS));
  const moves = Math.floor(rand() * 3);
  const years = [1990, 2000, 2010].sort(() => rand() - 0.5);
  for (let k = 0; k < moves; k++) {
    const ended = rand() < 0.3;
    fx.rel('LIVES_IN', p, pick(rand, PLACES), ended ? { start: `${years[k]}-01-01`, end: `${years[k]! + 5}-01-01` } : { start: `${years[k]}-03-01` });
  }
  if (rand() < 0.15) fx.rel('LIVES_IN', p, pick(rand, PLACES));
  for (let k = Math.floor(rand() * 3); k > 0; k--) fx.rel('EXPERT_IN', p, pick(rand, ['t:materials', 't:alloys', 't:ai']));
  for (let k = Math.floor(rand() * 3); k > 0; k--) {
    const [org, label] = pick(rand, HOME_ORGS);
    fx.rel(pick(rand, TIE_FOR[label]!), p, org);
  }
}

interface Rec {
  id?: string;
  type?: string;
  labels?: string[];
  start?: string;
  end?: string;
  props: Record<string, any>;
}

/** The diaspora of `origin` from raw records, as the docs describe it. */
function expected(nodes: Rec[], rels: Rec[], origin: string, areaFilter: string | null) {
  const level = new Map(nodes.filter((n) => n.labels![0] === 'Region').map((n) => [n.id!, n.props.level as string | undefined]));
  const parentOf = new Map<string, string[]>();
  for (const r of rels) if (r.type === 'PART_OF' && level.has(r.start!)) parentOf.set(r.start!, [...(parentOf.get(r.start!) ?? []), r.end!]);
  const below = (root: string, edges: Map<string, string[]>) => {
    const out = new Set([root]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const [c, ps] of edges) {
        if (!out.has(c) && ps.some((p) => out.has(p))) {
          out.add(c);
          changed = true;
        }
      }
    }
    return out;
  };
  const home = below(origin, parentOf);
  let areas: Set<string> | null = null;
  if (areaFilter) {
    const areaParent = new Map<string, string[]>();
    for (const r of rels) if (r.type === 'PART_OF' && !level.has(r.start!)) areaParent.set(r.start!, [...(areaParent.get(r.start!) ?? []), r.end!]);
    areas = below(areaFilter, areaParent);
  }
  const countryOf = (r: string) => {
    let cur: string[] = [r];
    let top = r;
    for (let d = 0; d <= 5 && cur.length; d++) {
      const c = cur.find((x) => level.get(x) === 'country');
      if (c) return c;
      top = cur[0]!;
      cur = cur.flatMap((x) => parentOf.get(x) ?? []);
    }
    return top;
  };
  const today = new Date().toISOString().slice(0, 10);
  const rank = (l: string | undefined) => ({ county: 0, city: 1, province: 2 })[l as 'county'] ?? 3;
  const people = new Map<string, { country: string; city: string; areas: string[] }>();
  const natives = new Set(rels.filter((r) => r.type === 'ORIGINATES_FROM' && home.has(r.end!)).map((r) => r.start!));
  for (const p of natives) {
    const expertise = rels.filter((r) => r.type === 'EXPERT_IN' && r.start === p).map((r) => r.end!);
    if (areas && !expertise.some((a) => areas!.has(a))) continue;
    const current = rels
      .filter((r) => r.type === 'LIVES_IN' && r.start === p && (!r.props.end || String(r.props.end) >= today))
      .sort((a, b) => String(b.props.start ?? '0001-01-01').localeCompare(String(a.props.start ?? '0001-01-01')) || rank(level.get(a.end!)) - rank(level.get(b.end!)));
    const residence = current[0]?.end;
    if (!residence || home.has(residence)) continue;
    people.set(p, { country: countryOf(residence), city: residence, areas: [...new Set(expertise)] });
  }
  const count = (key: (x: { country: string; city: string }) => string) => {
    const m = new Map<string, number>();
    for (const x of people.values()) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
    return m;
  };
  const homeOrgs = new Set(rels.filter((r) => r.type === 'LOCATED_IN' && home.has(r.end!)).map((r) => r.start!));
  const ties = (p: string) =>
    rels
      .filter((r) => r.start === p && ['WORKS_AT', 'AFFILIATED_WITH', 'STUDIED_AT', 'FOUNDED', 'MEMBER_OF', 'PARTICIPATES_IN'].includes(r.type!) && homeOrgs.has(r.end!))
      .map((r) => `${r.type}:${r.end}`)
      .sort();
  return { home, people, byCountry: count((x) => x.country), byCity: count((x) => x.city), ties };
}

const QUERY = `query($origin: ID!, $area: ID, $limit: Int, $after: String) { diaspora(originRegionId: $origin, techArea: $area, limit: $limit, after: $after) {
  origin { id } techArea { id } homeRegionCount total listed truncated offset nextCursor tiesTruncated
  countries { country { id } count expertise { techArea { id } count } cities { city { id } count people { id } expertise { techArea { id } count } } }
  expertise { techArea { id } count } ties { type from to } homeOrganisations { id } } }`;

function check(map: any, want: ReturnType<typeof expected>, limit: number) {
  expect(map.total).toBe(want.people.size);
  expect(map.homeRegionCount).toBe(want.home.size);
  const countries = [...want.byCountry].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  expect(map.countries.map((c: any) => [c.country.id, c.count])).toEqual(countries);
  for (const c of map.countries) {
    const cities = [...want.byCity].filter(([city]) => [...want.people.values()].some((p) => p.city === city && p.country === c.country.id));
    cities.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    expect(c.cities.map((x: any) => [x.city.id, x.count])).toEqual(cities);
    for (const x of c.cities) {
      for (const person of x.people) expect(want.people.get(person.id)?.city).toBe(x.city.id);
      const areaCounts = new Map<string, number>();
      for (const p of want.people.values()) if (p.city === x.city.id) for (const a of p.areas) areaCounts.set(a, (areaCounts.get(a) ?? 0) + 1);
      expect(Object.fromEntries(x.expertise.map((e: any) => [e.techArea.id, e.count]))).toEqual(Object.fromEntries(areaCounts));
    }
  }
  const listed = map.countries.flatMap((c: any) => c.cities.flatMap((x: any) => x.people.map((p: any) => p.id)));
  expect(listed.length).toBe(Math.min(limit, want.people.size));
  expect(map.listed).toBe(listed.length);
  expect(map.truncated).toBe(listed.length < want.people.size);
  expect(new Set(listed).size).toBe(listed.length);
  // Ties home: exactly those of the listed people to organisations located in the home regions.
  const gotTies = new Map<string, string[]>();
  for (const t of map.ties) gotTies.set(t.from, [...(gotTies.get(t.from) ?? []), `${t.type}:${t.to}`]);
  for (const p of listed) expect((gotTies.get(p) ?? []).sort()).toEqual(want.ties(p));
  const orgs = new Set(map.ties.map((t: any) => t.to));
  expect(new Set(map.homeOrganisations.map((o: any) => o.id))).toEqual(orgs);
}

withFixture(db, fx, (made) => (app = made));

describe('diaspora', () => {
  it('groups the natives of a city and its counties who live elsewhere, by country and city', async () => {
    const want = expected(fx.nodes, fx.rels, 'r:lishui', null);
    expect(want.people.size).toBeGreaterThan(20);
    const { data, errors } = await gql(app, QUERY, { origin: 'r:lishui' });
    expect(errors).toBeUndefined();
    expect(data.diaspora.origin.id).toBe('r:lishui');
    check(data.diaspora, want, 200);
    // People living in a country directly, or in a region outside any country, still have a group.
    expect(data.diaspora.countries.map((c: any) => c.country.id)).toEqual(expect.arrayContaining(['r:italy', 'r:china']));
  });

  it('counts a county whose parent city is not home, and cuts the list fairly under a small limit', async () => {
    const want = expected(fx.nodes, fx.rels, 'r:qingtian', null);
    const { data, errors } = await gql(app, QUERY, { origin: 'r:qingtian', limit: 5 });
    expect(errors).toBeUndefined();
    check(data.diaspora, want, 5);
    expect(data.diaspora.truncated).toBe(true);
  });

  it('keeps only experts in a tech area or its sub-areas', async () => {
    const want = expected(fx.nodes, fx.rels, 'r:lishui', 't:materials');
    const all = expected(fx.nodes, fx.rels, 'r:lishui', null);
    expect(want.people.size).toBeLessThan(all.people.size);
    const { data, errors } = await gql(app, QUERY, { origin: 'r:lishui', area: 't:materials' });
    expect(errors).toBeUndefined();
    expect(data.diaspora.techArea.id).toBe('t:materials');
    check(data.diaspora, want, 200);
  });

  it('pages through everyone exactly once, every page keeping the complete counts', async () => {
    for (const [origin, area] of [['r:lishui', null], ['r:qingtian', null], ['r:lishui', 't:materials']] as const) {
      const want = expected(fx.nodes, fx.rels, origin, area);
      const whole = (await gql(app, QUERY, { origin, area })).data.diaspora;
      expect(whole.nextCursor).toBeNull();
      const counts = (m: any) => ({ total: m.total, countries: m.countries.map((c: any) => [c.country.id, c.count, c.cities.map((x: any) => [x.city.id, x.count, x.expertise])]), expertise: m.expertise });
      const limit = 4;
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const { data, errors } = await gql(app, QUERY, { origin, area, limit, after });
        expect(errors).toBeUndefined();
        const page = data.diaspora;
        expect(counts(page)).toEqual(counts(whole));
        expect(page.offset).toBe(seen.length);
        const people = page.countries.flatMap((c: any) => c.cities.flatMap((x: any) => x.people.map((p: any) => p.id)));
        expect(page.listed).toBe(people.length);
        expect(people.length).toBe(Math.min(limit, want.people.size - seen.length));
        // Each page: the ties home of its own people, exactly.
        for (const p of people) expect(page.ties.filter((t: any) => t.from === p).map((t: any) => `${t.type}:${t.to}`).sort()).toEqual(want.ties(p));
        expect(page.ties.every((t: any) => people.includes(t.from))).toBe(true);
        if (pages === 0) check(page, want, limit);
        seen.push(...people);
        after = page.nextCursor;
        pages++;
      } while (after !== null && pages < 100);
      expect(pages).toBe(Math.max(1, Math.ceil(want.people.size / limit)));
      expect(new Set(seen).size).toBe(seen.length);
      expect(new Set(seen)).toEqual(new Set(want.people.keys()));
    }
  });

  it('refuses a cursor it did not give, or one given for another question', async () => {
    const bad = await gql(app, QUERY, { origin: 'r:lishui', after: 'not-a-cursor' });
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.message).toContain('after');
    const first = (await gql(app, QUERY, { origin: 'r:lishui', limit: 2 })).data.diaspora;
    expect(first.nextCursor).toEqual(expect.any(String));
    for (const other of [{ origin: 'r:qingtian' }, { origin: 'r:lishui', area: 't:ai' }]) {
      const wrong = await gql(app, QUERY, { ...other, limit: 2, after: first.nextCursor });
      expect(code(wrong)).toBe('BAD_USER_INPUT');
      expect(wrong.errors![0]!.message).toContain('after');
    }
  });

  it('refuses unknown or wrong-type regions and areas, and limits outside 1..200', async () => {
    expect(code(await gql(app, QUERY, { origin: 'r:atlantis' }))).toBe('NOT_FOUND');
    const wrong = await gql(app, QUERY, { origin: 't:ai' });
    expect(code(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0]!.message).toMatch(/originRegionId.*TechArea/);
    const area = await gql(app, QUERY, { origin: 'r:lishui', area: 't:none' });
    expect(code(area)).toBe('NOT_FOUND');
    expect(area.errors![0]!.message).toContain('techArea');
    expect(code(await gql(app, QUERY, { origin: 'r:lishui', area: 'r:milan' }))).toBe('BAD_USER_INPUT');
    for (const limit of [0, 201]) {
      const bad = await gql(app, QUERY, { origin: 'r:lishui', limit });
      expect(code(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors![0]!.message).toContain('limit');
    }
  });

  it('groups the demo diaspora of 青田县 by country as the demo files say', async () => {
    await resetGraph(db);
    await loadDemo(db);
    const want = expected(demoLines('nodes'), demoLines('relationships'), 'demo:region:qingtian', null);
    // As a broker: viewers see people who did not consent under an opaque alias instead of their id.
    const { data, errors } = await gql(app, QUERY, { origin: 'demo:region:qingtian' }, { lang: 'zh', role: 'broker' });
    expect(errors).toBeUndefined();
    check(data.diaspora, want, 200);
    expect(data.diaspora.countries.length).toBeGreaterThanOrEqual(5);
    expect(data.diaspora.ties.length).toBeGreaterThan(0);
  });
});
