// A small talent network for the access-and-trust tests: a firm, a lab, a county with its diaspora, a pool, a
// demand, and people whose contact details and names the tests know, so that they can look for them in every
// answer. 王静 and 陈伟 have not consented to being shown by name. Written through the importer's validating writer.
import type { Db } from '../../server/db.js';
import { createAuth } from '../../server/auth/auth.js';
import { createApp, type App } from '../../server/yoga.js';
import { testConfig } from './db.js';
import { nodeRow, relRow, writeBatch, type NodeRecord, type RelRecord } from '../../seed/import/writer.js';

export interface FixturePerson {
  id: string;
  names: string[];
  consent: boolean;
  email: string;
  phone: string;
  wechat?: string;
  birthday?: string;
}

export const PEOPLE: FixturePerson[] = [
  { id: 'tf:person:li', names: ['李明', 'Li Ming'], consent: true, email: 'li.ming@tianmu.example.cn', phone: '+86-138-5550-0101', wechat: 'liming_tm_8841', birthday: '1979-04-12' },
  { id: 'tf:person:zhang', names: ['张华', 'Zhang Hua'], consent: true, email: 'zhang.hua@wuxing.example.cn', phone: '+86-139-5550-0202', birthday: '1986-11-03' },
  { id: 'tf:person:wang', names: ['王静', 'Wang Jing', '静老师'], consent: false, email: 'wang.jing@tianmu.example.cn', phone: '+86-137-5550-0303', wechat: 'wj_quiet_5521', birthday: '1990-02-28' },
  { id: 'tf:person:chen', names: ['陈伟', 'Chen Wei'], consent: false, email: 'chen.wei@milano.example.it', phone: '+39-02-5550-0404' },
  { id: 'tf:person:zhao', names: ['赵刚', 'Zhao Gang'], consent: true, email: 'zhao.gang@madrid.example.es', phone: '+34-600-555-0505', wechat: 'zhaogang_es_9912' },
  { id: 'tf:person:sun', names: ['孙丽', 'Sun Li'], consent: true, email: 'sun.li@zju.example.cn', phone: '+86-136-5550-0606' },
];

/** Every contact value (email, phone, wechat) and birthday of the fixture: none may reach a viewer. */
export const CONTACT_VALUES: string[] = PEOPLE.flatMap((p) => [p.email, p.phone, p.wechat, p.birthday].filter((v): v is string => !!v));
/** Names of the people who did not consent: none may reach a viewer. */
export const HIDDEN_NAMES: string[] = PEOPLE.filter((p) => !p.consent).flatMap((p) => p.names);

export const IDS = {
  firm: 'tf:ent:wuxing',
  lab: 'tf:lab:tianmu',
  university: 'tf:lab:zju',
  zhejiang: 'tf:region:zhejiang',
  lishui: 'tf:region:lishui',
  qingtian: 'tf:region:qingtian',
  italy: 'tf:region:italy',
  milan: 'tf:region:milan',
  spain: 'tf:region:spain',
  madrid: 'tf:region:madrid',
  alloys: 'tf:ta:alloys',
  materials: 'tf:ta:materials',
  ai: 'tf:ta:ai',
  pool: 'tf:pool:lishui',
  competition: 'tf:comp:2023',
  demand: 'tf:demand:1',
  project: 'tf:project:1',
  agency: 'tf:org:kjj',
};

function person(p: FixturePerson, extra: Record<string, unknown>, roles: string[] = []): NodeRecord {
  const [nameZh, nameEn, ...aliases] = p.names;
  return {
    id: p.id,
    labels: ['Person', ...roles],
    props: {
      name: nameZh,
      nameZh,
      nameEn,
      aliases: aliases.length ? aliases : undefined,
      email: p.email,
      phone: p.phone,
      wechat: p.wechat,
      birthday: p.birthday,
      consent: p.consent,
      gender: 'unspecified',
      ...extra,
    },
  };
}

const by = (id: string) => PEOPLE.find((p) => p.id === id)!;

