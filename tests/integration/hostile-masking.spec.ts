// Regression tests for the masking findings of the hostile review (issue 18): each sends the request that leaked
// and states the answer a viewer must get instead. The trust fixture (王静 and 陈伟 did not consent) is extended
// here with a demand whose title names 王静, and with hidden and visible nodes that all match one search word.
import { describe, expect, it } from 'vitest';
import type { App } from '../../server/yoga.js';
import { nodeRow, relRow, writeBatch, type NodeRecord, type RelRecord } from '../../seed/import/writer.js';
import { testDb, withGraph } from '../support/db.js';
import { HIDDEN_NAMES, IDS, loadTrustFixture, post, trustApp, type GqlAnswer } from '../support/trust-fixture.js';

const db = testDb();
let app: App;

const WANG = 'tf:person:wang';
const FOLLOW_UP = 'tf:demand:followup';
/** The label a viewer sees for 王静 (current WORKS_AT: Tianmushan Laboratory), written out from docs/security.md. */
const WANG_LABEL = { zh: '一位天目山实验室的研究人员', en: 'a researcher at Tianmushan Laboratory' };
/** Lower-case forms of 王静's and 陈伟's names a viewer must never read, pinyin run together included. */
const NEVER = [...HIDDEN_NAMES, 'wangjing', 'chenwei', WANG, 'tf:person:chen'].map((s) => s.toLowerCase());

// Search: hidden people whose whole name is the word score above the visible nodes that only contain it.
const QUOKKA_HIDDEN = ['tf:person:q1', 'tf:person:q2', 'tf:person:q3', 'tf:person:q4'];
const QUOKKA_VISIBLE = ['tf:org:quokka-1', 'tf:org:quokka-2', 'tf:org:quokka-3', 'tf:org:quokka-4', 'tf:org:quokka-5'];

const EXTRA_NODES: NodeRecord[] = [
  {
    id: FOLLOW_UP,
    labels: ['Demand'],
    props: {
      name: '王静 follow-up',
      nameZh: '王静 follow-up',
      nameEn: 'Wang Jing follow-up',
      aliases: ['静老师的需求'],
      description: 'Ask 陈伟 (Chen Wei) about the alloys.',
      status: 'open',
    },
  },
  ...QUOKKA_HIDDEN.map((id) => ({ id, labels: ['Person'], props: { name: 'Quokka', nameEn: 'Quokka', consent: false } })),
  // Names of clearly different lengths, so that their scores differ and the order is the same at any depth.
  ...QUOKKA_VISIBLE.map((id, i) => {
    const name = ['Quokka', ...Array.from({ length: 3 * i + 1 }, (_, k) => `fund${k}`)].join(' ');
    return { id, labels: ['Organisation'], props: { name, nameEn: name } };
  }),
];
const EXTRA_RELS: RelRecord[] = [{ type: 'POSTED', start: IDS.firm, end: FOLLOW_UP, props: {} }];

function leaked(answer: GqlAnswer): string[] {
  const text = `${answer.text}\n${JSON.stringify(answer.body)}`.toLowerCase();
  return NEVER.filter((s) => text.includes(s));
}

/** 王静's alias as a viewer meets it: the anonymous researcher in the lab's neighbourhood. */
async function wangAlias(): Promise<string> {
  const q = 'query($id: ID!) { neighbourhood(id: $id) { nodes { id nameEn } } }';
  const a = await post(app, q, { id: IDS.lab }, 'anonymous');
  const node = a.body.data.neighbourhood.nodes.find((n: { nameEn: string }) => n.nameEn === WANG_LABEL.en);
  expect(node, 'the lab researcher who did not consent').toBeDefined();
  return node.id as string;
}

withGraph(db, async () => {
  await loadTrustFixture(db);
  await writeBatch(db, EXTRA_NODES.map(nodeRow), EXTRA_RELS.map(relRow));
  app = await trustApp(db);
});

