// Query.recommendCollaborators against a real Neo4j, on a seeded random network of people, organisations and tech
// areas. For several people the expected candidates, common neighbours, Adamic-Adar index (1/ln degree of each
// shared neighbour, degree counted from the fixture's edge list), area Jaccard and shared organisations are computed
// here, and the answer must match them person for person with the score of docs/scoring.md.
import { describe, expect, it } from 'vitest';
import type { App } from '../../server/yoga.js';
import { testDb } from '../support/db.js';
import { code, Fixture, gql, pick, random, round4, withFixture } from './recommend-support.js';

const db = testDb();
let app: App;
const fx = new Fixture();
const rand = random(1234);

const AREAS = Array.from({ length: 6 }, (_, i) => fx.node(`t:${i}`, ['TechArea'], { nameEn: `Area ${i}` }));
const ORGS = [
  fx.node('o:lab1', ['Lab'], { nameEn: 'Lab One' }),
  fx.node('o:lab2', ['Lab'], { nameEn: 'Lab Two' }),
  fx.node('o:firm', ['Enterprise'], { nameEn: 'Firm' }),
  fx.node('o:pool', ['TalentPool'], { nameEn: 'Pool' }),
];
const PEOPLE = Array.from({ length: 45 }, (_, i) => fx.node(`p:${i}`, ['Person'], { nameEn: `Researcher ${i}` }));
for (let k = 0; k < 90; k++) {
  const a = pick(rand, PEOPLE);
  const b = pick(rand, PEOPLE);
  // One tie per pair whatever its direction, as the data conventions say.
  if (a !== b && !['KNOWS', 'COLLABORATED_WITH'].some((t) => fx.has(t, b, a))) fx.rel(pick(rand, ['KNOWS', 'KNOWS', 'COLLABORATED_WITH']), a, b);
}
const ORG_TIES: Record<string, string> = { 'o:lab1': 'WORKS_AT', 'o:lab2': 'STUDIED_AT', 'o:firm': 'AFFILIATED_WITH', 'o:pool': 'MEMBER_OF' };
for (const p of PEOPLE) {
  for (let k = Math.floor(rand() * 3); k > 0; k--) fx.rel('EXPERT_IN', p, pick(rand, AREAS));
  if (rand() < 0.25) {
    const o = pick(rand, ORGS);
    fx.rel(ORG_TIES[o]!, p, o);
  }
}

function expected(u: string) {
  const neighbours = (x: string) =>
    new Set(fx.rels.filter((r) => (r.type === 'KNOWS' || r.type === 'COLLABORATED_WITH') && (r.start === x || r.end === x)).map((r) => (r.start === x ? r.end : r.start)));
  const areas = (x: string) => new Set(fx.relsOf('EXPERT_IN').filter((r) => r.start === x).map((r) => r.end));
  const orgs = (x: string) => new Set(fx.rels.filter((r) => Object.values(ORG_TIES).includes(r.type) && r.start === x).map((r) => r.end));
  const nu = neighbours(u);
  const au = areas(u);
  const ou = orgs(u);
  const out: Array<{ id: string; score: number; aa: number; shared: string[] }> = [];
  for (const v of PEOPLE) {
    if (v === u || nu.has(v)) continue;
    const shared = [...neighbours(v)].filter((w) => nu.has(w));
    const av = areas(v);
    const sharedAreas = [...av].filter((a) => au.has(a)).length;
    const sharedOrgList = [...orgs(v)].filter((o) => ou.has(o));
    const sharedOrgs = sharedOrgList.length;
    if (shared.length === 0 && sharedAreas === 0 && sharedOrgs === 0) continue;
    // Adamic-Adar over shared people, plus twice over shared organisations, each by 1 / ln(its member ties).
    const members = (o: string) => fx.rels.filter((r) => r.end === o && Object.values(ORG_TIES).includes(r.type)).length;
    const aa =
      shared.reduce((s, w) => s + 1 / Math.log(neighbours(w).size), 0) + 2 * sharedOrgList.reduce((s, o) => s + 1 / Math.log(Math.max(2, members(o))), 0);
    const union = au.size + av.size - sharedAreas;
    const score =
      0.45 * (1 - Math.exp(-aa)) + 0.1 * (1 - Math.exp(-shared.length / 2)) + 0.3 * (union ? sharedAreas / union : 0) + 0.15 * (1 - Math.exp(-sharedOrgs));
    out.push({ id: v, score: round4(score), aa, shared });
  }
  return out.sort((a, b) => b.score - a.score || b.aa - a.aa || a.id.localeCompare(b.id));
}

const QUERY = `query($id: ID!, $limit: Int) { recommendCollaborators(personId: $id, limit: $limit) {
  node { id } score reasons reasonDetails { code } scoreParts { code value weight }
  path { nodes { id } relationships { type } } related { id } } }`;

withFixture(db, fx, (made) => (app = made));

describe('recommendCollaborators', () => {
  it('matches link prediction worked out from the edge list, for several people', async () => {
    let checked = 0;
    for (const u of PEOPLE.slice(0, 8)) {
      const want = expected(u);
      const { data, errors } = await gql(app, QUERY, { id: u, limit: 100 });
      expect(errors).toBeUndefined();
      const got = data.recommendCollaborators as any[];
      expect(got.map((r) => r.node.id)).toEqual(want.map((w) => w.id));
      got.forEach((r, i) => {
        const w = want[i]!;
        expect(r.score).toBeCloseTo(w.score, 4);
        expect(r.score).toBeLessThanOrEqual(1);
        const aaPart = r.scoreParts.find((p: { code: string }) => p.code === 'ADAMIC_ADAR');
        expect(aaPart.value).toBeCloseTo(1 - Math.exp(-w.aa), 4);
        if (w.shared.length) {
          // The path goes through the shared neighbour with the fewest ties (the largest Adamic-Adar term).
          expect(r.path.nodes).toHaveLength(3);
          expect(w.shared).toContain(r.path.nodes[1].id);
          expect(r.reasonDetails[0].code).toBe('SHARED_NEIGHBOURS');
          expect(r.reasons[0]).toMatch(new RegExp(`^${w.shared.length} shared contacts?: `));
        }
        expect(r.path.nodes[0].id).toBe(u);
        expect(r.path.nodes.at(-1).id).toBe(r.node.id);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('never suggests someone already known, in either direction, nor the person themself', async () => {
    const u = PEOPLE[0]!;
    const known = fx.rels.filter((r) => (r.type === 'KNOWS' || r.type === 'COLLABORATED_WITH') && (r.start === u || r.end === u)).map((r) => (r.start === u ? r.end : r.start));
    expect(known.length).toBeGreaterThan(0);
    const { data } = await gql(app, QUERY, { id: u, limit: 100 });
    const ids = data.recommendCollaborators.map((r: { node: { id: string } }) => r.node.id);
    for (const k of [...known, u]) expect(ids).not.toContain(k);
  });

  it('refuses unknown and wrong-type ids and bad limits', async () => {
    expect(code(await gql(app, QUERY, { id: 'p:none' }))).toBe('NOT_FOUND');
    const wrong = await gql(app, QUERY, { id: 'o:lab1' });
    expect(code(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0]!.message).toMatch(/personId.*Lab/);
    expect(code(await gql(app, QUERY, { id: 'p:1', limit: 1000 }))).toBe('BAD_USER_INPUT');
    expect((await gql(app, QUERY, { id: 'p:1', limit: 3 })).data.recommendCollaborators.length).toBeLessThanOrEqual(3);
  });
});
