// Query.search against a real Neo4j: Chinese names by two characters, pinyin and Latin prefixes, aliases, type
// filters, limits, and hostile text that must give a list (maybe empty), never an error.
import { describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/yoga.js';
import { nodeRow, writeBatch, type NodeRecord } from '../../seed/import/writer.js';
import { testConfig, testDb, withGraph } from '../support/db.js';
import { gqlClient } from '../support/gql.js';

const db = testDb();
let app: App;
const gql = gqlClient(() => app, { lang: 'en' });

const NODES: NodeRecord[] = [
  { id: 't:lab:tianmushan', labels: ['Lab'], props: { name: '天目山实验室', nameZh: '天目山实验室', nameEn: 'Tianmushan Laboratory', kind: 'provincial_lab' } },
  { id: 't:lab:tianmushan-materials', labels: ['Lab'], props: { name: '天目山实验室新材料研究中心', nameEn: 'Tianmushan Laboratory New Materials Centre', kind: 'joint_lab' } },
  { id: 't:ent:wuxing', labels: ['Enterprise'], props: { name: '杭州五星铝业有限公司', nameEn: 'Hangzhou Wuxing Aluminium Co., Ltd.', aliases: ['五星铝业', 'Wuxing Aluminium'] } },
  { id: 't:region:qingtian', labels: ['Region'], props: { name: '青田县', nameEn: 'Qingtian County', level: 'county' } },
  { id: 't:pool:lishui', labels: ['TalentPool'], props: { name: '丽水市共享人才池', nameEn: 'Lishui Shared Talent Pool', kind: 'city' } },
  { id: 't:ent:qingtian-meta', labels: ['Enterprise'], props: { name: '浙江程视元宇宙科技', nameEn: 'Zhejiang Chengshi Metaverse Technology', aliases: ['Qingtian Metaverse'] } },
  ...Array.from({ length: 30 }, (_, i) => ({
    id: `t:person:${i}`,
    labels: ['Person'],
    props: { name: `Researcher Number${i}`, nameZh: `研究员${i}号`, consent: true },
  })),
];

const SEARCH = 'query($text: String!, $types: [NodeType!], $limit: Int) { search(text: $text, types: $types, limit: $limit) { node { id type name } score matched matchedField } }';

async function ids(text: string, extra: Record<string, unknown> = {}): Promise<string[]> {
  const { data, errors } = await gql(SEARCH, { text, ...extra });
  expect(errors).toBeUndefined();
  return data.search.map((h: { node: { id: string } }) => h.node.id);
}

withGraph(db, async () => {
  await writeBatch(db, NODES.map(nodeRow), []);
  app = await createApp({ config: testConfig(), db });
});

describe('search', () => {
  it('finds a firm by two Chinese characters, by its pinyin and by its English name', async () => {
    expect(await ids('五星')).toContain('t:ent:wuxing');
    expect(await ids('wuxing')).toContain('t:ent:wuxing');
    expect(await ids('Aluminium')).toContain('t:ent:wuxing');
    const { data } = await gql(SEARCH, { text: 'wuxing' });
    const hit = data.search.find((h: { node: { id: string } }) => h.node.id === 't:ent:wuxing');
    expect(hit.score).toBeGreaterThan(0);
    expect(hit.matched).toMatch(/wuxing/i);
  });

  it('matches Latin words as prefixes, so "qingt" finds Qingtian', async () => {
    const found = await ids('qingt');
    expect(found).toContain('t:region:qingtian');
    expect(await ids('青田')).toContain('t:region:qingtian');
  });

  it('finds nodes by alias and says the alias matched', async () => {
    const { data } = await gql(SEARCH, { text: 'Qingtian Metaverse' });
    const hit = data.search.find((h: { node: { id: string } }) => h.node.id === 't:ent:qingtian-meta');
    expect(hit).toBeDefined();
    expect(hit.matchedField).toBe('alias');
    expect(hit.matched).toBe('Qingtian Metaverse');
  });

  it('ranks the exact name above longer names that contain it', async () => {
    const found = await ids('天目山实验室');
    expect(found.slice(0, 2).sort()).toEqual(['t:lab:tianmushan', 't:lab:tianmushan-materials']);
    expect(found[0]).toBe('t:lab:tianmushan');
  });

  it('keeps only the node types asked for', async () => {
    const all = await ids('qingtian');
    expect(all).toEqual(expect.arrayContaining(['t:region:qingtian', 't:ent:qingtian-meta']));
    expect(await ids('qingtian', { types: ['Region'] })).toEqual(['t:region:qingtian']);
    expect(await ids('qingtian', { types: ['Lab'] })).toEqual([]);
  });

  it('returns at most `limit` hits, and every matching one when the limit allows', async () => {
    const expected = NODES.filter((n) => String(n.props.name).startsWith('Researcher')).map((n) => n.id).sort();
    expect(await ids('researcher', { limit: 5 })).toHaveLength(5);
    expect((await ids('researcher', { limit: 100 })).sort()).toEqual(expected);
    // Number7 prefix-matches only Number7 (there is no Number70..79).
    expect(await ids('researcher number7')).toEqual(['t:person:7']);
  });

  it('turns any text into a list, never an error', async () => {
    const hostile = [
      '"', '""', '"unterminated', ':', 'name:wuxing', '/', '//', '/regex/', '\\', 'AND', 'OR', 'NOT', 'a AND', 'OR *',
      '*', '?', '*wuxing', 'wux?ng', '[1 TO 5]', '{a TO b}', '(', ')', 'wuxing~2', 'wuxing^99', '+-&&||!', '!!!',
      "') DETACH DELETE n //", '`', '$query', 'x'.repeat(5000), '五星 AND OR NOT 铝业', '😀', '\u0000', 'ＱＩＮＧＴＩＡＮ',
    ];
    for (const text of hostile) {
      const { data, errors } = await gql(SEARCH, { text });
      expect(errors, `text ${JSON.stringify(text.slice(0, 20))}`).toBeUndefined();
      expect(Array.isArray(data.search)).toBe(true);
    }
    // Syntax characters are ignored, the words still count.
    expect(await ids('"五星"')).toContain('t:ent:wuxing');
    expect(await ids('name:wuxing')).toContain('t:ent:wuxing');
    expect(await ids('ＱＩＮＧＴＩＡＮ')).toContain('t:region:qingtian');
  });

  it('rejects empty text and limits out of range with BAD_USER_INPUT naming the argument', async () => {
    for (const [vars, argument] of [
      [{ text: '' }, 'text'],
      [{ text: '   \n\t' }, 'text'],
      [{ text: 'wuxing', limit: 0 }, 'limit'],
      [{ text: 'wuxing', limit: 101 }, 'limit'],
      [{ text: 'wuxing', limit: -5 }, 'limit'],
    ] as const) {
      const { errors } = await gql(SEARCH, vars);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.extensions?.argument).toBe(argument);
      expect(errors?.[0]?.message).toContain(`\`${argument}\``);
    }
  });
});
