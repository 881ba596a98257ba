// Shared by the order-desk specs (desk-lifecycle, desk-visibility): the fixture (a city pool with two county
// sub-pools, a firm, eight talents), one named token per caller so the auth and audit plugins run as in production,
// the demand's GraphQL documents, and the helpers that post a demand, read the ranking and check that a refused
// change left the demand exactly as it was.
import { expect } from 'vitest';
import { createAuth } from '../../server/auth/auth.js';
import type { Role } from '../../server/context.js';
import type { Db } from '../../server/db.js';
import { createApp, type App } from '../../server/yoga.js';
import { testConfig, withGraph } from '../support/db.js';
import { gqlClient } from '../support/gql.js';
import { code, Fixture, type GqlResult } from './recommend-support.js';

export { code, type GqlResult } from './recommend-support.js';

export const DIMENSIONS = ['行业评价', '专业能力', '竞赛荣誉', '学历职称', '项目业绩'];

export const fx = new Fixture();
fx.node('r:zhejiang', ['Region'], { level: 'province', nameZh: '浙江省' });
fx.node('r:lishui', ['Region'], { level: 'city', nameZh: '丽水市' });
fx.node('r:qingtian', ['Region'], { level: 'county', nameZh: '青田县' });
fx.node('r:liandu', ['Region'], { level: 'county', nameZh: '莲都区' });
fx.rel('PART_OF', 'r:lishui', 'r:zhejiang');
fx.rel('PART_OF', 'r:qingtian', 'r:lishui');
fx.rel('PART_OF', 'r:liandu', 'r:lishui');
fx.node('pool:lishui', ['TalentPool'], { kind: 'city', dimensions: DIMENSIONS, responseHours: 48, nameZh: '丽水总库' });
fx.node('pool:qingtian', ['TalentPool'], { kind: 'county', dimensions: DIMENSIONS, responseHours: 48, nameZh: '青田分库' });
fx.node('pool:liandu', ['TalentPool'], { kind: 'county', dimensions: DIMENSIONS, responseHours: 48, nameZh: '莲都分库' });
fx.rel('LOCATED_IN', 'pool:lishui', 'r:lishui');
fx.rel('LOCATED_IN', 'pool:qingtian', 'r:qingtian');
fx.rel('LOCATED_IN', 'pool:liandu', 'r:liandu');
fx.rel('PART_OF', 'pool:qingtian', 'pool:lishui');
fx.rel('PART_OF', 'pool:liandu', 'pool:lishui');
fx.node('t:materials', ['TechArea'], { nameEn: 'Materials' });
fx.node('t:foil', ['TechArea'], { nameEn: 'Foil' });
fx.node('t:ai', ['TechArea'], { nameEn: 'AI' });
fx.rel('PART_OF', 't:foil', 't:materials');
fx.node('e:firm', ['Enterprise'], { nameEn: 'Firm' });
fx.rel('LOCATED_IN', 'e:firm', 'r:qingtian');
const PEOPLE = ['p:1', 'p:2', 'p:3', 'p:4', 'p:5', 'p:6', 'p:7', 'p:8'];
PEOPLE.forEach((id, i) => {
  fx.node(id, ['Person'], { nameEn: `Talent ${i + 1}`, email: `talent${i + 1}@example.com` });
  fx.rel('EXPERT_IN', id, i % 3 === 2 ? 't:ai' : 't:foil', { level: 0.5 + i * 0.05 });
  if (i < 4) fx.rel('MEMBER_OF', id, i % 2 ? 'pool:liandu' : 'pool:qingtian', { dimensions: ['专业能力'], admittedOn: '2024-01-01' });
});

// Each caller is a named token, as in production, so the auth and audit plugins run and every change is recorded
// Each caller is a named token, as in production, so the auth and audit plugins run and every change is recorded
// under its broker's name.
const BROKERS = ['broker-a', 'broker-b', 'broker-audit', ...[0, 1, 2, 3, 4, 5].flatMap((i) => [`racer-${i}`, `free-${i}`]), 'p-1', 'p-2', 'p-3', 'a-1', 'a-2', 'a-3'];
const tokenOf = (name: string) => `desk-test-token-${name}-0123456789abcdef`;
const TOKEN_ENV = [...BROKERS.map((b) => `${b}:broker:${tokenOf(b)}`), `desk-admin:admin:${tokenOf('desk-admin')}`, `desk-viewer:viewer:${tokenOf('desk-viewer')}`].join(',');

async function makeDeskApp(db: Db): Promise<App> {
  const config = testConfig({ TB_TOKENS: TOKEN_ENV, TB_RATE_LIMIT_PER_MINUTE: '100000', TB_HEAVY_PER_CALLER: '16', TB_HEAVY_CONCURRENCY: '16' });
  const auth = await createAuth(config, db);
  return createApp({ config, db, resolveViewer: auth.resolveViewer, extraPlugins: auth.plugins });
}

export const DEMAND = `id status version shortlistSize acceptedCount answeredAt answeredBy answerMessage closedAt withdrawReason
  hoursLeft overdue late hoursToAnswer answeredInTime
  shortlist { person { id } rank score reasons proposedBy proposedAt note response responseNote respondedAt }`;

