// Query.recommendLabs against a real Neo4j. A hand-made firm checks paths, reasons and the partner rule; a seeded
// random firm with many labs checks every score and the ranking against values worked out here from the fixture's
// own records with the rules of docs/scoring.md (taxonomy weights, distinct bridges counted from the edge lists).
import { describe, expect, it } from 'vitest';
import type { App } from '../../server/yoga.js';
import { testDb } from '../support/db.js';
import { code, Fixture, gql, pick, random, round4, TAXONOMY_AREAS, TAXONOMY_PARENTS, taxonomyWeight, withFixture } from './recommend-support.js';

const db = testDb();
let app: App;
const fx = new Fixture();

// Taxonomy: materials > alloys > al-alloys; materials > ceramics; ai > vision; other.
const AREAS = TAXONOMY_AREAS;
for (const a of AREAS) fx.node(a, ['TechArea'], { nameEn: `${a.slice(2)} area`, nameZh: `${a.slice(2)}领域` });
const PARENTS = TAXONOMY_PARENTS;
for (const [c, p] of PARENTS) fx.rel('PART_OF', c, p);
const parents = new Map<string, string[]>();
for (const [c, p] of PARENTS) parents.set(c, [...(parents.get(c) ?? []), p]);

// The hand-made firm.
fx.node('e:firm', ['Enterprise'], { nameEn: 'Main Firm', nameZh: '主企业' });
fx.rel('FOCUSES_ON', 'e:firm', 't:materials');
fx.rel('FOCUSES_ON', 'e:firm', 't:vision');
fx.node('l:A', ['Lab'], { nameEn: 'Lab A' });
fx.rel('RESEARCHES', 'l:A', 't:al-alloys');
fx.rel('RESEARCHES', 'l:A', 't:vision');
fx.node('l:B', ['Lab'], { nameEn: 'Lab B' });
fx.rel('RESEARCHES', 'l:B', 't:materials');
fx.node('l:C', ['Lab'], { nameEn: 'Lab C' });
fx.rel('RESEARCHES', 'l:C', 't:ai');
fx.node('l:D', ['Lab'], { nameEn: 'Lab D' });
fx.node('l:P', ['Lab'], { nameEn: 'Partner Lab' });
fx.rel('RESEARCHES', 'l:P', 't:materials');
fx.rel('RESEARCHES', 'l:P', 't:vision');
fx.rel('PARTNERS_WITH', 'l:P', 'e:firm');
fx.node('l:X', ['Lab'], { nameEn: 'Unrelated Lab' });
fx.rel('RESEARCHES', 'l:X', 't:other');
for (const p of ['p1', 'p2', 'p3', 'p4', 'p5', 'p6']) fx.node(`p:${p}`, ['Person'], { nameEn: `Person ${p}`, nameZh: `人员${p}` });
fx.rel('WORKS_AT', 'p:p1', 'e:firm', { strength: 0.9 });
fx.rel('AFFILIATED_WITH', 'p:p1', 'l:A', { strength: 0.8 });
fx.rel('WORKS_AT', 'p:p2', 'e:firm');
fx.rel('KNOWS', 'p:p2', 'p:p3');
fx.rel('WORKS_AT', 'p:p3', 'l:B');
fx.rel('WORKS_AT', 'p:p4', 'e:firm');
fx.rel('STUDIED_AT', 'p:p4', 'l:D');
fx.rel('FOUNDED', 'p:p5', 'e:firm');
fx.rel('STUDIED_AT', 'p:p5', 'l:D');
// p6 knows p1, but p1 is tied to the firm: not a chain to lab A.
fx.rel('AFFILIATED_WITH', 'p:p6', 'e:firm');
fx.rel('KNOWS', 'p:p6', 'p:p1');

