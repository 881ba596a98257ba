// Query.recommendLabs on data that has only projects and participants (as CORDIS): a seeded random project network
// around one firm. The expected ranking is worked out here from the fixture's participation list with the rules of
// docs/scoring.md: new labs by the number of the firm's partners they worked with (relative to the best) plus their
// project activity on a log scale, labs already in a project with the firm last, with reasons naming partners,
// projects and years, and a path through a partner. Filling a consortium (projectPartners: RANKED) ranks every lab
// by a short random walk from the firm, worked out here from the participation list, the projects the firm
// coordinated that the lab joined, shared partners and activity. A firm whose only project has no partner gets the
// most active labs, flagged as such.
import { describe, expect, it } from 'vitest';
import type { App } from '../../server/yoga.js';
import { testDb } from '../support/db.js';
import { Fixture, gql, pick, random, round4, withFixture } from './recommend-support.js';

const db = testDb();
let app: App;
const fx = new Fixture();
const rand = random(2718);

const FIRM = fx.node('e:net', ['Enterprise'], { nameEn: 'Network Firm' });
const LABS = Array.from({ length: 18 }, (_, i) => fx.node(`l:${i}`, ['Lab'], { nameEn: `Lab ${i}` }));
const FIRMS = Array.from({ length: 10 }, (_, i) => fx.node(`e:${i}`, ['Enterprise'], { nameEn: `Firm ${i}` }));
const BODIES = Array.from({ length: 4 }, (_, i) => fx.node(`o:${i}`, ['Organisation'], { nameEn: `Body ${i}` }));
const ORGS = [...LABS, ...FIRMS, ...BODIES];
const YEAR = new Map<string, number>();
const MEMBERS = new Map<string, string[]>();
for (let i = 0; i < 30; i++) {
  const year = 2014 + Math.floor(rand() * 6);
  const id = fx.node(`q:${i}`, ['Project'], { nameEn: `Project ${i}`, start: `${year}-03-01` });
  YEAR.set(id, year);
  const members = new Set<string>();
  if (i < 4) members.add(FIRM);
  for (let k = 2 + Math.floor(rand() * 4); k > 0; k--) members.add(pick(rand, ORGS));
  MEMBERS.set(id, [...members]);
  // The firm coordinates two of its four projects (what the consortium ranking counts as its own consortia).
  for (const m of members) fx.rel('PARTICIPATES_IN', m, id, m === FIRM && i % 2 === 0 ? { role: 'coordinator' } : {});
}
// A firm whose one project has no other participant.
const SOLO = fx.node('e:solo', ['Enterprise'], { nameEn: 'Solo Firm' });
fx.node('q:solo', ['Project'], { nameEn: 'Solo project', start: '2016-01-01' });
fx.rel('PARTICIPATES_IN', SOLO, 'q:solo');

const COORDINATED = new Set(['q:0', 'q:2']);
const projectsOf = (o: string) => [...MEMBERS].filter(([, ms]) => ms.includes(o)).map(([q]) => q);

/** Labs reached through the firm's partners in projects without the firm: distinct partners and projects per lab. */
function reachOf(skip: ReadonlySet<string>) {
  const firmProjects = new Set(projectsOf(FIRM));
  const partners = new Set([...firmProjects].flatMap((q) => MEMBERS.get(q)!).filter((o) => o !== FIRM));
  const reach = new Map<string, { partners: Set<string>; projects: Set<string> }>();
  for (const w of partners) {
    for (const q of projectsOf(w)) {
      if (firmProjects.has(q)) continue;
      for (const l of MEMBERS.get(q)!) {
        if (!l.startsWith('l:') || l === w || skip.has(l)) continue;
        const r = reach.get(l) ?? { partners: new Set(), projects: new Set() };
        r.partners.add(w);
        r.projects.add(q);
        reach.set(l, r);
      }
    }
  }
  return reach;
}

/**
 * A walk from the firm: to one of its projects, then to a participant (each uniformly, the firm included): `direct`
 * is the share arriving at each lab. From each partner on to one of its projects and a participant: `further`.
 */
