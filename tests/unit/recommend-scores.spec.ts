// The pure scores behind recommendLabs, recommendTalents and recommendCollaborators: values, bounds, ranking and
// reasons, on hand-made features whose expected values are worked out here.
import { describe, expect, it } from 'vitest';
import { adamicAdar, jaccard, rankCollaborators, scoreCollaborator, collaboratorReasons } from '../../server/recommend/collaborator-score.js';
import { labReasons, proximity, rankLabs, scoreLab, topicalFit, type LabFeatures } from '../../server/recommend/lab-score.js';
import { listNames, type NameLookup } from '../../server/recommend/names.js';
import { combine, saturate } from '../../server/recommend/score-parts.js';
import { expertiseMatch, levelFactor, rankTalents, scoreTalent, sourceValue, talentReasons, type TalentCandidate } from '../../server/recommend/talent-score.js';
import { AreaFamily } from '../../server/recommend/taxonomy.js';

const family = new AreaFamily([
  { wantedId: 'materials', areaId: 'materials', relation: 'exact', chain: ['materials'] },
  { wantedId: 'materials', areaId: 'alloys', relation: 'narrower', chain: ['materials', 'alloys'] },
  { wantedId: 'vision', areaId: 'vision', relation: 'exact', chain: ['vision'] },
  { wantedId: 'vision', areaId: 'ai', relation: 'broader', chain: ['vision', 'ai'] },
]);
const name: NameLookup = (id) => ({ zh: `${id}-zh`, en: `${id}-en` });

const lab = (over: Partial<LabFeatures>): LabFeatures => ({
  labId: 'lab',
  labAreaIds: [],
  directCount: 0,
  chainCount: 0,
  topDirect: [],
  topChains: [],
  partner: false,
  collaborated: false,
  ...over,
});

describe('score parts', () => {
  it('saturate is 0 at 0, 1-1/e at the scale, and below 1', () => {
    expect(saturate(0)).toBe(0);
    expect(saturate(2, 2)).toBeCloseTo(1 - Math.exp(-1), 10);
    expect(saturate(1e6)).toBeLessThanOrEqual(1);
  });
  it('combine clips values and the sum into [0, 1]', () => {
    expect(combine([{ code: 'a', value: 2, weight: 0.5 }, { code: 'b', value: -1, weight: 0.5 }])).toBe(0.5);
    expect(combine([{ code: 'a', value: Number.NaN, weight: 1 }])).toBe(0);
  });
});

