// Query.bridges on the demo data: from 杭州五星铝业 to 天目山实验室 the technology manager comes first and says why,
// every one-person bridge the demo files hold is found, and an as-of date changes who is a bridge; Pinghu's
// technology-manager institutes and Qingtian's innovation centre are organisation bridges where the data ties them
// to both sides. The expected people and organisations are worked out here from the demo's records, not from the
// answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/yoga.js';
import { loadDemo, readDemo } from '../../seed/demo/load.js';
import { resetGraph, testConfig, testDb } from '../support/db.js';
import { orgsBetween } from './bridges-support.js';
import { gqlClient } from '../support/gql.js';

const FIRM = 'demo:enterprise:wuxing-aluminium';
const LAB = 'demo:lab:tianmushan';

const db = testDb();
let app: App;
const gql = gqlClient(() => app);
const demo = readDemo();
const labelsOf = new Map(demo.nodes.map((n) => [n.id, n.labels]));
const isPerson = (id: string) => labelsOf.get(id)?.includes('Person') ?? false;
const isOrg = (id: string) => ['Enterprise', 'Lab', 'Organisation'].some((l) => labelsOf.get(id)?.includes(l));
const iso = (v: unknown) => (v && typeof v === 'object' && 'iso' in v ? String((v as { iso: string }).iso).slice(0, 10) : typeof v === 'string' ? v : undefined);

type Rel = (typeof demo.relationships)[number];
function validOn(r: Rel, asOf: string | null): boolean {
  if (!asOf) return true;
  const start = iso(r.props.start) ?? iso(r.props.since);
  const end = iso(r.props.end);
  return (!start || start <= asOf) && (!end || end >= asOf);
}

/** People with a tie to `end` (directly, through a unit, a shared or brokered project, or a brokered demand). */
function tiedTo(end: string, asOf: string | null): Set<string> {
  const rels = demo.relationships.filter((r) => validOn(r, asOf));
  const direct = ['WORKS_AT', 'AFFILIATED_WITH', 'STUDIED_AT', 'FOUNDED', 'MEMBER_OF'];
  const out = new Set<string>();
  for (const r of rels) {
    if (!isPerson(r.start)) continue;
    if (direct.includes(r.type) && r.end === end) out.add(r.start);
    if (direct.includes(r.type) && rels.some((u) => u.type === 'PART_OF' && u.start === r.end && u.end === end)) out.add(r.start);
    if (['PARTICIPATES_IN', 'BROKERED'].includes(r.type) && rels.some((x) => ['PARTICIPATES_IN', 'POSTED'].includes(x.type) && x.start === end && x.end === r.end)) {
      out.add(r.start);
    }
  }
  return out;
}
function onePersonBridges(asOf: string | null): string[] {
  const a = tiedTo(FIRM, asOf);
  return [...tiedTo(LAB, asOf)].filter((p) => a.has(p)).sort();
}

const Q = `query($asOf: Date) { bridges(from: "${FIRM}", to: "${LAB}", asOf: $asOf, limit: 50) {
  kind score intermediaries { id labels } reasons reasonDetails { code zh en }
  path { nodes { id } }
} }`;

interface Out {
  kind: string;
  score: number;
  intermediaries: Array<{ id: string; labels: string[] }>;
  reasons: string[];
  reasonDetails: Array<{ code: string; zh: string; en: string }>;
  path: { nodes: Array<{ id: string }> };
}

async function bridges(asOf: string | null, lang: 'zh' | 'en' = 'zh'): Promise<Out[]> {
  const { data, errors } = await gql(Q, { asOf }, { lang });
  expect(errors).toBeUndefined();
  return data.bridges;
}

beforeAll(async () => {
  await resetGraph(db);
  await loadDemo(db);
  app = await createApp({ config: testConfig(), db });
});
afterAll(() => db.close());