function walkShares() {
  const own = projectsOf(FIRM);
  const mass = new Map<string, number>();
  for (const p of own) for (const o of MEMBERS.get(p)!) if (o !== FIRM) mass.set(o, (mass.get(o) ?? 0) + 1 / (own.length * MEMBERS.get(p)!.length));
  const direct = new Map([...mass].filter(([o]) => o.startsWith('l:')));
  const further = new Map<string, number>();
  for (const [o, m] of mass) {
    const qs = projectsOf(o);
    for (const q of qs) for (const l of MEMBERS.get(q)!) if (l.startsWith('l:') && l !== o) further.set(l, (further.get(l) ?? 0) + m / qs.length / MEMBERS.get(q)!.length);
  }
  return { direct, further };
}

function expected() {
  const firmProjects = new Set(projectsOf(FIRM));
  const partners = new Set([...firmProjects].flatMap((q) => MEMBERS.get(q)!).filter((o) => o !== FIRM));
  const known = new Set([...partners].filter((o) => o.startsWith('l:')));
  const reach = reachOf(known);
  const activity = (l: string) => projectsOf(l).length;
  const maxPartners = Math.max(...[...reach.values()].map((r) => r.partners.size));
  const maxActivity = Math.max(...[...reach.keys(), ...known].map(activity));
  const act = (l: string) => Math.log1p(activity(l)) / Math.log1p(maxActivity);
  const fresh = [...reach].map(([id, r]) => ({
    id,
    score: round4(0.45 * (r.partners.size / maxPartners) + 0.05 * act(id)),
    partners: r.partners.size,
    projects: r.projects.size,
    years: [...r.projects].map((q) => YEAR.get(q)!),
    activity: activity(id),
  }));
  fresh.sort((a, b) => b.score - a.score || b.partners - a.partners || b.activity - a.activity || a.id.localeCompare(b.id));
  const old = [...known].map((id) => ({ id, score: round4(0.5 * 0.05 * act(id)), activity: activity(id) }));
  old.sort((a, b) => b.score - a.score || b.activity - a.activity || a.id.localeCompare(b.id));
  return { fresh, old, firmProjects };
}

const QUERY = `query($id: ID!, $limit: Int) { recommendLabs(enterpriseId: $id, limit: $limit) {
  node { id } score reasonDetails { code en } scoreParts { code value weight }
  path { nodes { id } relationships { type } } } }`;

withFixture(db, fx, (made) => (app = made));