describe('finding 2: an alias passed to an argument of the wrong type', () => {
  const cases: Array<[string, string, (alias: string) => Record<string, unknown>, string]> = [
    ['recommendLabs', 'query($a: ID!) { recommendLabs(enterpriseId: $a) { score } }', (a) => ({ a }), 'enterpriseId'],
    ['recommendTalents', 'query($a: ID!) { recommendTalents(demandId: $a) { score } }', (a) => ({ a }), 'demandId'],
    ['diaspora origin', 'query($a: ID!) { diaspora(originRegionId: $a) { total } }', (a) => ({ a }), 'originRegionId'],
    ['diaspora techArea', `query($a: ID!) { diaspora(originRegionId: "${IDS.qingtian}", techArea: $a) { total } }`, (a) => ({ a }), 'techArea'],
    ['brokers', 'query($a: ID!) { brokers(scopeId: $a) { rank } }', (a) => ({ a }), 'scopeId'],
    ['paths exclude', `query($a: ID!) { paths(from: $a, to: "${IDS.lab}", exclude: [$a]) { length } }`, (a) => ({ a }), 'exclude'],
  ];
  for (const [what, query, vars, argument] of cases) {
    it(`${what}: names the argument and the alias, never the real id or name`, async () => {
      const alias = await wangAlias();
      const a = await post(app, query, vars(alias), 'anonymous');
      expect(a.body.errors?.length, a.text).toBe(1);
      const [error] = a.body.errors!;
      expect(error!.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error!.message).toContain(`\`${argument}\``);
      expect(error!.message).toContain(alias);
      expect(leaked(a)).toEqual([]);
    });
  }

  it('echoes what the caller typed unchanged, hidden name or not, so the message is no oracle', async () => {
    const q = 'query($r: [String!]) { neighbourhood(id: "tf:lab:tianmu", relTypes: $r) { nodeCount } }';
    const hidden = await post(app, q, { r: ['王静'] }, 'anonymous');
    const visible = await post(app, q, { r: ['李明'] }, 'anonymous');
    expect(hidden.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(hidden.body.errors![0]!.message).toBe(visible.body.errors![0]!.message.replace('李明', '王静'));
  });

  it('a broker still gets the real id in the same error', async () => {
    const a = await post(app, 'query($a: ID!) { recommendLabs(enterpriseId: $a) { score } }', { a: WANG }, 'broker');
    expect(a.body.errors?.[0]?.message).toContain(`"${WANG}" is a Person`);
  });
});

describe('finding 6: a viewer addressing a hidden person by a guessed real id', () => {
  const NOBODY = 'tf:person:nobody';

  it('node answers null, exactly as for an id nobody has', async () => {
    const q = 'query($id: ID!) { node(id: $id) { id name } }';
    const guessed = await post(app, q, { id: WANG }, 'anonymous');
    const unknown = await post(app, q, { id: NOBODY }, 'anonymous');
    expect(unknown.body).toEqual({ data: { node: null } });
    expect(guessed.body).toEqual(unknown.body);
    const broker = await post(app, q, { id: WANG }, 'broker');
    expect(broker.body.data.node).toEqual({ id: WANG, name: '王静' });
  });

  for (const [what, query, argument] of [
    ['neighbourhood', 'query($id: ID!) { neighbourhood(id: $id) { nodeCount } }', 'id'],
    ['recommendLabs', 'query($id: ID!) { recommendLabs(enterpriseId: $id) { score } }', 'enterpriseId'],
    ['paths', `query($id: ID!) { paths(from: $id, to: "${IDS.lab}") { length } }`, 'from'],
  ] as const) {
    it(`${what} answers NOT_FOUND naming \`${argument}\` and the id as typed, as for an unknown id`, async () => {
      const guessed = await post(app, query, { id: WANG }, 'viewer');
      const unknown = await post(app, query, { id: NOBODY }, 'viewer');
      expect(unknown.body.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', argument });
      expect(guessed.body.errors?.[0]?.extensions).toEqual(unknown.body.errors?.[0]?.extensions);
      expect(guessed.body.errors![0]!.message).toBe(unknown.body.errors![0]!.message.replace(NOBODY, WANG));
      expect(guessed.body.data).toEqual(unknown.body.data);
    });
  }
});

describe('finding 7: free text on nodes of every type', () => {
  const q = 'query($id: ID!) { node(id: $id) { id name nameZh nameEn properties } }';

  it('a demand titled with a hidden name reaches viewers with the anonymous label instead', async () => {
    const zh = await post(app, q, { id: FOLLOW_UP }, 'anonymous');
    expect(leaked(zh)).toEqual([]);
    expect(zh.body.data.node).toMatchObject({
      id: FOLLOW_UP,
      name: `${WANG_LABEL.zh} follow-up`,
      nameZh: `${WANG_LABEL.zh} follow-up`,
      nameEn: `${WANG_LABEL.en} follow-up`,
    });
    expect(zh.body.data.node.properties).toMatchObject({ status: 'open', aliases: [expect.stringContaining('的需求')] });
    const broker = await post(app, q, { id: FOLLOW_UP }, 'broker');
    expect(broker.body.data.node).toMatchObject({ name: '王静 follow-up', nameEn: 'Wang Jing follow-up' });
    expect(broker.body.data.node.properties.description).toBe('Ask 陈伟 (Chen Wei) about the alloys.');
  });

  it('the same node reached as a neighbour carries no hidden name either', async () => {
    const a = await post(app, 'query($id: ID!) { neighbourhood(id: $id) { nodes { id name nameZh nameEn properties } } }', { id: IDS.firm }, 'viewer');
    expect(a.body.data.neighbourhood.nodes.map((n: { id: string }) => n.id)).toContain(FOLLOW_UP);
    expect(leaked(a)).toEqual([]);
  });

  it('a search hit matched by pinyin does not spell the hidden name', async () => {
    const a = await post(app, 'query($t: String!) { search(text: $t) { node { id name } matched matchedField } }', { t: 'wangjing' }, 'anonymous');
    const hit = a.body.data.search.find((h: { node: { id: string } }) => h.node.id === FOLLOW_UP);
    expect(hit, 'the demand is found by its pinyin').toBeDefined();
    expect(hit.matchedField).toBe('pinyin');
    expect(leaked(a)).toEqual([]);
    const broker = await post(app, 'query($t: String!) { search(text: $t) { node { id } matched } }', { t: 'wangjing' }, 'broker');
    expect(broker.body.data.search.find((h: { node: { id: string } }) => h.node.id === FOLLOW_UP).matched).toBe('wangjing');
  });
});

describe('finding 8: the search answer does not change with hidden matches', () => {
  const q = 'query($t: String!, $l: Int) { search(text: $t, limit: $l) { node { id } } }';

  it('a viewer gets as many hits as visible nodes allow, the broker order without the hidden people', async () => {
    const broker = await post(app, q, { t: 'quokka', l: 100 }, 'broker');
    const brokerIds: string[] = broker.body.data.search.map((h: { node: { id: string } }) => h.node.id);
    expect(new Set(brokerIds)).toEqual(new Set([...QUOKKA_HIDDEN, ...QUOKKA_VISIBLE]));
    // The hidden people rank first for the broker, so dropping them after the limit would leave the viewer less.
    expect(brokerIds.slice(0, 3).every((id) => QUOKKA_HIDDEN.includes(id))).toBe(true);
    for (const limit of [1, 3, 5, 20]) {
      const viewer = await post(app, q, { t: 'quokka', l: limit }, 'anonymous');
      const expected = brokerIds.filter((id) => QUOKKA_VISIBLE.includes(id)).slice(0, limit);
      expect(viewer.body.data.search.map((h: { node: { id: string } }) => h.node.id), `limit ${limit}`).toEqual(expected);
    }
  });
});

describe('finding 9: ties of a hidden person', () => {
  it('lose their details for viewers, whatever their type', async () => {
    const q = 'query($id: ID!) { neighbourhood(id: $id) { nodes { id nameEn } edges { type from to properties } } }';
    const alias = await wangAlias();
    const viewer = await post(app, q, { id: IDS.lab }, 'anonymous');
    const works = viewer.body.data.neighbourhood.edges.filter((e: { from: string }) => e.from === alias);
    expect(works.map((e: { type: string }) => e.type)).toEqual(['WORKS_AT']);
    expect(works[0].properties).toEqual({});
    // A visible person's tie to the same lab keeps its detail.
    const li = viewer.body.data.neighbourhood.edges.find((e: { from: string }) => e.from === 'tf:person:li');
    expect(li.properties).toMatchObject({ role: '技术经理人', strength: 0.9 });
    const broker = await post(app, q, { id: IDS.lab }, 'broker');
    const brokerWorks = broker.body.data.neighbourhood.edges.find((e: { from: string }) => e.from === WANG);
    expect(brokerWorks.properties).toMatchObject({ role: '研究员', start: '2019-03-01', strength: 0.8 });
  });
});

describe('finding 16: relationship ids touching hidden people', () => {
  it('are not the database element ids for viewers, and stay the same within the server process', async () => {
    const [row] = await db.runText(
      'MATCH (p:Person {id: $id})-[r]-(o) RETURN collect(elementId(r)) AS hidden, [(l:Lab {id: $lab})<-[w:WORKS_AT]-(:Person {id: "tf:person:li"}) | elementId(w)] AS li',
      { id: WANG, lab: IDS.lab },
      'READ',
    );
    const stable = new Set(row!.hidden as string[]);
    expect(stable.size).toBeGreaterThan(3);
    const q = 'query($id: ID!) { neighbourhood(id: $id, depth: 2) { edges { id from to } } }';
    const alias = await wangAlias();
    const first = await post(app, q, { id: IDS.lab }, 'anonymous');
    const edges: Array<{ id: string; from: string; to: string }> = first.body.data.neighbourhood.edges;
    const touching = edges.filter((e) => e.from === alias || e.to === alias);
    expect(touching.length).toBeGreaterThan(1);
    for (const e of touching) expect(stable.has(e.id), e.id).toBe(false);
    expect(edges.filter((e) => stable.has(e.id))).toEqual([]);
    // Ties between visible nodes keep their ids, and the canvas can merge answers: the same tie, the same id.
    expect(edges.map((e) => e.id)).toContain((row!.li as string[])[0]);
    const again = await post(app, q, { id: IDS.lab }, 'anonymous');
    expect(again.body.data.neighbourhood.edges.map((e: { id: string }) => e.id).sort()).toEqual(edges.map((e) => e.id).sort());
    const broker = await post(app, q, { id: IDS.lab }, 'broker');
    const brokerIds = new Set(broker.body.data.neighbourhood.edges.map((e: { id: string }) => e.id));
    expect([...stable].some((id) => brokerIds.has(id))).toBe(true);
  });
});

describe('reasons about a hidden person (finding 9, as reasons tell a tie in words)', () => {
  const BRIDGES = `query($from: ID!, $to: ID!) { bridges(from: $from, to: $to, kinds: [PERSON]) {
    intermediaries { id } score reasons reasonDetails { code zh en } } }`;
  type Bridge = { intermediaries: Array<{ id: string }>; score: number; reasons: string[]; reasonDetails: Array<{ code: string; zh: string; en: string }> };

  it("a viewer reads one withheld reason where a broker reads 王静's posts and dates; scores stay the same", async () => {
    const vars = { from: IDS.firm, to: IDS.lab };
    const broker = await post(app, BRIDGES, vars, 'broker');
    const viewer = await post(app, BRIDGES, vars, 'anonymous');
    const brokerBridges = broker.body.data.bridges as Bridge[];
    const viewerBridges = viewer.body.data.bridges as Bridge[];
    const withWang = brokerBridges.filter((b) => b.intermediaries.some((n) => n.id === WANG));
    expect(withWang.length, 'the fixture has a people bridge through 王静').toBeGreaterThan(0);
    // The broker's reasons about her are real sentences, not the withheld one.
    expect(withWang[0]!.reasonDetails.some((r) => r.code !== 'WITHHELD')).toBe(true);
    expect(viewerBridges.map((b) => b.score)).toEqual(brokerBridges.map((b) => b.score));
    const alias = await wangAlias();
    for (const [i, b] of brokerBridges.entries()) {
      const v = viewerBridges[i]!;
      if (b.intermediaries.some((n) => n.id === WANG)) {
        expect(v.intermediaries.map((n) => n.id)).toContain(alias);
        expect(v.reasonDetails.map((r) => r.code)).toEqual(['WITHHELD']);
        expect(v.reasons).toHaveLength(1);
        // Nothing of what the broker's reasons said about her reaches the viewer.
        for (const r of b.reasonDetails) expect(JSON.stringify(v)).not.toContain(r.zh);
      } else if (b.intermediaries.every((n) => !n.id.startsWith('tf:person:chen'))) {
        expect(v.reasonDetails.map((r) => r.code)).toEqual(b.reasonDetails.map((r) => r.code));
      }
    }
    expect(leaked(viewer)).toEqual([]);
  });
});
