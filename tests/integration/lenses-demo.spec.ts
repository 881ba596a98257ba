// The lenses on the demo data. regionGaps(青田县): the needs, which are uncovered, which are met only from abroad
// and with which diaspora natives are all worked out here from the demo's records; fragility from 杭州五星铝业 to
// 天目山实验室 is checked against a breadth-first search over the records (each node called critical really cuts
// every bounded path, each other inner node of a short path does not); regionFragility(丽水市) against the
// firm–lab pairs and their connections computed from the records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/yoga.js';
import { loadDemo, readDemo } from '../../seed/demo/load.js';
import { resetGraph, testDb } from '../support/db.js';
import { TOKENS, trustApp } from '../support/trust-fixture.js';

const db = testDb();
let app: App;
const demo = readDemo();
const TODAY = new Date().toISOString().slice(0, 10);
const labelsOf = new Map(demo.nodes.map((n) => [n.id, n.labels]));
const propsOf = new Map(demo.nodes.map((n) => [n.id, n.props as Record<string, unknown>]));
const is = (id: string, label: string) => labelsOf.get(id)?.includes(label) ?? false;
const iso = (v: unknown) => (v && typeof v === 'object' && 'iso' in v ? String((v as { iso: string }).iso).slice(0, 10) : typeof v === 'string' ? v.slice(0, 10) : undefined);
type Rel = (typeof demo.relationships)[number];
const rels = demo.relationships;
const current = (r: Rel) => {
  const end = iso(r.props.end);
  return !end || end >= TODAY;
};
const out = (id: string, type: string) => rels.filter((r) => r.start === id && r.type === type);

async function gql(query: string, variables: Record<string, unknown>, as: 'broker' | 'anonymous' = 'broker') {
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en', ...(as === 'broker' ? { authorization: `Bearer ${TOKENS.broker}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  return body;
}
async function data(query: string, variables: Record<string, unknown>, as: 'broker' | 'anonymous' = 'broker') {
  const body = await gql(query, variables, as);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

beforeAll(async () => {
  await resetGraph(db);
  await loadDemo(db);
  app = await trustApp(db);
}, 120_000);
afterAll(() => db.close());

/** Regions at or under `id` (PART_OF, any depth). */
function under(id: string): Set<string> {
  const set = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of rels) if (r.type === 'PART_OF' && set.has(r.end) && is(r.start, 'Region') && !set.has(r.start)) grew = set.add(r.start).size > 0;
  }
  return set;
}
/** The country a region lies in (the nearest ancestor of level country, itself included). */
function countryOf(id: string): string | null {
  let at: string | undefined = id;
  for (let i = 0; at && i < 8; i++) {
    if (propsOf.get(at)?.level === 'country') return at;
    at = out(at, 'PART_OF').find((r) => is(r.end, 'Region'))?.end;
  }
  return null;
}

