// The bridge score and its reasons, as pure functions: each weight and rule that docs/scoring.md states is checked
// against numbers worked out by hand here, for people bridges and for organisation bridges.
import { describe, expect, it } from 'vitest';
import {
  CHAIN_FACTOR,
  ORGANISATION_FACTOR,
  ORG_WEIGHTS,
  WEIGHTS,
  orgSideStrength,
  orgTieValue,
  scoreOrgBridge,
  strongestOrgTie,
  type OrgTieFact,
  affiliationsValue,
  areaMatch,
  recency,
  scoreBridge,
  sideStrength,
  techManagerValue,
  tieValue,
  topicFit,
  type AreaRef,
  type PersonFacts,
  type TieFact,
} from '../../server/explore/bridge-score.js';
import { bridgeReasons, orgBridgeReasons, orgTieSentences, tieSentence } from '../../server/explore/bridge-reasons.js';

const REF = '2025-01-01';

function tie(over: Partial<TieFact> = {}): TieFact {
  return { type: 'WORKS_AT', kind: 'direct', strength: null, start: null, end: null, role: null, classYear: null, via: null, ...over };
}
function person(over: Partial<PersonFacts> = {}): PersonFacts {
  return { node: { id: 'p', name: 'P' }, roles: ['Person'], expertise: [], pools: [], affiliations: [], brokered: [], ...over };
}
const area = (id: string, broader: string[] = [], level: number | null = null): AreaRef => ({ id, name: id, broader, level });

describe('tie values', () => {
  it('uses the default strength of the type when none is recorded, and the recorded one otherwise', () => {
    expect(tieValue(tie({ type: 'WORKS_AT' }), REF)).toBeCloseTo(0.8);
    expect(tieValue(tie({ type: 'STUDIED_AT' }), REF)).toBeCloseTo(0.4);
    expect(tieValue(tie({ type: 'WORKS_AT', strength: 0.3 }), REF)).toBeCloseTo(0.3);
    expect(tieValue(tie({ type: 'WORKS_AT', strength: 7 }), REF)).toBeCloseTo(1);
  });

  it('counts ties through a unit or a shared project for less, brokering in full', () => {
    expect(tieValue(tie({ kind: 'unit' }), REF)).toBeCloseTo(0.8 * 0.8);
    expect(tieValue(tie({ type: 'PARTICIPATES_IN', kind: 'project' }), REF)).toBeCloseTo(0.5 * 0.7);
    expect(tieValue(tie({ type: 'BROKERED', kind: 'project' }), REF)).toBeCloseTo(0.7);
  });

  it('keeps ongoing ties whole and halves ended ones every half-life, down to the floor', () => {
    expect(recency(tie({ end: '2026-05-01' }), REF)).toBe(1);
    expect(recency(tie({ end: null }), REF)).toBe(1);
    // Ended exactly three years (one half-life) before the reference date.
    expect(recency(tie({ end: '2022-01-01' }), REF)).toBeCloseTo(0.5, 2);
    expect(recency(tie({ end: '1990-01-01' }), REF)).toBe(0.2);
    // Studies fade slower (half-life 8 years), and a class year stands in for a missing end.
    expect(recency(tie({ type: 'STUDIED_AT', classYear: 2016 }), REF)).toBeCloseTo(0.5 ** (8.5 / 8), 2);
  });

  it('lets several ties to the same end reinforce each other', () => {
    expect(sideStrength([tie({ strength: 0.8 }), tie({ type: 'AFFILIATED_WITH', strength: 0.6 })], REF)).toBeCloseTo(0.92);
    expect(sideStrength([], REF)).toBe(0);
  });
});

describe('topic fit', () => {
  it('scores the same area 1, a broader or narrower one 0.6 and a sibling 0.3', () => {
    expect(areaMatch(area('alloy', ['materials']), area('alloy'))).toBe(1);
    expect(areaMatch(area('alloy', ['materials']), area('materials'))).toBe(0.6);
    expect(areaMatch(area('materials'), area('alloy', ['materials']))).toBe(0.6);
    expect(areaMatch(area('alloy', ['materials']), area('ceramics', ['materials']))).toBe(0.3);
    expect(areaMatch(area('alloy'), area('ai'))).toBe(0);
  });

  it('averages the best match with each end that has areas, weighted by the expertise level', () => {
    const expertise = [area('alloy', ['materials'], 0.5), area('ai')];
    const fit = topicFit(expertise, [area('alloy')], [area('ai')]);
    expect(fit.value).toBeCloseTo((0.5 + 1) / 2);
    expect(fit.from?.area?.id).toBe('alloy');
    expect(topicFit(expertise, [], [area('ai')]).value).toBe(1);
    expect(topicFit(expertise, [], []).value).toBe(0);
    expect(topicFit([], [area('ai')], []).value).toBe(0);
  });
});