describe('bridges on the demo data', () => {
  it('puts the technology manager first and says why, in Chinese and in English', async () => {
    const expectedOnes = onePersonBridges(null);
    const managers = expectedOnes.filter((p) => labelsOf.get(p)?.includes('TechManager'));
    expect(managers).toHaveLength(1);
    const zh = await bridges(null, 'zh');
    const top = zh[0]!;
    expect(top.kind).toBe('ONE_PERSON');
    expect(top.intermediaries[0]!.id).toBe(managers[0]);
    expect(top.intermediaries[0]!.labels).toContain('TechManager');
    expect(top.reasonDetails[0]!.code).toBe('TECH_MANAGER');
    expect(top.reasons[0]).toMatch(/^技术经理人，促成过「.+」/);
    const codes = top.reasonDetails.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['TIE_FROM', 'TIE_TO', 'TOPIC']));
    expect(top.reasons.join(' ')).toContain('天目山实验室');
    expect(top.reasons.join(' ')).toContain('五星铝业');
    const en = await bridges(null, 'en');
    expect(en[0]!.intermediaries[0]!.id).toBe(managers[0]);
    expect(en[0]!.reasons[0]).toMatch(/^Technology manager who brokered “.+”/);
    expect(en[0]!.reasons).toContain('Works at Tianmushan Laboratory since 2021, technology manager');
    expect(top.path.nodes[0]!.id).toBe(FIRM);
    expect(top.path.nodes.at(-1)!.id).toBe(LAB);
  });

  it('finds every one-person bridge of the demo, and the two-person chains', async () => {
    const found = await bridges(null);
    const ones = found.filter((b) => b.kind === 'ONE_PERSON').map((b) => b.intermediaries[0]!.id).sort();
    expect(ones).toEqual(onePersonBridges(null));
    const chains = found.filter((b) => b.kind === 'TWO_PERSON').map((b) => b.intermediaries.map((p) => p.id).join('>'));
    expect(chains).toContain('demo:person:liu-siyuan>demo:person:zhao-yiming');
  });

  it('changes who is a bridge as of an earlier date', async () => {
    const asOf = '2020-06-01';
    const expected = onePersonBridges(asOf);
    expect(expected).not.toContain('demo:person:shen-zhiyuan');
    const found = await bridges(asOf);
    expect(found.filter((b) => b.kind === 'ONE_PERSON').map((b) => b.intermediaries[0]!.id).sort()).toEqual(expected);
    expect(found[0]!.intermediaries[0]!.id).toBe('demo:person:chen-yalin');
    expect(found[0]!.reasons.join(' ')).toContain('2019 年起');
  });

  it('names the institutes and platforms that tie both sides as organisation bridges, with who carries the ties', async () => {
    const cases = [
      ['demo:enterprise:pinghu-precision-drive', 'demo:lab:tianmushan', 'demo:lab:tsinghua-yrd', '浙江清华长三角研究院'],
      ['demo:enterprise:pinghu-lanneng-energy', 'demo:lab:yrd-ntic', 'demo:lab:596-yrd', '596长三角创新中心'],
      ['demo:lab:zju', 'demo:organisation:qingtian-metaverse-think-tank', 'demo:lab:qingtian-empowerment-center', '青田创新赋能中心'],
      [FIRM, LAB, 'demo:lab:tianmushan-wuxing-joint', '新能源材料联合实验室'],
    ] as const;
    for (const [from, to, org, name] of cases) {
      const expected = orgsBetween(demo.relationships, isPerson, isOrg, from, to, null);
      expect(expected, `${from} -> ${to}`).toContain(org);
      const { data, errors } = await gql(
        `query($from: ID!, $to: ID!) { bridges(from: $from, to: $to, limit: 50) { kind intermediaries { id name } reasons carriers { id } path { nodes { id } } } }`,
        { from, to },
        { lang: 'zh' },
      );
      expect(errors).toBeUndefined();
      const orgs = (data.bridges as Array<{ kind: string; intermediaries: Array<{ id: string; name: string }>; reasons: string[]; carriers: Array<{ id: string }>; path: { nodes: Array<{ id: string }> } }>).filter(
        (b) => b.kind === 'ORGANISATION',
      );
      expect(orgs.map((b) => b.intermediaries[0]!.id).sort(), `${from} -> ${to}`).toEqual(expected);
      const b = orgs.find((x) => x.intermediaries[0]!.id === org)!;
      expect(b.intermediaries[0]!.name).toContain(name);
      expect(b.carriers.length).toBeGreaterThan(0);
      expect(b.path.nodes.map((n) => n.id)).toContain(org);
    }
  });
});