describe('lab score', () => {
  it('topical fit is the mean best match over the firm focus areas', () => {
    expect(topicalFit(['materials', 'vision'], family, ['alloys', 'ai']).value).toBeCloseTo((0.8 + 0.5) / 2, 10);
    expect(topicalFit(['materials', 'vision'], family, ['materials']).value).toBeCloseTo(0.5, 10);
    expect(topicalFit([], family, ['materials']).value).toBe(0);
  });

  it('proximity counts direct bridges, half chains and a recorded collaboration', () => {
    expect(proximity(0, 0, false)).toBe(0);
    expect(proximity(1, 2, true)).toBeCloseTo(1 - Math.exp(-(1 + 1 + 1) / 2), 10);
    expect(proximity(3, 0, false)).toBeGreaterThan(proximity(2, 1, false));
  });

  it('mixes topical fit and proximity, halves partners, and ranks by score then bridges', () => {
    const a = lab({ labId: 'a', labAreaIds: ['materials', 'vision'] });
    const b = lab({ labId: 'b', labAreaIds: ['materials', 'vision'], partner: true });
    const c = lab({ labId: 'c', directCount: 2, topDirect: [{ people: ['p1'], weight: 1.6 }, { people: ['p2'], weight: 1 }] });
    const sa = scoreLab(['materials', 'vision'], family, a);
    const sb = scoreLab(['materials', 'vision'], family, b);
    const sc = scoreLab(['materials', 'vision'], family, c);
    expect(sa.score).toBeCloseTo(0.55, 4);
    expect(sb.score).toBeCloseTo(0.275, 4);
    expect(sb.parts.reduce((s, p) => s + p.weight * p.value, 0)).toBeCloseTo(sb.score, 4);
    expect(sc.score).toBeCloseTo(0.45 * (1 - Math.exp(-1)), 4);
    expect(sc.bestBridge).toEqual(['p1']);
    const features = new Map([a, b, c].map((f) => [f.labId, f]));
    expect(rankLabs([sb, sc, sa], features).map((s) => s.labId)).toEqual(['a', 'c', 'b']);
  });

  it('says which areas overlap, who bridges, and when a lab is already a partner', () => {
    const f = lab({
      labId: 'a',
      labAreaIds: ['alloys'],
      directCount: 1,
      topDirect: [{ people: ['p1'], weight: 1 }],
      chainCount: 1,
      topChains: [{ people: ['p2', 'p3'], weight: 1.5 }],
      partner: true,
    });
    const reasons = labReasons(scoreLab(['materials', 'vision'], family, f), f, 2, name);
    const codes = reasons.map((r) => r.code);
    expect(codes).toEqual(['TOPICAL_OVERLAP', 'DIRECT_BRIDGES', 'TWO_PERSON_CHAINS', 'ALREADY_PARTNER']);
    expect(reasons[0]!.en).toContain("1 of the firm's 2 focus areas: alloys-en (a sub-area of materials-en)");
    expect(reasons[1]!.zh).toContain('p1-zh');
    expect(reasons[2]!.en).toContain('p2-en – p3-en');
  });

  it('scores the project network: shared partners relative to the best lab, activity on a log scale', () => {
    const net = (partnerCount: number, projectCount: number) => ({
      partnerCount,
      projectCount,
      firstYear: 2015,
      lastYear: 2017,
      via: [{ partner: 'o1', firmProject: 'p1', labProject: 'q1' }],
    });
    const ctx = { projectNetwork: true, maxPartners: 4, maxActivity: 99 };
    const x = lab({ labId: 'x', network: net(4, 6), activity: 9 });
    const y = lab({ labId: 'y', network: net(1, 1), activity: 99 });
    const known = lab({ labId: 'k', activity: 99, sharedProjects: { count: 2, firstYear: 2014, lastYear: 2016, projectId: 'p1' } });
    const [sx, sy, sk] = [x, y, known].map((f) => scoreLab([], family, f, ctx));
    // 0.45 * shared partners / best + 0.05 * ln(1 + activity) / ln(1 + best activity); topical and people are 0.
    expect(sx!.score).toBeCloseTo(0.45 * 1 + 0.05 * (Math.log(10) / Math.log(100)), 4);
    expect(sy!.score).toBeCloseTo(0.45 * 0.25 + 0.05, 4);
    expect(sk!.score).toBeCloseTo(0.5 * 0.05, 4);
    expect(sx!.parts.map((p) => p.code)).toEqual(['TOPICAL_FIT', 'NETWORK_PROXIMITY', 'SHARED_PARTNERS', 'PROJECT_ACTIVITY']);
    // A lab the firm already shared a project with comes last even above a weaker new lab's score.
    const features = new Map([x, y, known].map((f) => [f.labId, f]));
    expect(rankLabs([sk!, sy!, sx!], features).map((s) => s.labId)).toEqual(['x', 'y', 'k']);
    const rx = labReasons(sx!, x, 0, name);
    expect(rx.map((r) => r.code)).toEqual(['NO_FOCUS', 'SHARED_PARTNERS']);
    expect(rx[1]!.en).toBe('Worked with 4 of your partners in 6 projects (2015–2017): o1-en');
    const rk = labReasons(sk!, known, 0, name);
    expect(rk.map((r) => r.code)).toEqual(['NO_FOCUS', 'ALREADY_PROJECT_PARTNER']);
    expect(rk[1]!.en).toBe('Already shares 2 projects with the firm (2014–2016) (ranked last)');
  });

  it('keeps the tag-and-people weights for a firm without a project network', () => {
    const a = lab({ labId: 'a', labAreaIds: ['materials', 'vision'], network: { partnerCount: 3, projectCount: 3, firstYear: null, lastYear: null, via: [] } });
    expect(scoreLab(['materials', 'vision'], family, a).score).toBeCloseTo(0.55, 4);
  });
});