export const NODES: NodeRecord[] = [
  { id: IDS.zhejiang, labels: ['Region'], props: { name: '浙江省', nameZh: '浙江省', nameEn: 'Zhejiang', level: 'province' } },
  { id: IDS.lishui, labels: ['Region'], props: { name: '丽水市', nameZh: '丽水市', nameEn: 'Lishui', level: 'city' } },
  { id: IDS.qingtian, labels: ['Region'], props: { name: '青田县', nameZh: '青田县', nameEn: 'Qingtian', level: 'county', overseasPopulation: 330000 } },
  { id: IDS.italy, labels: ['Region'], props: { name: '意大利', nameZh: '意大利', nameEn: 'Italy', level: 'country' } },
  { id: IDS.milan, labels: ['Region'], props: { name: '米兰', nameZh: '米兰', nameEn: 'Milan', level: 'city' } },
  { id: IDS.spain, labels: ['Region'], props: { name: '西班牙', nameZh: '西班牙', nameEn: 'Spain', level: 'country' } },
  { id: IDS.madrid, labels: ['Region'], props: { name: '马德里', nameZh: '马德里', nameEn: 'Madrid', level: 'city' } },
  { id: IDS.materials, labels: ['TechArea'], props: { name: '新材料', nameZh: '新材料', nameEn: 'New materials' } },
  { id: IDS.alloys, labels: ['TechArea'], props: { name: '铝合金', nameZh: '铝合金', nameEn: 'Aluminium alloys' } },
  { id: IDS.ai, labels: ['TechArea'], props: { name: '人工智能', nameZh: '人工智能', nameEn: 'Artificial intelligence' } },
  { id: IDS.firm, labels: ['Enterprise'], props: { name: '杭州五星铝业', nameZh: '杭州五星铝业', nameEn: 'Hangzhou Wuxing Aluminium', sme: true, founded: 2003 } },
  { id: IDS.lab, labels: ['Lab'], props: { name: '天目山实验室', nameZh: '天目山实验室', nameEn: 'Tianmushan Laboratory', kind: 'provincial_lab' } },
  { id: IDS.university, labels: ['Lab'], props: { name: '浙江大学', nameZh: '浙江大学', nameEn: 'Zhejiang University', kind: 'university' } },
  { id: IDS.agency, labels: ['Organisation'], props: { name: '青田县科技局', nameZh: '青田县科技局', nameEn: 'Qingtian Science Bureau', kind: 'public_body' } },
  { id: IDS.pool, labels: ['TalentPool'], props: { name: '丽水人才共享池', nameZh: '丽水人才共享池', nameEn: 'Lishui shared talent pool', kind: 'city', responseHours: 48 } },
  { id: IDS.competition, labels: ['Competition'], props: { name: '浙江创业大赛2023', nameZh: '浙江创业大赛2023', nameEn: 'Zhejiang Start-up Contest 2023', year: 2023 } },
  { id: IDS.project, labels: ['Project'], props: { name: '轻量化铝材项目', nameZh: '轻量化铝材项目', nameEn: 'Lightweight aluminium project', status: 'active' } },
  {
    id: IDS.demand,
    labels: ['Demand'],
    props: { name: '高强铝合金工艺', nameZh: '高强铝合金工艺', nameEn: 'High-strength alloy process', status: 'open', postedAt: '2024-05-01T08:00:00Z', techAreaIds: [IDS.alloys], regionId: IDS.lishui },
  },
  person(by('tf:person:li'), { title: '技术经理人' }, ['TechManager']),
  person(by('tf:person:zhang'), { title: '工程师' }, ['Researcher']),
  person(by('tf:person:wang'), { title: '研究员', description: '王静 studies alloy fatigue.' }, ['Researcher']),
  person(by('tf:person:chen'), { country: 'Italy' }, ['Entrepreneur']),
  person(by('tf:person:zhao'), { country: 'Spain' }, ['Expert']),
  person(by('tf:person:sun'), {}, ['Researcher']),
];

const rel = (type: string, start: string, end: string, props: Record<string, unknown> = {}): RelRecord => ({ type, start, end, props });