// A seeded random firm with many labs and people.
const rand = random(4242);
fx.node('e:rand', ['Enterprise'], { nameEn: 'Random Firm' });
fx.rel('FOCUSES_ON', 'e:rand', 't:alloys');
fx.rel('FOCUSES_ON', 'e:rand', 't:ai');
const LABS = Array.from({ length: 14 }, (_, i) => fx.node(`l:r${i}`, ['Lab'], { nameEn: `R-Lab ${i}` }));
for (const lab of LABS) for (let k = Math.floor(rand() * 3); k > 0; k--) fx.rel('RESEARCHES', lab, pick(rand, AREAS));
const PEOPLE = Array.from({ length: 40 }, (_, i) => fx.node(`p:r${i}`, ['Person'], { nameEn: `R-Person ${i}` }));
for (const p of PEOPLE) {
  if (rand() < 0.35) fx.rel(pick(rand, ['WORKS_AT', 'AFFILIATED_WITH', 'FOUNDED']), p, 'e:rand', { strength: Math.round(rand() * 100) / 100 });
  if (rand() < 0.4) fx.rel(pick(rand, ['WORKS_AT', 'AFFILIATED_WITH', 'STUDIED_AT', 'FOUNDED']), p, pick(rand, LABS));
  if (rand() < 0.2) fx.rel('WORKS_AT', p, pick(rand, LABS));
}
for (let k = 0; k < 60; k++) {
  const a = pick(rand, PEOPLE);
  const b = pick(rand, PEOPLE);
  if (a !== b) fx.rel(pick(rand, ['KNOWS', 'COLLABORATED_WITH']), a, b);
}
fx.rel('PARTNERS_WITH', 'e:rand', 'l:r3');
fx.rel('COLLABORATED_WITH', 'e:rand', 'l:r5');

/** Expected recommendations for a firm, computed from the fixture records alone. */
function expected(firm: string) {
  const focus = fx.relsOf('FOCUSES_ON').filter((r) => r.start === firm).map((r) => r.end);
  const researches = (lab: string) => fx.relsOf('RESEARCHES').filter((r) => r.start === lab).map((r) => r.end);
  const tiedTo = (types: string[], org: string) => new Set(fx.rels.filter((r) => types.includes(r.type) && r.end === org).map((r) => r.start));
  const firmSide = tiedTo(['WORKS_AT', 'AFFILIATED_WITH', 'FOUNDED'], firm);
  const partners = new Set(fx.relsOf('PARTNERS_WITH').flatMap((r) => (r.start === firm ? [r.end] : r.end === firm ? [r.start] : [])));
  const collab = new Set(fx.relsOf('COLLABORATED_WITH').flatMap((r) => (r.start === firm ? [r.end] : r.end === firm ? [r.start] : [])));
  const knows = (a: string, b: string) => ['KNOWS', 'COLLABORATED_WITH'].some((t) => fx.has(t, a, b) || fx.has(t, b, a));
  const labs = fx.nodes.filter((n) => n.labels[0] === 'Lab').map((n) => n.id);
  const out: Array<{ id: string; score: number; bridges: number; direct: number; chains: number }> = [];
  for (const lab of labs) {
    const labSide = tiedTo(['WORKS_AT', 'AFFILIATED_WITH', 'STUDIED_AT', 'FOUNDED'], lab);
    const direct = [...firmSide].filter((p) => labSide.has(p)).length;
    let chains = 0;
    for (const p of firmSide) for (const q of labSide) if (p !== q && !labSide.has(p) && !firmSide.has(q) && knows(p, q)) chains++;
    const areas = researches(lab);
    const topical = focus.length ? focus.reduce((s, f) => s + Math.max(0, ...areas.map((a) => taxonomyWeight(parents, f, a))), 0) / focus.length : 0;
    const units = direct + 0.5 * chains + (collab.has(lab) ? 1 : 0);
    const proximity = units > 0 ? 1 - Math.exp(-units / 2) : 0;
    if (topical === 0 && units === 0 && !partners.has(lab)) continue;
    const factor = partners.has(lab) ? 0.5 : 1;
    out.push({ id: lab, score: round4(factor * (0.55 * topical + 0.45 * proximity)), bridges: direct + chains, direct, chains });
  }
  return out.sort((a, b) => b.score - a.score || b.bridges - a.bridges || a.id.localeCompare(b.id));
}

const QUERY = `query($id: ID!, $limit: Int) { recommendLabs(enterpriseId: $id, limit: $limit) {
  node { id name } score reasons reasonDetails { code zh en } scoreParts { code value weight }
  path { length nodes { id } relationships { type from to } } related { id } } }`;

withFixture(db, fx, (made) => (app = made));