describe('talent score', () => {
  const needs = [
    { areaId: 'materials', weight: 2 },
    { areaId: 'vision', weight: null },
  ];
  const person = (over: Partial<TalentCandidate>): TalentCandidate => ({
    personId: 'p',
    expertise: [],
    pools: [],
    wins: [],
    originIds: [],
    residenceIds: [],
    ...over,
  });

  it('reads levels on [0, 1] and 1-5, missing as the middle', () => {
    expect(levelFactor(1)).toBe(1);
    expect(levelFactor(0)).toBeCloseTo(0.6, 10);
    expect(levelFactor(null)).toBeCloseTo(0.8, 10);
    expect(levelFactor(5)).toBe(1);
  });

  it('weights needs, takes the best area per need, scales by level', () => {
    const m = expertiseMatch(needs, family, [
      { areaId: 'alloys', level: 1 },
      { areaId: 'materials', level: 0 },
      { areaId: 'ai', level: 1 },
    ]);
    // materials: max(0.8 * 1, 1 * 0.6) = 0.8; vision: 0.5 * 1. Weighted (2, 1).
    expect(m.value).toBeCloseTo((2 * 0.8 + 0.5) / 3, 10);
    expect(m.matched.map((x) => x.match.areaId)).toEqual(['alloys', 'ai']);
  });

  it('adds source bonuses: local pool over other pool, diaspora only when living outside home', () => {
    const home = new Set(['lishui', 'qingtian']);
    expect(sourceValue(person({ pools: [{ id: 'x', local: true }, { id: 'y', local: false }] }), home)).toBe(0.5);
    expect(sourceValue(person({ pools: [{ id: 'y', local: false }] }), home)).toBe(0.25);
    expect(sourceValue(person({ originIds: ['qingtian'], residenceIds: ['milan'] }), home)).toBe(0.4);
    expect(sourceValue(person({ originIds: ['qingtian'], residenceIds: ['lishui'] }), home)).toBe(0);
    expect(sourceValue(person({ wins: [{ id: 'c', rank: 1, year: 2024, related: true, local: false }] }), home)).toBeCloseTo(0.5, 10);
    expect(
      sourceValue(person({ pools: [{ id: 'x', local: true }], originIds: ['qingtian'], residenceIds: ['milan'], wins: [{ id: 'c', rank: 9, year: null, related: false, local: false }] }), home),
    ).toBe(1);
  });

  it('drops people who match no need and ranks the rest', () => {
    const home = new Set<string>();
    const a = scoreTalent(needs, family, person({ personId: 'a', expertise: [{ areaId: 'materials', level: 1 }], pools: [{ id: 'x', local: true }] }), home);
    const b = scoreTalent(needs, family, person({ personId: 'b', expertise: [{ areaId: 'vision', level: 1 }], pools: [{ id: 'x', local: true }] }), home);
    const c = scoreTalent(needs, family, person({ personId: 'c', expertise: [{ areaId: 'cooking', level: 1 }], pools: [{ id: 'x', local: true }] }), home);
    expect(a.score).toBeCloseTo(0.7 * (2 / 3) + 0.3 * 0.5, 4);
    expect(rankTalents([c, b, a]).map((s) => s.personId)).toEqual(['a', 'b']);
    const reasons = talentReasons(a, person({ pools: [{ id: 'x', local: true }] }), 2, name);
    expect(reasons.map((r) => r.code)).toEqual(['EXPERTISE_MATCH', 'LOCAL_POOL_MEMBER']);
    expect(reasons[1]!.en).toContain('x-en');
  });
});

describe('collaborator score', () => {
  it('computes Adamic-Adar and Jaccard', () => {
    expect(adamicAdar([{ degree: 2 }, { degree: 10 }])).toBeCloseTo(1 / Math.log(2) + 1 / Math.log(10), 10);
    expect(jaccard(1, 3, 2)).toBeCloseTo(0.25, 10);
    expect(jaccard(0, 0, 0)).toBe(0);
  });

  it('scores in [0, 1], picks the most telling shared neighbour as the path middle, and drops empty candidates', () => {
    const c = { personId: 'v', shared: [{ id: 'hub', degree: 50 }, { id: 'w', degree: 3 }], sharedAreaIds: ['a1'], areaCount: 2, sharedOrgIds: ['o'], orgMembers: { o: 7 } };
    const s = scoreCollaborator(c, 1);
    // People by 1/ln(degree), and the shared organisation of 7 members twice by 1/ln(7).
    const aa = 1 / Math.log(50) + 1 / Math.log(3) + 2 / Math.log(7);
    const expected = 0.45 * (1 - Math.exp(-aa)) + 0.1 * (1 - Math.exp(-1)) + 0.3 * (1 / 2) + 0.15 * (1 - Math.exp(-1));
    expect(s.score).toBeCloseTo(expected, 4);
    expect(s.via).toBe('w');
    const empty = scoreCollaborator({ personId: 'z', shared: [], sharedAreaIds: [], areaCount: 0, sharedOrgIds: [] }, 1);
    expect(rankCollaborators([empty, s]).map((x) => x.personId)).toEqual(['v']);
    const reasons = collaboratorReasons(s, c, name);
    expect(reasons.map((r) => r.code)).toEqual(['SHARED_NEIGHBOURS', 'SHARED_AREAS', 'SHARED_ORGANISATIONS']);
    expect(reasons[0]!.en.startsWith('2 shared contacts: w-en, hub-en')).toBe(true);
    expect(reasons[2]!.en).toBe('Both tied to o-en (the smallest has 7 members)');
  });

  it('counts a small shared organisation above a big one', () => {
    const base = { shared: [], sharedAreaIds: [], areaCount: 0, sharedOrgIds: ['o'] };
    const small = scoreCollaborator({ ...base, personId: 's', orgMembers: { o: 3 } }, 0);
    const big = scoreCollaborator({ ...base, personId: 'b', orgMembers: { o: 3000 } }, 0);
    expect(small.score).toBeGreaterThan(big.score);
    expect(rankCollaborators([big, small]).map((x) => x.personId)).toEqual(['s', 'b']);
  });
});

describe('names', () => {
  it('lists at most N names and says how many more', () => {
    const n = ['a', 'b', 'c', 'd'].map(name);
    expect(listNames(n, 2)).toEqual({ zh: 'a-zh、b-zh 等 4 个', en: 'a-en, b-en and 2 more' });
  });
});