export const POST = `mutation($e: ID!, $r: ID!, $t: [ID!]!, $d: String!) { postDemand(enterpriseId: $e, regionId: $r, techAreas: $t, description: $d) { demand { id } } }`;
export const PROPOSE = `mutation($id: ID!, $p: [ID!]!, $note: String, $v: Int) { proposeCandidates(demandId: $id, personIds: $p, note: $note, expectedVersion: $v) { ${DEMAND} } }`;
export const REMOVE = `mutation($id: ID!, $p: ID!, $v: Int) { removeCandidate(demandId: $id, personId: $p, expectedVersion: $v) { ${DEMAND} } }`;
export const REORDER = `mutation($id: ID!, $p: [ID!]!, $v: Int) { reorderShortlist(demandId: $id, personIds: $p, expectedVersion: $v) { ${DEMAND} } }`;
export const ANSWER = `mutation($id: ID!, $m: String, $v: Int) { answerDemand(demandId: $id, message: $m, expectedVersion: $v) { ${DEMAND} } }`;
export const RESPOND = `mutation($id: ID!, $p: ID!, $a: Boolean!, $n: String, $v: Int) { recordFirmResponse(demandId: $id, personId: $p, accepted: $a, note: $n, expectedVersion: $v) { ${DEMAND} } }`;
export const WITHDRAW = `mutation($id: ID!, $r: String, $v: Int) { withdrawDemand(demandId: $id, reason: $r, expectedVersion: $v) { ${DEMAND} } }`;
export const READ = `query($id: ID!) { demand(id: $id) { ${DEMAND} node { properties } timeline { kind actor personId at } history { fields actor status } } }`;

export interface DeskHarness {
  /** A GraphQL call in English as the named broker, or as the admin or viewer token. */
  gql(query: string, variables?: Record<string, unknown>, role?: Role, actor?: string): Promise<GqlResult>;
  /** Posts a new demand of the firm in Qingtian and returns its id. */
  postDemand(): Promise<string>;
  /** The demand's properties and every tie it has, in and out, as one comparable value. */
  demandFingerprint(id: string): Promise<string>;
  /** Asserts the change is refused with `want`, its message naming `mention`, and the demand left as it was. */
  expectRefused(query: string, variables: Record<string, unknown>, want: string, mention: string | RegExp, actor?: string): Promise<GqlResult>;
  /** The talents recommended for the demand, with score and reasons. */
  ranking(demandId: string): Promise<Map<string, { score: number; reasons: string[] }>>;
}

/** The file's set-up (emptied graph, the fixture, the desk app; the gateway closed after) and its helpers. */
export function deskHarness(db: Db): DeskHarness {
  let app: App | undefined;
  withGraph(db, async () => {
    await fx.write(db);
    app = await makeDeskApp(db);
  });
  const client = gqlClient(() => app!, { lang: 'en' });

  const gql = (query: string, variables: Record<string, unknown> = {}, role: Role = 'broker', actor = 'broker-a'): Promise<GqlResult> => {
    const name = role === 'admin' ? 'desk-admin' : role === 'viewer' ? 'desk-viewer' : actor;
    return client(query, variables, { token: tokenOf(name) });
  };

  let posted = 0;
  async function postDemand(): Promise<string> {
    posted += 1;
    const r = await gql(POST, { e: 'e:firm', r: 'r:qingtian', t: ['t:foil'], d: `Need a foil expert (${posted})` });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data.postDemand.demand.id as string;
  }

  async function demandFingerprint(id: string): Promise<string> {
    const [row] = await db.runText(
      `MATCH (d:Demand {id: $id})
       RETURN properties(d) AS props,
         COLLECT { MATCH (d)-[r]-(o) RETURN [type(r), startNode(r) = d, o.id, properties(r)] ORDER BY type(r), o.id } AS ties`,
      { id },
    );
    return JSON.stringify(row);
  }

  async function expectRefused(query: string, variables: Record<string, unknown>, want: string, mention: string | RegExp, actor = 'broker-a'): Promise<GqlResult> {
    const id = variables.id as string;
    const before = await demandFingerprint(id);
    const r = await gql(query, variables, 'broker', actor);
    expect(code(r), JSON.stringify(r.errors)).toBe(want);
    if (typeof mention === 'string') expect(r.errors![0]!.message).toContain(mention);
    else expect(r.errors![0]!.message).toMatch(mention);
    expect(await demandFingerprint(id)).toBe(before);
    return r;
  }

  async function ranking(demandId: string): Promise<Map<string, { score: number; reasons: string[] }>> {
    const r = await gql(`query($id: ID!) { recommendTalents(demandId: $id, limit: 100) { node { id } score reasons } }`, { id: demandId });
    expect(r.errors).toBeUndefined();
    return new Map((r.data.recommendTalents as Array<{ node: { id: string }; score: number; reasons: string[] }>).map((x) => [x.node.id, { score: x.score, reasons: x.reasons }]));
  }

  return { gql, postDemand, demandFingerprint, expectRefused, ranking };
}