describe('recommendLabs', () => {
  it('scores and ranks every candidate lab of a random firm as docs/scoring.md says', async () => {
    const want = expected('e:rand');
    expect(want.length).toBeGreaterThan(5);
    const { data, errors } = await gql(app, QUERY, { id: 'e:rand', limit: 100 });
    expect(errors).toBeUndefined();
    const got = data.recommendLabs as Array<{ node: { id: string }; score: number; scoreParts: Array<{ value: number; weight: number }> }>;
    expect(got.map((r) => r.node.id)).toEqual(want.map((w) => w.id));
    got.forEach((r, i) => {
      expect(r.score).toBeCloseTo(want[i]!.score, 4);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(r.scoreParts.reduce((s, p) => s + p.value * p.weight, 0)).toBeCloseTo(r.score, 3);
    });
  });

  it('mixes topical fit and bridges for the hand-made firm, with the partner ranked lower and flagged', async () => {
    const want = expected('e:firm');
    const { data, errors } = await gql(app, QUERY, { id: 'e:firm', limit: 100 });
    expect(errors).toBeUndefined();
    const got = data.recommendLabs as any[];
    expect(got.map((r) => r.node.id)).toEqual(want.map((w) => w.id));
    expect(got.map((r) => r.node.id)).not.toContain('l:X');
    const byId = new Map(got.map((r) => [r.node.id, r]));
    // Lab A: one direct bridge (p1), topical fit through a sub-area and an exact area.
    const a = byId.get('l:A');
    expect(a.reasonDetails.map((r: { code: string }) => r.code)).toEqual(['TOPICAL_OVERLAP', 'DIRECT_BRIDGES']);
    expect(a.reasons[0]).toContain('vision area');
    expect(a.reasons[0]).toContain('al-alloys area (a sub-area of materials area)');
    expect(a.reasons[1]).toContain('Person p1');
    expect(a.path.nodes.map((n: { id: string }) => n.id)).toEqual(['e:firm', 'p:p1', 'l:A']);
    expect(a.path.relationships.map((r: { type: string }) => r.type)).toEqual(['WORKS_AT', 'AFFILIATED_WITH']);
    // Lab B: a two-person chain p2 - p3.
    const b = byId.get('l:B');
    expect(b.reasonDetails.map((r: { code: string }) => r.code)).toContain('TWO_PERSON_CHAINS');
    expect(b.path.nodes.map((n: { id: string }) => n.id)).toEqual(['e:firm', 'p:p2', 'p:p3', 'l:B']);
    // Lab C: topical only, through the broader area; the path runs firm - focus - broader area - lab.
    const c = byId.get('l:C');
    expect(c.reasonDetails.map((r: { code: string }) => r.code)).toContain('NO_BRIDGE_YET');
    expect(c.path.nodes.map((n: { id: string }) => n.id)).toEqual(['e:firm', 't:vision', 't:ai', 'l:C']);
    expect(c.path.relationships.map((r: { type: string }) => r.type)).toEqual(['FOCUSES_ON', 'PART_OF', 'RESEARCHES']);
    // Lab D: two direct bridges and no topical overlap.
    expect(byId.get('l:D').reasons.join(' ')).toMatch(/2 people are tied to both/);
    expect(byId.get('l:D').reasonDetails[0].code).toBe('NO_TOPICAL_OVERLAP');
    // The partner would be first on fit alone; it is halved and says so.
    const p = byId.get('l:P');
    expect(p.reasonDetails.map((r: { code: string }) => r.code)).toContain('ALREADY_PARTNER');
    expect(p.path.nodes.map((n: { id: string }) => n.id)).toEqual(['e:firm', 'l:P']);
    expect(p.score).toBeCloseTo(0.5 * 0.55, 4);
  });

  it('writes reasons in Chinese when asked, with both languages in reasonDetails', async () => {
    const { data } = await gql(app, QUERY, { id: 'e:firm', limit: 1 }, { lang: 'zh' });
    const top = data.recommendLabs[0];
    expect(top.reasons[0]).toBe(top.reasonDetails[0].zh);
    expect(top.reasonDetails[0].en).not.toBe(top.reasonDetails[0].zh);
    expect(top.reasons.join('')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('honours limit and refuses bad arguments with typed errors naming them', async () => {
    const two = await gql(app, QUERY, { id: 'e:rand', limit: 2 });
    expect(two.data.recommendLabs).toHaveLength(2);
    const missing = await gql(app, QUERY, { id: 'e:nope' });
    expect(code(missing)).toBe('NOT_FOUND');
    expect(missing.errors![0]!.message).toContain('enterpriseId');
    const wrongType = await gql(app, QUERY, { id: 'l:A' });
    expect(code(wrongType)).toBe('BAD_USER_INPUT');
    expect(wrongType.errors![0]!.message).toMatch(/enterpriseId.*Lab/);
    for (const limit of [0, 101, -5]) {
      const bad = await gql(app, QUERY, { id: 'e:firm', limit });
      expect(code(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors![0]!.message).toContain('limit');
    }
  });

  it('answers an empty list for a firm with no focus and no ties', async () => {
    await db.runText("MERGE (e:Entity:Enterprise {id: 'e:lonely'}) SET e.name = 'Lonely'", {}, 'WRITE');
    const { data, errors } = await gql(app, QUERY, { id: 'e:lonely' });
    expect(errors).toBeUndefined();
    expect(data.recommendLabs).toEqual([]);
  });
});