describe('person features', () => {
  it('values the technology-manager role and brokered deals', () => {
    expect(techManagerValue({ roles: ['TechManager'], brokered: [] })).toBeCloseTo(0.6);
    expect(techManagerValue({ roles: ['TechManager'], brokered: [1, 2, 3].map((i) => ({ id: `b${i}`, name: '' })) })).toBeCloseTo(1);
    expect(techManagerValue({ roles: ['Researcher'], brokered: [{ id: 'b', name: '' }] })).toBeCloseTo(0.4 / 3);
  });

  it('values two affiliations at 0.6 and three or more at 1', () => {
    const orgs = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `o${i}`, name: '' }));
    expect(affiliationsValue({ affiliations: orgs(1) })).toBe(0);
    expect(affiliationsValue({ affiliations: orgs(2) })).toBe(0.6);
    expect(affiliationsValue({ affiliations: orgs(4) })).toBe(1);
  });
});

describe('scoreBridge', () => {
  const strongest = person({
    roles: ['TechManager'],
    expertise: [area('a')],
    pools: [{ id: 'pool', name: 'pool' }],
    affiliations: ['x', 'y', 'z'].map((id) => ({ id, name: id })),
    brokered: ['1', '2', '3'].map((id) => ({ id, name: id })),
  });

  it('has weights that sum to 1', () => {
    expect(Object.values(WEIGHTS).reduce((s, w) => s + w, 0)).toBeCloseTo(1);
  });

  it('reaches 1 for a perfect one-person bridge and the chain factor for a perfect chain', () => {
    const one = scoreBridge({ fromAreas: [area('a')], toAreas: [area('a')], people: [strongest], fromTies: [tie({ strength: 1 })], toTies: [tie({ strength: 1 })], ref: REF });
    expect(one.score).toBe(1);
    const chain = scoreBridge({
      fromAreas: [area('a')],
      toAreas: [area('a')],
      people: [strongest, strongest],
      fromTies: [tie({ strength: 1 })],
      toTies: [tie({ strength: 1 })],
      links: [tie({ type: 'KNOWS', kind: 'personal', strength: 1 })],
      ref: REF,
    });
    expect(chain.score).toBeCloseTo(CHAIN_FACTOR);
  });

  it('is the weighted sum of its parts, with ties as the geometric mean of both sides', () => {
    const r = scoreBridge({ fromAreas: [], toAreas: [], people: [person()], fromTies: [tie({ strength: 0.9 })], toTies: [tie({ strength: 0.4 })], ref: REF });
    expect(r.parts.find((p) => p.code === 'ties')!.value).toBeCloseTo(Math.sqrt(0.9 * 0.4), 3);
    expect(r.score).toBeCloseTo(WEIGHTS.ties * Math.sqrt(0.9 * 0.4), 3);
    const sum = r.parts.reduce((s, p) => s + p.value * p.weight, 0);
    expect(r.score).toBeCloseTo(sum, 3);
  });

  it('ranks a technology manager above an equally tied researcher', () => {
    const base = { fromAreas: [], toAreas: [], fromTies: [tie()], toTies: [tie()], ref: REF };
    const tm = scoreBridge({ ...base, people: [person({ roles: ['TechManager'] })] }).score;
    const researcher = scoreBridge({ ...base, people: [person({ roles: ['Researcher'] })] }).score;
    expect(tm).toBeGreaterThan(researcher);
  });

  it('prefers a current tie to one that ended years ago', () => {
    const base = { fromAreas: [], toAreas: [], people: [person()], toTies: [tie()], ref: REF };
    const now = scoreBridge({ ...base, fromTies: [tie({ start: '2020-01-01' })] }).score;
    const old = scoreBridge({ ...base, fromTies: [tie({ start: '2010-01-01', end: '2015-01-01' })] }).score;
    expect(now).toBeGreaterThan(old);
  });

  it('stays within [0,1] for any mix of inputs', () => {
    for (let i = 0; i < 200; i++) {
      const n = (i * 7919) % 101;
      const r = scoreBridge({
        fromAreas: n % 2 ? [area('a')] : [],
        toAreas: n % 3 ? [area('b', ['a'])] : [],
        people: [person({ roles: n % 5 ? ['TechManager'] : [], expertise: [area('a', [], n / 10)] })],
        fromTies: [tie({ strength: (n % 13) / 4 - 1, end: n % 4 ? null : '2001-01-01' })],
        toTies: [tie({ strength: null, type: ['WORKS_AT', 'KNOWS', 'FOO'][n % 3]! })],
        ref: REF,
      });
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
  });
});

describe('reasons', () => {
  const lab = { id: 'lab', name: '天目山实验室', nameZh: '天目山实验室', nameEn: 'Tianmushan Laboratory' };
  const firm = { id: 'firm', name: '杭州五星铝业', nameZh: '杭州五星铝业', nameEn: 'Hangzhou Wuxing Aluminium' };

  it('says where someone works and since when, in both languages', () => {
    const s = tieSentence(tie({ start: '2021-03-01' }), lab, REF);
    expect(s.zh).toBe('在天目山实验室任职（2021 至今）');
    expect(tieSentence(tie({ start: '2021-03-01', role: '技术经理人 / technology manager' }), lab, REF, true)).toEqual({
      zh: '在天目山实验室任职（2021 年起），技术经理人',
      en: 'Works at Tianmushan Laboratory since 2021, technology manager',
    });
    expect(s.en).toBe('Works at Tianmushan Laboratory since 2021');
    const ended = tieSentence(tie({ start: '2015-01-01', end: '2019-06-30' }), lab, REF);
    expect(ended.en).toBe('Worked at Tianmushan Laboratory (2015–2019)');
  });

  it('names the technology manager and what they brokered first', () => {
    const tm = person({ roles: ['Person', 'TechManager'], brokered: [{ id: 'pr', name: '新能源材料联合实验室', nameEn: 'Joint new-energy materials lab' }] });
    const fromTie = tie({ type: 'BROKERED', kind: 'project', via: { id: 'pr', name: '新能源材料联合实验室', nameEn: 'Joint new-energy materials lab' } });
    const toTie = tie({ start: '2021-01-01' });
    const result = scoreBridge({ fromAreas: [], toAreas: [], people: [tm], fromTies: [fromTie], toTies: [toTie], ref: REF });
    const reasons = bridgeReasons({ from: firm, to: lab, people: [tm], fromTie, toTie, result, ref: REF });
    expect(reasons[0]!.code).toBe('TECH_MANAGER');
    expect(reasons[0]!.zh).toContain('技术经理人');
    expect(reasons[0]!.en).toContain('Technology manager who brokered “Joint new-energy materials lab”');
    expect(reasons.map((r) => r.code)).toEqual(['TECH_MANAGER', 'TIE_FROM', 'TIE_TO']);
    expect(reasons[1]!.en).toBe('Brokered the project “Joint new-energy materials lab” with Hangzhou Wuxing Aluminium');
  });
});

describe('organisation bridges', () => {
  const orgTie = (over: Partial<OrgTieFact> = {}): OrgTieFact => ({ kind: 'project', type: 'PARTICIPATES_IN', strength: null, start: null, end: null, via: null, people: [], ...over });
  const project = (id: string, start: string, end: string | null = null) =>
    orgTie({ via: { id, name: `项目${id}`, nameZh: `项目${id}`, nameEn: `Project ${id}` }, start, end });
  const lab = { id: 'lab', name: '天目山实验室', nameZh: '天目山实验室', nameEn: 'Tianmushan Laboratory' };
  const firm = { id: 'firm', name: '平湖精驱', nameZh: '平湖精驱', nameEn: 'Pinghu Drive' };
  const gu = { id: 'gu', name: '顾晨', nameZh: '顾晨', nameEn: 'Gu Chen' };

  it('weighs a tie by its kind and its recency', () => {
    expect(orgTieValue(orgTie(), REF)).toBeCloseTo(0.35);
    expect(orgTieValue(orgTie({ kind: 'brokered', type: 'BROKERED' }), REF)).toBeCloseTo(0.7);
    expect(orgTieValue(orgTie({ kind: 'unit', type: 'PART_OF' }), REF)).toBeCloseTo(0.8);
    expect(orgTieValue(orgTie({ kind: 'partner', type: 'PARTNERS_WITH', strength: 0.9 }), REF)).toBeCloseTo(0.9);
    // A project that ended three years before the reference date counts half.
    expect(orgTieValue(orgTie({ end: '2022-01-01' }), REF)).toBeCloseTo(0.35 * 0.5 ** ((Date.parse(REF) - Date.parse('2022-01-01')) / (365.25 * 864e5) / 3));
    // Several shared projects add up, each less.
    expect(orgSideStrength([orgTie(), orgTie()], REF)).toBeCloseTo(1 - 0.65 * 0.65);
    expect(strongestOrgTie([project('a', '2016-01-01', '2018-12-31'), project('b', '2020-01-01')], REF)!.via!.id).toBe('b');
  });

  it('scores 0.7 × (0.50 ties + 0.20 carriers + 0.15 topic + 0.15 broker)', () => {
    expect(ORG_WEIGHTS.ties + ORG_WEIGHTS.carriers + ORG_WEIGHTS.topic + ORG_WEIGHTS.broker).toBeCloseTo(1);
    const fromTies = [orgTie({ kind: 'brokered', type: 'BROKERED', people: [gu] })];
    const toTies = [project('a', '2024-01-01'), project('b', '2024-06-01')];
    const area = (id: string, broader: string[] = []) => ({ id, name: id, broader });
    const r = scoreOrgBridge({ fromAreas: [area('alloy', ['materials'])], toAreas: [], orgAreas: [area('alloy', ['materials'])], fromTies, toTies, ref: REF });
    const ties = Math.sqrt(0.7 * (1 - 0.65 * 0.65));
    // Carriers and broker: one side of two. Topic: the one end with areas matches exactly.
    expect(r.score).toBeCloseTo(ORGANISATION_FACTOR * (0.5 * ties + 0.2 * 0.5 + 0.15 * 1 + 0.15 * 0.5), 3);
    expect(r.parts.map((p) => p.code)).toEqual(['ties', 'carriers', 'topic', 'broker', 'organisation']);
    expect(r.parts.at(-1)).toEqual({ code: 'organisation', value: ORGANISATION_FACTOR, weight: 0 });
  });

  it('names the most recent three projects with their years, oldest first, and how many more', () => {
    const ties = [project('1', '2016-03-01'), project('2', '2017-06-01'), project('3', '2018-02-01'), project('4', '2019-09-01')];
    const [s] = orgTieSentences(ties, lab, REF);
    expect(s).toEqual({
      zh: '与天目山实验室共同参与项目「项目2」（2017）、「项目3」（2018）、「项目4」（2019）等 4 个项目',
      en: 'Co-participated with Tianmushan Laboratory in projects “Project 2” (2017), “Project 3” (2018), “Project 4” (2019) and 1 more',
    });
    expect(orgTieSentences([project('1', '2016-03-01'), project('1', '2016-03-01')], lab, REF)[0]!.en).toBe(
      'Co-participated with Tianmushan Laboratory in the project “Project 1” (2016)',
    );
  });

  it('puts brokering first, then the other kinds, then who carries the ties', () => {
    const fromTies = [
      project('p', '2023-04-01'),
      orgTie({ kind: 'brokered', type: 'BROKERED', start: '2023-04-01', via: { id: 'p', name: '伺服升级', nameEn: 'Servo upgrade' }, people: [gu], techManager: true }),
    ];
    const toTies = [orgTie({ kind: 'unit', type: 'PART_OF', orgIsPart: true }), orgTie({ kind: 'partner', type: 'PARTNERS_WITH', start: '2020-01-01' })];
    const result = scoreOrgBridge({ fromAreas: [], toAreas: [], orgAreas: [], fromTies, toTies, ref: REF });
    const reasons = orgBridgeReasons({ from: firm, to: lab, fromTies, toTies, result, ref: REF });
    expect(reasons.map((r) => r.code)).toEqual(['TIE_FROM', 'TIE_FROM', 'TIE_TO', 'TIE_TO', 'CARRIERS']);
    expect(reasons[0]).toMatchObject({ zh: '其技术经理人顾晨促成了平湖精驱参与的项目「伺服升级」（2023）', en: 'Its technology manager Gu Chen brokered Pinghu Drive’s project “Servo upgrade” (2023)' });
    expect(reasons[2]!.en).toBe('Part of Tianmushan Laboratory');
    expect(reasons[3]!.en).toBe('Partners with Tianmushan Laboratory since 2020');
    expect(reasons[4]).toMatchObject({ zh: '联系人：顾晨', en: 'People who carry these ties: Gu Chen' });
  });
});