export const RELS: RelRecord[] = [
  rel('PART_OF', IDS.lishui, IDS.zhejiang),
  rel('PART_OF', IDS.qingtian, IDS.lishui),
  rel('PART_OF', IDS.milan, IDS.italy),
  rel('PART_OF', IDS.madrid, IDS.spain),
  rel('PART_OF', IDS.alloys, IDS.materials),
  rel('LOCATED_IN', IDS.firm, IDS.lishui),
  rel('LOCATED_IN', IDS.lab, IDS.zhejiang),
  rel('LOCATED_IN', IDS.agency, IDS.qingtian),
  rel('LOCATED_IN', IDS.pool, IDS.lishui),
  rel('FOCUSES_ON', IDS.firm, IDS.alloys),
  rel('FOCUSES_ON', IDS.pool, IDS.alloys),
  rel('RESEARCHES', IDS.lab, IDS.alloys),
  rel('RESEARCHES', IDS.university, IDS.materials),
  rel('RESEARCHES', IDS.project, IDS.alloys),
  rel('POSTED', IDS.firm, IDS.demand),
  rel('NEEDS', IDS.demand, IDS.alloys, { weight: 1.0 }),
  rel('PARTICIPATES_IN', IDS.firm, IDS.project),
  rel('PARTICIPATES_IN', IDS.lab, IDS.project),
  // 李明: the technology manager tied to both the firm and the lab.
  rel('WORKS_AT', 'tf:person:li', IDS.lab, { role: '技术经理人', start: '2018-01-01', strength: 0.9 }),
  rel('AFFILIATED_WITH', 'tf:person:li', IDS.firm, { role: '顾问', start: '2021-06-01', strength: 0.7 }),
  rel('MEMBER_OF', 'tf:person:li', IDS.pool, { admittedOn: '2022-03-01' }),
  rel('EXPERT_IN', 'tf:person:li', IDS.alloys, { level: 0.8 }),
  rel('BROKERED', 'tf:person:li', IDS.project),
  // 张华 works at the firm and studied at the university; knows 王静.
  rel('WORKS_AT', 'tf:person:zhang', IDS.firm, { role: '工程师', start: '2015-01-01', strength: 0.8 }),
  rel('STUDIED_AT', 'tf:person:zhang', IDS.university, { degree: 'MSc', classYear: 2011 }),
  rel('EXPERT_IN', 'tf:person:zhang', IDS.alloys, { level: 0.6 }),
  rel('KNOWS', 'tf:person:zhang', 'tf:person:wang', { since: '2016-09-01', strength: 0.6, source: '王静 and 张华 met at a workshop' }),
  // 王静 (no consent) works at the lab and is a pool member and competition winner.
  rel('WORKS_AT', 'tf:person:wang', IDS.lab, { role: '研究员', start: '2019-03-01', strength: 0.8 }),
  rel('AFFILIATED_WITH', 'tf:person:wang', IDS.firm, { role: '外聘专家', start: '2022-01-01', strength: 0.5 }),
  rel('EXPERT_IN', 'tf:person:wang', IDS.alloys, { level: 0.9 }),
  rel('MEMBER_OF', 'tf:person:wang', IDS.pool),
  rel('WON', 'tf:person:wang', IDS.competition, { rank: 1, year: 2023 }),
  rel('COLLABORATED_WITH', 'tf:person:wang', 'tf:person:li', { start: '2020-01-01', strength: 0.7 }),
  // The Qingtian diaspora: 陈伟 (no consent) in Milan, 赵刚 in Madrid, both tied back home.
  rel('ORIGINATES_FROM', 'tf:person:chen', IDS.qingtian),
  rel('LIVES_IN', 'tf:person:chen', IDS.milan),
  rel('AFFILIATED_WITH', 'tf:person:chen', IDS.agency, { role: '海外联络员' }),
  rel('EXPERT_IN', 'tf:person:chen', IDS.alloys, { level: 0.5 }),
  rel('KNOWS', 'tf:person:chen', 'tf:person:zhao', { since: '2010-01-01' }),
  rel('ORIGINATES_FROM', 'tf:person:zhao', IDS.qingtian),
  rel('LIVES_IN', 'tf:person:zhao', IDS.madrid),
  rel('AFFILIATED_WITH', 'tf:person:zhao', IDS.firm, { role: '海外顾问', strength: 0.4 }),
  rel('EXPERT_IN', 'tf:person:zhao', IDS.ai, { level: 0.7 }),
  rel('WON', 'tf:person:zhao', IDS.competition, { rank: 2, year: 2023 }),
  // 孙丽 at the university, collaborates with 李明.
  rel('WORKS_AT', 'tf:person:sun', IDS.university, { role: '教授', strength: 0.9 }),
  rel('COLLABORATED_WITH', 'tf:person:sun', 'tf:person:li', { start: '2019-01-01', strength: 0.5 }),
  rel('KNOWS', 'tf:person:sun', 'tf:person:zhang', { since: '2009-09-01' }),
];

/** Writes the fixture (after the caller has reset the graph). */
export async function loadTrustFixture(db: Db): Promise<{ nodes: number; relationships: number }> {
  await writeBatch(db, NODES.map(nodeRow), RELS.map(relRow));
  return { nodes: NODES.length, relationships: RELS.length };
}

// ---------------------------------------------------------------------------------------------------------------
// The app as the product serves it: auth, limits and audit plugins installed.

export const TOKENS = {
  broker: 'broker-token-7f3a9c2e11d4',
  admin: 'admin-token-5b8e0d6c93aa',
  viewer: 'viewer-token-c41e7a2b9f08',
};

export const TOKEN_ENV = `bea:broker:${TOKENS.broker},ada:admin:${TOKENS.admin},vic:viewer:${TOKENS.viewer}`;

export async function trustApp(db: Db, env: NodeJS.ProcessEnv = {}): Promise<App> {
  const config = testConfig({ TB_TOKENS: TOKEN_ENV, TB_RATE_LIMIT_PER_MINUTE: '100000', ...env });
  const auth = await createAuth(config, db);
  return createApp({ config, db, resolveViewer: auth.resolveViewer, extraPlugins: auth.plugins });
}

export interface GqlAnswer {
  status: number;
  text: string;
  body: { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

/** Posts one operation as a role ('anonymous' sends no token). */
export async function post(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
  as: keyof typeof TOKENS | 'anonymous' = 'anonymous',
  headers: Record<string, string> = {},
): Promise<GqlAnswer> {
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(as === 'anonymous' ? {} : { authorization: `Bearer ${TOKENS[as]}` }), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: GqlAnswer['body'];
  try {
    body = JSON.parse(text);
  } catch {
    body = {};
  }
  return { status: res.status, text, body };
}
