// Query.bridges against a real Neo4j, on a fixture with every kind of tie. The expected bridges are worked out
// here from the fixture records with the rules of docs/scoring.md (who is tied to an end, and how; which
// organisations are tied to both ends, and how), independently of the Cypher, and compared with the answer:
// one-person bridges completely, two-person chains, organisation bridges with their ties and carriers, as-of dates,
// both directions, `kinds`, ranking over more candidates than the limit, the path and reasons of each bridge,
// masking of the people who carry an organisation's ties, and errors.
import { describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/yoga.js';
import { nodeRow, relRow, writeBatch, type NodeRecord, type RelRecord } from '../../seed/import/writer.js';
import { testConfig, testDb, withGraph } from '../support/db.js';
import { orgTiesOf as orgTiesIn, orgsBetween } from './bridges-support.js';
import { gqlClient } from '../support/gql.js';

const db = testDb();
let app: App;
const gql = gqlClient(() => app, { lang: 'zh' });

const nodes: NodeRecord[] = [];
const rels: RelRecord[] = [];
const node = (id: string, labels: string[], props: Record<string, unknown> = {}) =>
  nodes.push({ id, labels, props: { name: id, ...(labels[0] === 'Person' ? { consent: true } : {}), ...props } });
const rel = (type: string, start: string, end: string, props: Record<string, unknown> = {}) => rels.push({ type, start, end, props });

// Ends, units, a project, a demand, a pool and tech areas.
node('b:firm', ['Enterprise'], { nameZh: '五星', nameEn: 'Five Star' });
node('b:lab', ['Lab'], { nameZh: '天目山', nameEn: 'Tianmushan' });
node('b:lab-unit', ['Lab']);
rel('PART_OF', 'b:lab-unit', 'b:lab');
node('b:firm-joint', ['Lab']);
rel('PART_OF', 'b:firm-joint', 'b:firm');
node('b:project', ['Project'], { nameZh: '铝箔中试', nameEn: 'Foil pilot' });
rel('PARTICIPATES_IN', 'b:firm', 'b:project', { start: '2020-01-01' });
node('b:demand', ['Demand']);
rel('POSTED', 'b:firm', 'b:demand');
node('b:pool', ['TalentPool']);
node('b:elsewhere', ['Enterprise']);
node('b:region', ['Region']);
node('t:materials', ['TechArea']);
node('t:alloy', ['TechArea']);
rel('PART_OF', 't:alloy', 't:materials');
rel('FOCUSES_ON', 'b:firm', 't:alloy');
rel('RESEARCHES', 'b:lab', 't:materials');

const person = (id: string, roles: string[] = []) => node(id, ['Person', ...roles]);
person('p:a'); rel('WORKS_AT', 'p:a', 'b:firm', { start: '2015-01-01' }); rel('WORKS_AT', 'p:a', 'b:lab', { start: '2016-01-01' });
person('p:b'); rel('AFFILIATED_WITH', 'p:b', 'b:firm'); rel('WORKS_AT', 'p:b', 'b:lab-unit', { start: '2019-01-01' });
person('p:c'); rel('PARTICIPATES_IN', 'p:c', 'b:project', { start: '2020-03-01' }); rel('STUDIED_AT', 'p:c', 'b:lab', { classYear: 2010 });
person('p:d', ['TechManager']); rel('BROKERED', 'p:d', 'b:demand'); rel('AFFILIATED_WITH', 'p:d', 'b:lab', { start: '2021-01-01' });
rel('EXPERT_IN', 'p:d', 't:alloy');
person('p:e'); rel('BROKERED', 'p:e', 'b:project'); rel('FOUNDED', 'p:e', 'b:lab', { start: '2017-05-01' });
person('p:f'); rel('WORKS_AT', 'p:f', 'b:firm', { start: '2010-01-01', end: '2018-12-31' });
person('p:g'); rel('WORKS_AT', 'p:g', 'b:lab', { start: '2012-01-01' });
rel('KNOWS', 'p:f', 'p:g', { since: '2019-01-01' });
person('p:h'); rel('WORKS_AT', 'p:h', 'b:firm-joint'); rel('WORKS_AT', 'p:h', 'b:lab', { start: '2011-01-01', end: '2019-06-30' });
person('p:i'); rel('WORKS_AT', 'p:i', 'b:firm'); rel('WORKS_AT', 'p:i', 'b:elsewhere');
rel('COLLABORATED_WITH', 'p:i', 'p:a');
person('p:j'); rel('MEMBER_OF', 'p:j', 'b:pool');
person('p:k'); rel('WORKS_AT', 'p:k', 'b:firm', { start: '2010-01-01', end: '2012-12-31' }); rel('WORKS_AT', 'p:k', 'b:lab', { start: '2013-01-01' });
// A chain through the lab's unit, the other way round (anchored at the lab side).
person('p:m'); rel('WORKS_AT', 'p:m', 'b:lab-unit');
person('p:n'); rel('AFFILIATED_WITH', 'p:n', 'b:firm', { start: '2022-01-01' });
rel('COLLABORATED_WITH', 'p:m', 'p:n', { start: '2021-01-01', end: '2023-12-31' });
// A pool member who also works at the lab: pool and lab as ends.
rel('MEMBER_OF', 'p:g', 'b:pool', { start: '2020-01-01' });
// Organisations tied to both ends. An institute whose technology manager brokered the firm's project, and which
// took part in four projects with the lab; one of its people, who did not consent, took part in the latest.
node('b:institute', ['Organisation'], { nameZh: '长三角研究院', nameEn: 'YRD Institute' });
rel('FOCUSES_ON', 'b:institute', 't:alloy');
person('p:tm', ['TechManager']); rel('WORKS_AT', 'p:tm', 'b:institute', { start: '2019-01-01' });
rel('BROKERED', 'p:tm', 'b:project', { start: '2020-05-01' });
for (const [i, start] of [[1, '2016-03-01'], [2, '2017-06-01'], [3, '2018-02-01'], [4, '2019-09-01']] as const) {
  node(`b:proj-${i}`, ['Project'], { nameZh: `联合项目${i}`, nameEn: `Joint project ${i}`, start, end: `${Number(start.slice(0, 4)) + 2}-12-31` });
  rel('PARTICIPATES_IN', 'b:lab', `b:proj-${i}`);
  rel('PARTICIPATES_IN', 'b:institute', `b:proj-${i}`);
}
node('p:hidden', ['Person'], { name: '隐名者', consent: false });
rel('WORKS_AT', 'p:hidden', 'b:institute'); rel('PARTICIPATES_IN', 'p:hidden', 'b:proj-4');
// A firm that partners with the lab (since 2020) and collaborated with the firm.
node('b:partner-firm', ['Enterprise'], { nameZh: '伙伴企业', nameEn: 'Partner Firm' });
rel('PARTNERS_WITH', 'b:partner-firm', 'b:lab', { start: '2020-01-01' });
rel('COLLABORATED_WITH', 'b:firm', 'b:partner-firm');
// Many equal bridges between a second firm and lab; one of them a technology manager.
node('b:firm2', ['Enterprise']);
node('b:lab2', ['Lab']);
const MANY = 150;
for (let i = 0; i < MANY; i++) {
  const id = `q:${String(i).padStart(3, '0')}`;
  person(id, i === MANY - 1 ? ['TechManager'] : []);
  rel('WORKS_AT', id, 'b:firm2', { strength: 0.5 });
  rel('AFFILIATED_WITH', id, 'b:lab2', { strength: 0.5 });
}

const DIRECT = ['WORKS_AT', 'AFFILIATED_WITH', 'STUDIED_AT', 'FOUNDED', 'MEMBER_OF'];
const isPerson = (id: string) => nodes.find((n) => n.id === id)?.labels[0] === 'Person';

function validOn(r: RelRecord, asOf: string | null): boolean {
  if (!asOf) return true;
  const start = (r.props.start ?? r.props.since) as string | undefined;
  const end = r.props.end as string | undefined;
  return (!start || start <= asOf) && (!end || end >= asOf);
}

/** People tied to an end, by the documented rules, worked out over the fixture records. */
function tiedTo(end: string, asOf: string | null): Set<string> {
  const ok = (r: RelRecord) => validOn(r, asOf);
  const out = new Set<string>();
  for (const r of rels.filter(ok)) {
    if (DIRECT.includes(r.type) && r.end === end && isPerson(r.start)) out.add(r.start);
    if (DIRECT.includes(r.type) && isPerson(r.start) && rels.some((u) => ok(u) && u.type === 'PART_OF' && u.start === r.end && u.end === end)) out.add(r.start);
    if (['PARTICIPATES_IN', 'BROKERED'].includes(r.type) && isPerson(r.start) &&
        rels.some((x) => ok(x) && ['PARTICIPATES_IN', 'POSTED'].includes(x.type) && x.start === end && x.end === r.end)) out.add(r.start);
    if (['KNOWS', 'COLLABORATED_WITH'].includes(r.type) && isPerson(end)) {
      if (r.start === end) out.add(r.end);
      if (r.end === end) out.add(r.start);
    }
  }
  out.delete(end);
  return out;
}

const ORG_TYPES = ['Enterprise', 'Lab', 'Organisation'];
const isOrg = (id: string) => ORG_TYPES.includes(nodes.find((n) => n.id === id)?.labels[0] ?? '');
const orgTiesOf = (end: string, asOf: string | null) => orgTiesIn(rels, isPerson, isOrg, end, asOf);
const expectedOrgs = (from: string, to: string, asOf: string | null) => orgsBetween(rels, isPerson, isOrg, from, to, asOf);

function expectedOnes(from: string, to: string, asOf: string | null): string[] {
  const a = tiedTo(from, asOf);
  return [...tiedTo(to, asOf)].filter((p) => a.has(p) && p !== from && p !== to).sort();
}

function expectedChains(from: string, to: string, asOf: string | null): string[] {
  const ones = new Set(expectedOnes(from, to, asOf));
  const a = tiedTo(from, asOf);
  const b = tiedTo(to, asOf);
  const chains = new Set<string>();
  for (const r of rels) {
    if (!['KNOWS', 'COLLABORATED_WITH'].includes(r.type) || !validOn(r, asOf)) continue;
    for (const [x, y] of [[r.start, r.end], [r.end, r.start]] as const) {
      if (a.has(x) && b.has(y) && !ones.has(x) && !ones.has(y) && ![from, to].includes(x) && ![from, to].includes(y)) chains.add(`${x}>${y}`);
    }
  }
  return [...chains].sort();
}

const Q = `query($from: ID!, $to: ID!, $max: Int, $asOf: Date, $limit: Int, $kinds: [BridgeIntermediary!]) {
  bridges(from: $from, to: $to, maxIntermediaries: $max, asOf: $asOf, limit: $limit, kinds: $kinds) {
    kind score intermediaries { id } reasons reasonDetails { code zh en } scoreParts { code value weight }
    path { length nodes { id } relationships { type from to direction } }
    carriers { id name } ties { side kind type via { id } year people { id } }
  }
}`;

interface BridgeOut {
  kind: string;
  score: number;
  intermediaries: Array<{ id: string }>;
  reasons: string[];
  reasonDetails: Array<{ code: string; zh: string; en: string }>;
  scoreParts: Array<{ code: string; value: number; weight: number }>;
  path: { length: number; nodes: Array<{ id: string }>; relationships: Array<{ type: string; from: string; to: string; direction: string }> };
  carriers: Array<{ id: string; name: string }>;
  ties: Array<{ side: string; kind: string; type: string; via: { id: string } | null; year: number | null; people: Array<{ id: string }> }>;
}

async function bridges(vars: Record<string, unknown>, lang = 'zh'): Promise<BridgeOut[]> {
  const { data, errors } = await gql(Q, vars, { lang });
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data.bridges;
}

const oneIds = (bs: BridgeOut[]) => bs.filter((b) => b.kind === 'ONE_PERSON').map((b) => b.intermediaries[0]!.id).sort();
const orgIds = (bs: BridgeOut[]) => bs.filter((b) => b.kind === 'ORGANISATION').map((b) => b.intermediaries[0]!.id).sort();
const chainIds = (bs: BridgeOut[]) => bs.filter((b) => b.kind === 'TWO_PERSON').map((b) => b.intermediaries.map((p) => p.id).join('>')).sort();

withGraph(db, async () => {
  await writeBatch(db, nodes.map(nodeRow), rels.map(relRow));
  app = await createApp({ config: testConfig(), db });
});

describe('bridges', () => {
  it('finds every one-person bridge and every two-person chain, by every kind of tie', async () => {
    const found = await bridges({ from: 'b:firm', to: 'b:lab', limit: 100 });
    expect(oneIds(found)).toEqual(expectedOnes('b:firm', 'b:lab', null));
    expect(chainIds(found)).toEqual(expectedChains('b:firm', 'b:lab', null));
    // The fixture is meant to hold each kind of tie; make sure the expectation is not trivially small.
    expect(expectedOnes('b:firm', 'b:lab', null)).toEqual(['p:a', 'p:b', 'p:c', 'p:d', 'p:e', 'p:h', 'p:k']);
    expect(expectedChains('b:firm', 'b:lab', null)).toEqual(['p:f>p:g', 'p:n>p:m']);
  });

  it('gives the same bridges asked the other way round, in the right order', async () => {
    const forth = await bridges({ from: 'b:firm', to: 'b:lab', limit: 100 });
    const back = await bridges({ from: 'b:lab', to: 'b:firm', limit: 100 });
    expect(oneIds(back)).toEqual(oneIds(forth));
    expect(chainIds(back)).toEqual(expectedChains('b:lab', 'b:firm', null));
    for (const b of back) {
      expect(b.path.nodes[0]!.id).toBe('b:lab');
      expect(b.path.nodes.at(-1)!.id).toBe('b:firm');
    }
  });

  it('keeps only ties valid on the as-of date', async () => {
    for (const asOf of ['2011-06-01', '2014-01-01', '2019-03-01', '2022-06-01']) {
      const found = await bridges({ from: 'b:firm', to: 'b:lab', asOf, limit: 100 });
      expect(oneIds(found), asOf).toEqual(expectedOnes('b:firm', 'b:lab', asOf));
      expect(chainIds(found), asOf).toEqual(expectedChains('b:firm', 'b:lab', asOf));
    }
  });

  it('finds only one-person bridges (and organisations) with maxIntermediaries 1', async () => {
    const found = await bridges({ from: 'b:firm', to: 'b:lab', max: 1, limit: 100 });
    expect(found.every((b) => b.kind === 'ONE_PERSON' || b.kind === 'ORGANISATION')).toBe(true);
    expect(oneIds(found)).toEqual(expectedOnes('b:firm', 'b:lab', null));
  });

  it('works between a person and a lab, and between a pool and a firm', async () => {
    expect(oneIds(await bridges({ from: 'p:f', to: 'b:lab', max: 1 }))).toEqual(expectedOnes('p:f', 'b:lab', null));
    expect(expectedOnes('p:f', 'b:lab', null)).toEqual(['p:g']);
    expect(oneIds(await bridges({ from: 'b:pool', to: 'b:lab', max: 1 }))).toEqual(expectedOnes('b:pool', 'b:lab', null));
  });

  it('ranks all candidates before cutting to the limit', async () => {
    const top = await bridges({ from: 'b:firm2', to: 'b:lab2', limit: 1 });
    // All 150 have equal ties; only the technology manager (the last by id) stands out.
    expect(top.map((b) => b.intermediaries[0]!.id)).toEqual([`q:${MANY - 1}`]);
    const hundred = await bridges({ from: 'b:firm2', to: 'b:lab2', limit: 100 });
    expect(hundred).toHaveLength(100);
    const all = await bridges({ from: 'b:firm2', to: 'b:lab2', limit: 100, max: 1 });
    expect(new Set(all.map((b) => b.intermediaries[0]!.id)).size).toBe(100);
  });

  it('scores in [0,1], sorted, with parts that add up, a path from `from` to `to` and reasons in both languages', async () => {
    const found = await bridges({ from: 'b:firm', to: 'b:lab', limit: 100 });
    const scores = found.map((b) => b.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    for (const b of found) {
      expect(b.score).toBeGreaterThanOrEqual(0);
      expect(b.score).toBeLessThanOrEqual(1);
      const factor = b.scoreParts.find((p) => p.code === 'chain' || p.code === 'organisation')?.value ?? 1;
      expect(b.score).toBeCloseTo(factor * b.scoreParts.reduce((s, p) => s + p.value * p.weight, 0), 3);
      const ids = b.path.nodes.map((n) => n.id);
      expect(ids[0]).toBe('b:firm');
      expect(ids.at(-1)).toBe('b:lab');
      expect(b.path.length).toBe(b.path.relationships.length);
      // Intermediaries appear on the path in order.
      const at = b.intermediaries.map((p) => ids.indexOf(p.id));
      expect(at.every((i) => i > 0)).toBe(true);
      expect([...at].sort((x, y) => x - y)).toEqual(at);
      // Each relationship joins consecutive nodes, in the direction it says.
      b.path.relationships.forEach((r, i) => {
        const [x, y] = [ids[i], ids[i + 1]];
        expect(r.direction === 'FORWARD' ? [r.from, r.to] : [r.to, r.from]).toEqual([x, y]);
      });
      expect(b.reasons.length).toBeGreaterThanOrEqual(2);
      expect(b.reasons).toEqual(b.reasonDetails.map((d) => d.zh));
      for (const d of b.reasonDetails) expect(d.en).toMatch(/[A-Za-z]/);
    }
    const d = found.find((b) => b.intermediaries[0]!.id === 'p:d')!;
    expect(d.reasonDetails[0]!.code).toBe('TECH_MANAGER');
    expect(d.reasonDetails.map((r) => r.code)).toContain('TOPIC');
    const en = await bridges({ from: 'b:firm', to: 'b:lab', limit: 100 }, 'en');
    const dEn = en.find((b) => b.intermediaries[0]!.id === 'p:d')!;
    expect(dEn.reasons[0]).toMatch(/^Technology manager/);
    expect(dEn.reasons).toContain('Affiliated with Tianmushan since 2021');
  });

  it('finds every organisation tied to both ends, with each tie, by every kind of tie', async () => {
    const found = await bridges({ from: 'b:firm', to: 'b:lab', limit: 100 });
    expect(orgIds(found)).toEqual(expectedOrgs('b:firm', 'b:lab', null));
    expect(expectedOrgs('b:firm', 'b:lab', null)).toEqual(['b:firm-joint', 'b:institute', 'b:lab-unit', 'b:partner-firm']);
    const fromTies = orgTiesOf('b:firm', null);
    const toTies = orgTiesOf('b:lab', null);
    const key = (t: { kind: string; via: string | null; person: string | null }) => `${t.kind}|${t.via ?? ''}|${t.person ?? ''}`;
    for (const b of found.filter((x) => x.kind === 'ORGANISATION')) {
      const o = b.intermediaries[0]!.id;
      for (const [side, expected] of [['FROM', fromTies.get(o)!], ['TO', toTies.get(o)!]] as const) {
        const got = b.ties
          .filter((t) => t.side === side)
          .map((t) => key({ kind: t.kind.toLowerCase(), via: t.via?.id ?? null, person: t.kind === 'BROKERED' || t.kind === 'STAFF' ? t.people[0]!.id : null }));
        expect(got.sort(), `${o} ${side}`).toEqual(expected.map(key).sort());
      }
    }
  });

  it('says which projects and years tie an organisation, who carries the ties, and masks a carrier who did not consent', async () => {
    const en = await bridges({ from: 'b:firm', to: 'b:lab', limit: 100 }, 'en');
    const inst = en.find((b) => b.intermediaries[0]!.id === 'b:institute')!;
    expect(inst.kind).toBe('ORGANISATION');
    expect(inst.reasons).toContain('Its technology manager p:tm brokered Five Star’s project “Foil pilot” (2020)');
    expect(inst.reasons).toContain('Co-participated with Tianmushan in projects “Joint project 2” (2017), “Joint project 3” (2018), “Joint project 4” (2019) and 1 more');
    expect(inst.ties.filter((t) => t.side === 'TO').map((t) => t.year).sort()).toEqual([2016, 2017, 2018, 2019]);
    // The carriers: the technology manager, and the person on the latest project, masked for an anonymous viewer.
    const hidden = inst.carriers.find((c) => c.id !== 'p:tm')!;
    expect(inst.carriers.map((c) => c.id)).toContain('p:tm');
    expect(hidden.id).toMatch(/^anon:/);
    expect(JSON.stringify(inst)).not.toContain('隐名者');
    expect(inst.ties.find((t) => t.via?.id === 'b:proj-4')!.people.map((p) => p.id)).toEqual([hidden.id]);
    // Shaped like every bridge's path: firm → project → technology manager → institute → project → lab.
    expect(inst.path.nodes.map((n) => n.id)).toEqual(['b:firm', 'b:project', 'p:tm', 'b:institute', expect.stringMatching(/^b:proj-/), 'b:lab']);
    const zh = await bridges({ from: 'b:firm', to: 'b:lab', limit: 100 }, 'zh');
    const instZh = zh.find((b) => b.intermediaries[0]!.id === 'b:institute')!;
    expect(instZh.reasons).toContain('与天目山共同参与项目「联合项目2」（2017）、「联合项目3」（2018）、「联合项目4」（2019）等 4 个项目');
    const partner = en.find((b) => b.intermediaries[0]!.id === 'b:partner-firm')!;
    expect(partner.reasons).toEqual(expect.arrayContaining(['Has collaborated with Five Star', 'Partners with Tianmushan since 2020']));
  });

  it('keeps only people or only organisations when asked, and the same organisations either way round and as of a date', async () => {
    const both = await bridges({ from: 'b:firm', to: 'b:lab', limit: 100 });
    const people = await bridges({ from: 'b:firm', to: 'b:lab', limit: 100, kinds: ['PERSON'] });
    const orgs = await bridges({ from: 'b:firm', to: 'b:lab', limit: 100, kinds: ['ORGANISATION'] });
    expect(people.some((b) => b.kind === 'ORGANISATION')).toBe(false);
    expect([oneIds(people), chainIds(people)]).toEqual([oneIds(both), chainIds(both)]);
    expect(orgs.every((b) => b.kind === 'ORGANISATION')).toBe(true);
    expect(orgIds(orgs)).toEqual(orgIds(both));
    expect(orgIds(await bridges({ from: 'b:lab', to: 'b:firm', limit: 100 }))).toEqual(expectedOrgs('b:lab', 'b:firm', null));
    for (const asOf of ['2014-01-01', '2019-03-01', '2022-06-01']) {
      expect(orgIds(await bridges({ from: 'b:firm', to: 'b:lab', asOf, limit: 100 })), asOf).toEqual(expectedOrgs('b:firm', 'b:lab', asOf));
    }
    const { errors } = await gql(Q, { from: 'b:firm', to: 'b:lab', kinds: [] });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'kinds' });
  });

  it('rejects bad arguments with the right code, naming the argument', async () => {
    for (const [vars, code, argument] of [
      [{ from: 'b:none', to: 'b:lab' }, 'NOT_FOUND', 'from'],
      [{ from: 'b:firm', to: 'b:none' }, 'NOT_FOUND', 'to'],
      [{ from: 'b:firm', to: 'b:firm' }, 'BAD_USER_INPUT', 'to'],
      [{ from: 'b:region', to: 'b:lab' }, 'BAD_USER_INPUT', 'from'],
      [{ from: 'b:firm', to: 'b:lab', max: 0 }, 'BAD_USER_INPUT', 'maxIntermediaries'],
      [{ from: 'b:firm', to: 'b:lab', max: 3 }, 'BAD_USER_INPUT', 'maxIntermediaries'],
      [{ from: 'b:firm', to: 'b:lab', limit: 0 }, 'BAD_USER_INPUT', 'limit'],
      [{ from: 'b:firm', to: 'b:lab', limit: 101 }, 'BAD_USER_INPUT', 'limit'],
      [{ from: '', to: 'b:lab' }, 'BAD_USER_INPUT', 'from'],
    ] as const) {
      const { errors } = await gql(Q, vars);
      expect(errors?.[0]?.extensions, JSON.stringify(vars)).toMatchObject({ code, argument });
    }
    const { errors } = await gql(Q, { from: 'b:firm', to: 'b:lab', asOf: '2020-13-45' });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