describe('recommendLabs on a project network', () => {
  it('ranks labs by the firm partners they worked with, then activity; labs already in its projects last', async () => {
    const { fresh, old, firmProjects } = expected();
    expect(fresh.length).toBeGreaterThan(3);
    expect(old.length).toBeGreaterThan(0);
    const { data, errors } = await gql(app, QUERY, { id: FIRM, limit: 100 });
    expect(errors).toBeUndefined();
    const got = data.recommendLabs as any[];
    expect(got.map((r) => r.node.id)).toEqual([...fresh, ...old].map((w) => w.id));
    got.forEach((r, i) => {
      expect(r.score).toBeCloseTo([...fresh, ...old][i]!.score, 4);
      expect(r.scoreParts.reduce((s: number, p: { value: number; weight: number }) => s + p.value * p.weight, 0)).toBeCloseTo(r.score, 3);
    });
    for (const [i, w] of fresh.entries()) {
      const r = got[i];
      const shared = r.reasonDetails.find((x: { code: string }) => x.code === 'SHARED_PARTNERS');
      const [lo, hi] = [Math.min(...w.years), Math.max(...w.years)];
      const span = lo === hi ? `${lo}` : `${lo}–${hi}`;
      expect(shared.en).toContain(`Worked with ${w.partners} of your partners in ${w.projects} ${w.projects === 1 ? 'project' : 'projects'} (${span})`);
      // firm - project - partner - project - lab, all participations, the first project the firm's own.
      expect(r.path.nodes).toHaveLength(5);
      expect(r.path.relationships.map((x: { type: string }) => x.type)).toEqual(Array(4).fill('PARTICIPATES_IN'));
      expect(firmProjects.has(r.path.nodes[1].id)).toBe(true);
      expect(MEMBERS.get(r.path.nodes[3].id)).toContain(r.node.id);
    }
    for (const r of got.slice(fresh.length)) {
      expect(r.reasonDetails.map((x: { code: string }) => x.code)).toContain('ALREADY_PROJECT_PARTNER');
      expect(r.path.nodes).toHaveLength(3);
    }
  });

  it('ranks labs already in the firm projects with the others when asked (projectPartners: RANKED)', async () => {
    const firmProjects = new Set(projectsOf(FIRM));
    const sharedCount = (l: string) => [...firmProjects].filter((q) => MEMBERS.get(q)!.includes(l)).length;
    const known = new Set(LABS.filter((l) => sharedCount(l) > 0));
    const reach = reachOf(new Set());
    const ids = new Set([...reach.keys(), ...known]);
    const activity = (l: string) => projectsOf(l).length;
    const maxPartners = Math.max(...[...reach.values()].map((r) => r.partners.size));
    const maxActivity = Math.max(...[...ids].map(activity));
    const walk = walkShares();
    const walkValue = (id: string) => (walk.direct.get(id) ?? 0) + 0.72 * (walk.further.get(id) ?? 0);
    const maxWalk = Math.max(...[...ids].map(walkValue));
    const led = (l: string) => [...firmProjects].filter((q) => COORDINATED.has(q) && MEMBERS.get(q)!.includes(l)).length;
    expect(Math.max(...[...ids].map(led))).toBeGreaterThan(0);
    // 0.18 · walk / best + 0.06 · shared partners / best + 0.18 · (1 − e^(−coordinated projects joined)) + 0.18 · activity on a log scale.
    const want = [...ids].map((id) => ({
      id,
      score: round4(
        0.18 * (walkValue(id) / maxWalk) +
          0.06 * ((reach.get(id)?.partners.size ?? 0) / maxPartners) +
          0.18 * (1 - Math.exp(-led(id))) +
          0.18 * (Math.log1p(activity(id)) / Math.log1p(maxActivity)),
      ),
      partners: reach.get(id)?.partners.size ?? 0,
      activity: activity(id),
    }));
    want.sort((a, b) => b.score - a.score || b.partners - a.partners || b.activity - a.activity || a.id.localeCompare(b.id));
    const { data, errors } = await gql(app, QUERY.replace('limit: $limit)', 'limit: $limit, projectPartners: RANKED)'), { id: FIRM, limit: 100 });
    expect(errors).toBeUndefined();
    const got = data.recommendLabs as any[];
    expect(got.map((r) => r.node.id)).toEqual(want.map((w) => w.id));
    got.forEach((r, i) => expect(r.score).toBeCloseTo(want[i]!.score, 4));
    // A known lab is no longer pushed to the end, and its reason no longer says so.
    const firstKnown = got.findIndex((r) => known.has(r.node.id));
    expect(firstKnown).toBeLessThan(got.length - known.size);
    const reason = got[firstKnown].reasonDetails.find((x: { code: string }) => x.code === 'ALREADY_PROJECT_PARTNER');
    expect(reason.en).not.toContain('ranked last');
    // The walk's reason states the two shares it measured and the coordinated projects the lab joined.
    const pct = (x: number) => `${Number((100 * x).toPrecision(2))}%`;
    for (const r of got.filter((x) => walkValue(x.node.id) > 0)) {
      const w = r.reasonDetails.find((x: { code: string }) => x.code === 'CONSORTIUM_WALK');
      const n = led(r.node.id);
      const joined = n > 0 ? `; joined ${n} ${n === 1 ? 'project' : 'projects'} you coordinated` : '';
      expect(w.en).toBe(`Of short random walks from your projects, ${pct(walk.direct.get(r.node.id) ?? 0)} reach this lab through a project you shared and ${pct(walk.further.get(r.node.id) ?? 0)} through one of your partners${joined}`);
    }
  });

  it('answers the most active labs for a firm whose project has no partner', async () => {
    const activity = LABS.map((l) => ({ id: l, n: projectsOf(l).length })).filter((x) => x.n > 0);
    activity.sort((a, b) => b.n - a.n || a.id.localeCompare(b.id));
    const { data, errors } = await gql(app, QUERY, { id: SOLO, limit: 5 });
    expect(errors).toBeUndefined();
    const got = data.recommendLabs as any[];
    expect(got.map((r) => r.node.id)).toEqual(activity.slice(0, 5).map((a) => a.id));
    for (const r of got) expect(r.reasonDetails.map((x: { code: string }) => x.code)).toContain('MOST_ACTIVE');
  });
});