describe('regionGaps on the demo data', () => {
  const REGION = 'demo:region:qingtian';
  const home = under(REGION);
  const firms = rels.filter((r) => r.type === 'LOCATED_IN' && home.has(r.end) && is(r.start, 'Enterprise')).map((r) => r.start);
  const needs = new Set<string>();
  for (const f of firms) {
    for (const r of out(f, 'FOCUSES_ON')) needs.add(r.end);
    for (const p of out(f, 'POSTED')) {
      if (['closed', 'filled', 'cancelled', 'withdrawn'].includes(String(propsOf.get(p.end)?.status ?? 'open'))) continue;
      for (const n of out(p.end, 'NEEDS')) needs.add(n.end);
    }
  }
  /** The area and narrower ones, two levels down. */
  const family = (area: string) => {
    const set = new Set([area]);
    for (const level of [1, 2]) for (const r of rels) if (r.type === 'PART_OF' && set.has(r.end) && is(r.start, 'TechArea') && level) set.add(r.start);
    return set;
  };
  const residence = (p: string) => out(p, 'LIVES_IN').filter(current).sort((a, b) => String(iso(b.props.start) ?? '').localeCompare(String(iso(a.props.start) ?? '')))[0]?.end;
  const local = new Set(
    demo.nodes
      .filter((n) => n.labels.includes('Person'))
      .map((n) => n.id)
      .filter((p) => {
        const r = residence(p);
        if (r) return home.has(r);
        return [...out(p, 'WORKS_AT'), ...out(p, 'FOUNDED')].filter(current).some((w) => out(w.end, 'LOCATED_IN').some((l) => home.has(l.end)));
      }),
  );
  const covered = (area: string) => {
    const fam = family(area);
    const labs = rels.some((r) => r.type === 'RESEARCHES' && fam.has(r.end) && is(r.start, 'Lab') && out(r.start, 'LOCATED_IN').some((l) => home.has(l.end)));
    const people = rels.some((r) => r.type === 'EXPERT_IN' && fam.has(r.end) && local.has(r.start));
    return labs || people;
  };
  const uncovered = [...needs].filter((a) => !covered(a)).sort();
  const homeCountry = countryOf(REGION);
  const diasporaFor = (area: string) => {
    const fam = family(area);
    return [...new Set(rels.filter((r) => r.type === 'ORIGINATES_FROM' && home.has(r.end)).map((r) => r.start))].filter((p) => {
      const r = residence(p);
      return r !== undefined && !home.has(r) && out(p, 'EXPERT_IN').some((e) => fam.has(e.end));
    });
  };
  const outsideLabsFor = (area: string) => {
    const fam = family(area);
    return [...new Set(rels.filter((r) => r.type === 'RESEARCHES' && fam.has(r.end) && is(r.start, 'Lab')).map((r) => r.start))].filter(
      (l) => !out(l, 'LOCATED_IN').some((x) => home.has(x.end)),
    );
  };
  const abroad = (regionId: string | undefined) => {
    const c = regionId ? countryOf(regionId) : null;
    return c !== null && homeCountry !== null && c !== homeCountry;
  };
  const onlyAbroad = uncovered.filter((a) => {
    const supply = [...outsideLabsFor(a).map((l) => abroad(out(l, 'LOCATED_IN')[0]?.end)), ...diasporaFor(a).map((p) => abroad(residence(p)))];
    return supply.length > 0 && supply.every(Boolean);
  });

  const Q = `query($id: ID!, $limit: Int) { regionGaps(regionId: $id, limit: $limit) {
    region { id } homeRegionCount reasons
    needs { techArea { id } covered firms { id } localPeople localLabs { id } }
    gaps { need { techArea { id } } onlyFromAbroad diasporaTotal reasons
      diaspora { node { id name } abroad country { id } residence { id } homeTies { id } reasons }
      outsideLabs { node { id } abroad bridges { intermediaries { id } firm { id } lab { id } } } }
  } }`;

  it('names the needs of 青田县 and which of them its own labs and people do not cover', async () => {
    expect(needs.size).toBeGreaterThan(0);
    const { regionGaps } = await data(Q, { id: REGION, limit: 20 });
    expect(regionGaps.region.id).toBe(REGION);
    expect(regionGaps.needs.map((n: any) => n.techArea.id).sort()).toEqual([...needs].sort());
    for (const n of regionGaps.needs) expect(n.covered, n.techArea.id).toBe(covered(n.techArea.id));
    expect(regionGaps.gaps.map((g: any) => g.need.techArea.id).sort()).toEqual(uncovered);
  });

  it('counts for each need of 青田县 its own people expert in the area or a narrower one', async () => {
    const { regionGaps } = await data(Q, { id: REGION, limit: 20 });
    let counted = 0;
    for (const n of regionGaps.needs) {
      const fam = family(n.techArea.id);
      const expected = [...local].filter((p) => out(p, 'EXPERT_IN').some((e) => fam.has(e.end))).length;
      expect(n.localPeople, n.techArea.id).toBe(expected);
      counted += expected;
    }
    expect(counted, 'some need of 青田县 should have local people').toBeGreaterThan(0);
  });

  it('names at least one need of 青田县 met only from abroad, with its diaspora people', async () => {
    expect(onlyAbroad.length, 'the demo data should hold a need met only from abroad').toBeGreaterThan(0);
    const { regionGaps } = await data(Q, { id: REGION, limit: 20 });
    const flagged = regionGaps.gaps.filter((g: any) => g.onlyFromAbroad).map((g: any) => g.need.techArea.id).sort();
    expect(flagged).toEqual(onlyAbroad.sort());
    for (const g of regionGaps.gaps) {
      const area = g.need.techArea.id;
      const expected = diasporaFor(area).sort();
      expect(g.diasporaTotal, area).toBe(expected.length);
      expect(g.diaspora.map((p: any) => p.node.id).sort(), area).toEqual(expected.slice(0, 20).sort());
      for (const p of g.diaspora) {
        expect(p.abroad, p.node.id).toBe(abroad(residence(p.node.id)));
        expect(p.residence.id).toBe(residence(p.node.id));
        expect(p.reasons.length).toBeGreaterThanOrEqual(3);
      }
      expect(g.outsideLabs.map((l: any) => l.node.id).sort(), area).toEqual(outsideLabsFor(area).sort().slice(0, 20));
      if (onlyAbroad.includes(area)) {
        expect(g.diaspora.length + g.outsideLabs.length).toBeGreaterThan(0);
        expect(g.reasons.join(' ')).toMatch(/only from abroad/);
      }
    }
  });

  it('shows a viewer the same gaps with the non-consenting natives anonymised and their reasons withheld', async () => {
    const hidden = demo.nodes.filter((n) => n.labels.includes('Person') && n.props.consent === false).map((n) => n.id);
    const { regionGaps } = await data(Q, { id: REGION, limit: 20 }, 'anonymous');
    const text = JSON.stringify(regionGaps);
    for (const id of hidden) {
      expect(text.includes(id), id).toBe(false);
      expect(text.includes(String(propsOf.get(id)?.nameZh)), id).toBe(false);
    }
    expect(regionGaps.gaps.filter((g: any) => g.onlyFromAbroad).length).toBe(onlyAbroad.length);
  });

  it('refuses an id that is not a region and an unknown one', async () => {
    const wrong = await gql(Q, { id: 'demo:lab:tianmushan' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await gql(Q, { id: 'demo:region:atlantis' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const limit = await gql(Q, { id: REGION, limit: 0 });
    expect(limit.errors?.[0]?.extensions?.argument).toBe('limit');
  });
});

describe('fragility on the demo data', () => {
  const FIRM = 'demo:enterprise:wuxing-aluminium';
  const LAB = 'demo:lab:tianmushan';
  const adjacency = new Map<string, Set<string>>();
  for (const r of rels) {
    (adjacency.get(r.start) ?? adjacency.set(r.start, new Set()).get(r.start)!).add(r.end);
    (adjacency.get(r.end) ?? adjacency.set(r.end, new Set()).get(r.end)!).add(r.start);
  }
  const hubs = new Set([...adjacency].filter(([, n]) => n.size > 1000).map(([id]) => id));
  /** Hop distance from a to b without `removed`, within `limit`, or null. */
  function bfs(a: string, b: string, limit: number, removed: Set<string>): number | null {
    const dist = new Map([[a, 0]]);
    let frontier = [a];
    for (let d = 1; d <= limit && frontier.length; d++) {
      const next: string[] = [];
      for (const u of frontier) {
        if (u !== a && hubs.has(u)) continue;
        for (const v of adjacency.get(u) ?? []) {
          if (dist.has(v) || removed.has(v)) continue;
          if (v === b) return d;
          dist.set(v, d);
          next.push(v);
        }
      }
      frontier = next;
    }
    return null;
  }

  const Q = `query($from: ID!, $to: ID!, $maxHops: Int) { fragility(from: $from, to: $to, maxHops: $maxHops) {
    connected shortestLength shortestPathCount corridorSize singlePointOfFailure reasons
    paths { nodes { id } }
    bridges { intermediaries { id } }
    critical { node { id } cutsAllPaths cutsAllBridges singlePointOfFailure pathsLost bridgesLost reasons
      remainingPath { length nodes { id } } remainingBridge { intermediaries { id } } }
  } }`;

  for (const maxHops of [2, 3, 4]) {
    it(`calls a node critical exactly when removing it cuts every path of at most ${maxHops} hops (${FIRM} → ${LAB})`, async () => {
      const { fragility } = await data(Q, { from: FIRM, to: LAB, maxHops });
      const d = bfs(FIRM, LAB, maxHops, new Set());
      expect(fragility.connected).toBe(d !== null);
      expect(fragility.shortestLength).toBe(d);
      const critical = new Set<string>(fragility.critical.filter((c: any) => c.cutsAllPaths).map((c: any) => c.node.id));
      for (const id of critical) expect(bfs(FIRM, LAB, maxHops, new Set([id])), `${id} called critical`).toBeNull();
      // Every inner node of every listed short path that is not called critical leaves a path.
      const inner = new Set<string>(fragility.paths.flatMap((p: any) => p.nodes.slice(1, -1).map((n: any) => n.id)));
      for (const id of inner) if (!critical.has(id)) expect(bfs(FIRM, LAB, maxHops, new Set([id])), `${id} not called critical`).not.toBeNull();
      // And the nodes of the graph the test finds critical itself are all called critical.
      if (d !== null) {
        const all = [...adjacency.keys()].filter((id) => id !== FIRM && id !== LAB && bfs(FIRM, LAB, maxHops, new Set([id])) === null);
        expect([...critical].sort()).toEqual(all.sort());
      }
      for (const c of fragility.critical) {
        expect(c.reasons.length).toBeGreaterThan(0);
        if (c.remainingPath) expect(c.remainingPath.nodes.map((n: any) => n.id)).not.toContain(c.node.id);
        if (c.remainingBridge) expect(c.remainingBridge.intermediaries.map((n: any) => n.id)).not.toContain(c.node.id);
      }
    });
  }

  it('refuses equal ends, an unknown end and a hop bound out of range', async () => {
    expect((await gql(Q, { from: FIRM, to: FIRM })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await gql(Q, { from: FIRM, to: 'demo:lab:nowhere' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bad = await gql(Q, { from: FIRM, to: LAB, maxHops: 7 });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'maxHops' });
  });
});

describe('asOf on neighbourhood and diaspora (demo data)', () => {
  const validOn = (r: Rel, asOf: string | null) => {
    if (!asOf) return true;
    const start = iso(r.props.start) ?? iso(r.props.since);
    const end = iso(r.props.end);
    return (!start || start <= asOf) && (!end || end >= asOf);
  };
  const dates = (r: Rel) => [iso(r.props.start) ?? iso(r.props.since), iso(r.props.end)].filter((d): d is string => !!d);
  // Roots whose ties differ between two dates: the ends of dated ties, and for each a date before its first change.
  const dated = rels.filter((r) => dates(r).length > 0);
  const roots = [...new Set(dated.flatMap((r) => [r.start, r.end]))].sort().slice(0, 12);

  const NQ = `query($id: ID!, $asOf: Date) { neighbourhood(id: $id, depth: 1, limitPerType: 500, asOf: $asOf) {
    nodes { id } edges { type from to } totals { kind type count } estimated } }`;

  it('leaves out of a neighbourhood the ties that did not hold on the date, and counts only the ones that did', async () => {
    let changed = 0;
    for (const id of roots) {
      const incident = rels.filter((r) => r.start === id || r.end === id);
      const checkDates = [...new Set(incident.flatMap(dates))].flatMap((d) => [d, `${Number(d.slice(0, 4)) - 1}${d.slice(4)}`]).slice(0, 4);
      for (const asOf of [null, ...checkDates]) {
        const { neighbourhood } = await data(NQ, { id, asOf });
        const valid = incident.filter((r) => validOn(r, asOf));
        const expected = valid.map((r) => `${r.type}|${r.start}|${r.end}`).sort();
        const got = neighbourhood.edges.map((e: any) => `${e.type}|${e.from}|${e.to}`).sort();
        expect(got, `${id} asOf ${asOf}`).toEqual(expected);
        const neighbours = new Set(valid.map((r) => (r.start === id ? r.end : r.start)));
        expect(neighbourhood.nodes.map((n: any) => n.id).sort(), `${id} asOf ${asOf}`).toEqual([id, ...neighbours].sort());
        expect(neighbourhood.estimated).toBe(false);
        const relCounts = new Map<string, number>();
        for (const r of valid) relCounts.set(r.type, (relCounts.get(r.type) ?? 0) + 1);
        const gotCounts = new Map(neighbourhood.totals.filter((t: any) => t.kind === 'REL_TYPE').map((t: any) => [t.type, t.count]));
        expect(gotCounts, `${id} asOf ${asOf}`).toEqual(relCounts);
        if (valid.length !== incident.length) changed++;
      }
    }
    expect(changed, 'some date should leave ties out').toBeGreaterThan(0);
  });

  const ORIGIN = 'demo:region:qingtian';
  const home = under(ORIGIN);
  const natives = [...new Set(rels.filter((r) => r.type === 'ORIGINATES_FROM' && home.has(r.end)).map((r) => r.start))];
  function residenceOn(p: string, asOf: string | null): string | undefined {
    const on = asOf ?? TODAY;
    return out(p, 'LIVES_IN')
      .filter((l) => {
        const start = iso(l.props.start) ?? iso(l.props.since);
        const end = iso(l.props.end);
        return (!end || end >= on) && (!asOf || !start || start <= asOf);
      })
      .sort((a, b) => String(iso(b.props.start) ?? '').localeCompare(String(iso(a.props.start) ?? '')))[0]?.end;
  }
  const abroadOn = (asOf: string | null) =>
    natives.filter((p) => {
      const r = residenceOn(p, asOf);
      return r !== undefined && !home.has(r);
    });

  const DQ = `query($origin: ID!, $asOf: Date) { diaspora(originRegionId: $origin, limit: 200, asOf: $asOf) {
    total listed countries { cities { city { id } people { id } } } ties { from to type } } }`;

  it('places the diaspora where people lived on the date, with only the ties home that held then', async () => {
    // Dates at which someone's residence changes, and the day before each.
    const moves = [...new Set(natives.flatMap((p) => out(p, 'LIVES_IN').flatMap(dates)))].sort();
    expect(moves.length, 'the demo should hold natives who moved').toBeGreaterThan(0);
    const asked = [null, ...moves.flatMap((d) => [d, `${Number(d.slice(0, 4)) - 1}${d.slice(4)}`])];
    const totals = new Set<number>();
    for (const asOf of asked) {
      const { diaspora } = await data(DQ, { origin: ORIGIN, asOf });
      const expected = abroadOn(asOf).sort();
      expect(diaspora.total, `asOf ${asOf}`).toBe(expected.length);
      const listed = diaspora.countries.flatMap((c: any) => c.cities.flatMap((x: any) => x.people.map((p: any) => p.id))).sort();
      expect(listed, `asOf ${asOf}`).toEqual(expected);
      for (const c of diaspora.countries) for (const x of c.cities) for (const p of x.people) expect(residenceOn(p.id, asOf), `${p.id} asOf ${asOf}`).toBe(x.city.id);
      // Every tie home listed held on the date.
      for (const t of diaspora.ties) {
        const r = rels.find((x) => x.type === t.type && x.start === t.from && x.end === t.to)!;
        expect(r, `${t.type} ${t.from} ${t.to}`).toBeDefined();
        expect(validOn(r, asOf), `${t.type} ${t.from} ${t.to} asOf ${asOf}`).toBe(true);
      }
      totals.add(diaspora.total);
    }
    expect(totals.size, 'the diaspora should differ between dates').toBeGreaterThan(1);
  });

  it('refuses a malformed date', async () => {
    const bad = await gql(DQ, { origin: ORIGIN, asOf: '2020-13-45x' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('regionFragility on the demo data', () => {
  /** Firm–lab pairs of a region's people and who carries each alone, worked out from the records. */
  function expected(scope: string) {
    const home = under(scope);
    const people = new Set<string>();
    for (const r of rels) {
      if (!is(r.start, 'Person') || !current(r)) continue;
      if (r.type === 'LIVES_IN' && home.has(r.end)) people.add(r.start);
      if (['WORKS_AT', 'AFFILIATED_WITH', 'FOUNDED'].includes(r.type) && (is(r.end, 'Enterprise') || is(r.end, 'Lab')) && out(r.end, 'LOCATED_IN').some((l) => home.has(l.end))) {
        people.add(r.start);
      }
    }
    const firmsOf = (p: string) => new Set(rels.filter((r) => r.start === p && current(r) && ['WORKS_AT', 'AFFILIATED_WITH', 'FOUNDED'].includes(r.type) && is(r.end, 'Enterprise')).map((r) => r.end));
    const labsOf = (p: string) => new Set(rels.filter((r) => r.start === p && current(r) && ['WORKS_AT', 'AFFILIATED_WITH', 'STUDIED_AT'].includes(r.type) && is(r.end, 'Lab')).map((r) => r.end));
    const connections = new Map<string, string[][]>();
    const add = (f: string, l: string, via: string[]) => {
      const key = `${f}|${l}`;
      (connections.get(key) ?? connections.set(key, []).get(key)!).push(via);
    };
    for (const p of people) for (const f of firmsOf(p)) for (const l of labsOf(p)) add(f, l, [p]);
    const linked = new Set<string>();
    for (const r of rels) {
      if (!['KNOWS', 'COLLABORATED_WITH'].includes(r.type) || !current(r) || !people.has(r.start) || !people.has(r.end) || r.start === r.end) continue;
      const key = [r.start, r.end].sort().join('|');
      if (linked.has(key)) continue;
      linked.add(key);
      for (const [x, y] of [[r.start, r.end], [r.end, r.start]] as const) for (const f of firmsOf(x)) for (const l of labsOf(y)) add(f, l, [x, y]);
    }
    const carried = new Map<string, number>();
    let fragile = 0;
    for (const conns of connections.values()) {
      const sole = [...new Set(conns[0])].filter((p) => conns.every((c) => c.includes(p)));
      if (sole.length) fragile++;
      for (const p of sole) carried.set(p, (carried.get(p) ?? 0) + 1);
    }
    return { pairs: connections.size, fragile, carried };
  }

  const Q = `query($id: ID!) { regionFragility(scopeId: $id, limit: 100) {
    scope { id } people pairs fragilePairs hopBound truncated
    brokers { node { id } pairsCarried pairsInvolved pairs { firm { id } lab { id } connections } reasons } } }`;

  for (const scope of ['demo:region:lishui', 'demo:region:zhejiang', 'demo:region:hangzhou']) {
    it(`ranks the people who alone carry firm–lab pairs in ${scope}`, async () => {
      const want = expected(scope);
      const { regionFragility } = await data(Q, { id: scope });
      expect(regionFragility.scope.id).toBe(scope);
      expect(regionFragility.pairs).toBe(want.pairs);
      expect(regionFragility.fragilePairs).toBe(want.fragile);
      expect(regionFragility.truncated).toBe(false);
      const got = new Map(regionFragility.brokers.map((b: any) => [b.node.id, b.pairsCarried]));
      expect(got).toEqual(want.carried);
      const counts = regionFragility.brokers.map((b: any) => b.pairsCarried);
      expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
      for (const b of regionFragility.brokers) expect(b.pairs.length).toBe(Math.min(20, b.pairsCarried));
    });
  }

  it('exercises pairs carried alone somewhere in the demo', () => {
    expect(['demo:region:lishui', 'demo:region:zhejiang', 'demo:region:hangzhou'].some((s) => expected(s).fragile > 0)).toBe(true);
  });

  it('refuses a scope that is not a region, pool or tech area', async () => {
    const wrong = await gql(Q, { id: 'demo:lab:tianmushan' });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'scopeId' });
    const unknown = await gql(Q, { id: 'demo:region:atlantis' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
