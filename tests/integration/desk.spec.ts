// The 48-hour order desk on a real Neo4j: every legal transition of a demand's lifecycle, every illegal one refused
// with the state named and nothing changed (the demand's properties and ties compared before and after), races
// between brokers (exactly one wins, the others get CONFLICT), the audit record of every change, what viewers may
// and may not see, and pool admission with the classified index.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth } from '../../server/auth/auth.js';
import type { Role } from '../../server/context.js';
import { createApp, type App } from '../../server/yoga.js';
import { resetGraph, testConfig, testDb } from '../support/db.js';
import { code, Fixture, type GqlResult } from './recommend-support.js';

const db = testDb();
let app: App;

const DIMENSIONS = ['行业评价', '专业能力', '竞赛荣誉', '学历职称', '项目业绩'];

const fx = new Fixture();
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
// under its broker's name.
const BROKERS = ['broker-a', 'broker-b', 'broker-audit', ...[0, 1, 2, 3, 4, 5].flatMap((i) => [`racer-${i}`, `free-${i}`]), 'p-1', 'p-2', 'p-3', 'a-1', 'a-2', 'a-3'];
const tokenOf = (name: string) => `desk-test-token-${name}-0123456789abcdef`;
const TOKEN_ENV = [...BROKERS.map((b) => `${b}:broker:${tokenOf(b)}`), `desk-admin:admin:${tokenOf('desk-admin')}`, `desk-viewer:viewer:${tokenOf('desk-viewer')}`].join(',');

async function makeDeskApp(): Promise<App> {
  const config = testConfig({ TB_TOKENS: TOKEN_ENV, TB_RATE_LIMIT_PER_MINUTE: '100000', TB_HEAVY_PER_CALLER: '16', TB_HEAVY_CONCURRENCY: '16' });
  const auth = await createAuth(config, db);
  return createApp({ config, db, resolveViewer: auth.resolveViewer, extraPlugins: auth.plugins });
}

async function gql(query: string, variables: Record<string, unknown> = {}, role: Role = 'broker', actor = 'broker-a'): Promise<GqlResult> {
  const name = role === 'admin' ? 'desk-admin' : role === 'viewer' ? 'desk-viewer' : actor;
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en', authorization: `Bearer ${tokenOf(name)}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult;
}

const DEMAND = `id status version shortlistSize acceptedCount answeredAt answeredBy answerMessage closedAt withdrawReason
  hoursLeft overdue late hoursToAnswer answeredInTime
  shortlist { person { id } rank score reasons proposedBy proposedAt note response responseNote respondedAt }`;

const POST = `mutation($e: ID!, $r: ID!, $t: [ID!]!, $d: String!) { postDemand(enterpriseId: $e, regionId: $r, techAreas: $t, description: $d) { demand { id } } }`;
const PROPOSE = `mutation($id: ID!, $p: [ID!]!, $note: String, $v: Int) { proposeCandidates(demandId: $id, personIds: $p, note: $note, expectedVersion: $v) { ${DEMAND} } }`;
const REMOVE = `mutation($id: ID!, $p: ID!, $v: Int) { removeCandidate(demandId: $id, personId: $p, expectedVersion: $v) { ${DEMAND} } }`;
const REORDER = `mutation($id: ID!, $p: [ID!]!, $v: Int) { reorderShortlist(demandId: $id, personIds: $p, expectedVersion: $v) { ${DEMAND} } }`;
const ANSWER = `mutation($id: ID!, $m: String, $v: Int) { answerDemand(demandId: $id, message: $m, expectedVersion: $v) { ${DEMAND} } }`;
const RESPOND = `mutation($id: ID!, $p: ID!, $a: Boolean!, $n: String, $v: Int) { recordFirmResponse(demandId: $id, personId: $p, accepted: $a, note: $n, expectedVersion: $v) { ${DEMAND} } }`;
const WITHDRAW = `mutation($id: ID!, $r: String, $v: Int) { withdrawDemand(demandId: $id, reason: $r, expectedVersion: $v) { ${DEMAND} } }`;
const READ = `query($id: ID!) { demand(id: $id) { ${DEMAND} node { properties } timeline { kind actor personId at } history { fields actor status } } }`;

let posted = 0;
async function postDemand(): Promise<string> {
  posted += 1;
  const r = await gql(POST, { e: 'e:firm', r: 'r:qingtian', t: ['t:foil'], d: `Need a foil expert (${posted})` });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data.postDemand.demand.id as string;
}

/** The demand's properties and every tie it has, in and out, as one comparable value. */
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

beforeAll(async () => {
  await resetGraph(db);
  await fx.write(db);
  app = await makeDeskApp();
});
afterAll(() => db.close());

describe('the demand lifecycle', () => {
  it('walks open -> answered -> accepted, with the shortlist snapshot kept when the ranking changes', { timeout: 400_000 }, async () => {
    const id = await postDemand();
    const start = Date.now();
    const rank = await ranking(id);
    expect(rank.size).toBeGreaterThan(2);
    const [first, second, third] = [...rank.keys()] as [string, string, string];

    let r = await gql(PROPOSE, { id, p: [first, second], note: 'strong fit' });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    let d = r.data.proposeCandidates;
    expect(d.status).toBe('open');
    expect(d.version).toBe(1);
    expect(d.shortlist.map((c: any) => [c.person.id, c.rank])).toEqual([[first, 1], [second, 2]]);
    for (const c of d.shortlist) {
      expect(c.score).toBe(rank.get(c.person.id)!.score);
      expect(c.reasons).toEqual(rank.get(c.person.id)!.reasons);
      expect(c.proposedBy).toBe('broker-a');
      expect(c.note).toBe('strong fit');
      expect(Date.parse(c.proposedAt)).toBeGreaterThanOrEqual(start - 1000);
    }

    r = await gql(PROPOSE, { id, p: [third] });
    expect(r.data.proposeCandidates.shortlist.map((c: any) => c.person.id)).toEqual([first, second, third]);
    r = await gql(REMOVE, { id, p: first });
    expect(r.data.removeCandidate.shortlist.map((c: any) => [c.person.id, c.rank])).toEqual([[second, 1], [third, 2]]);
    r = await gql(REORDER, { id, p: [third, second] });
    d = r.data.reorderShortlist;
    expect(d.shortlist.map((c: any) => [c.person.id, c.rank])).toEqual([[third, 1], [second, 2]]);
    expect(d.version).toBe(4);

    // The ranking changes (a new, stronger expert); the snapshot does not.
    const snapshot = new Map(d.shortlist.map((c: any) => [c.person.id, c.score]));
    await db.runText(`MATCH (p:Person {id: $p}), (t:TechArea {id: 't:foil'}) MERGE (p)-[e:EXPERT_IN]->(t) SET e.level = 1.0`, { p: second }, 'WRITE');
    const after = await ranking(id);
    expect(after.get(second)!.score).not.toBe(snapshot.get(second));
    r = await gql(READ, { id });
    expect(new Map(r.data.demand.shortlist.map((c: any) => [c.person.id, c.score]))).toEqual(snapshot);

    r = await gql(ANSWER, { id, m: 'Two candidates for you' });
    d = r.data.answerDemand;
    expect(d.status).toBe('answered');
    expect(d.answeredBy).toBe('broker-a');
    expect(d.answerMessage).toBe('Two candidates for you');
    expect(d.answeredInTime).toBe(true);
    expect(d.late).toBe(false);
    expect(d.hoursLeft).toBeNull();
    const [stored] = await db.runText(`MATCH (d:Demand {id: $id}) RETURN toString(d.postedAt) AS postedAt, toString(d.answeredAt) AS answeredAt`, { id });
    expect(String(stored!.answeredAt)).toMatch(/Z$/); // stored in UTC
    expect(d.hoursToAnswer).toBe(Math.round(((Date.parse(String(stored!.answeredAt)) - Date.parse(String(stored!.postedAt))) / 3_600_000) * 100) / 100);

    r = await gql(RESPOND, { id, p: third, a: false, n: 'too far away' });
    d = r.data.recordFirmResponse;
    expect(d.status).toBe('answered');
    expect(d.closedAt).toBeNull();
    r = await gql(RESPOND, { id, p: second, a: true });
    d = r.data.recordFirmResponse;
    expect(d.status).toBe('accepted');
    expect(d.acceptedCount).toBe(1);
    expect(d.closedAt).not.toBeNull();
    expect(d.shortlist.map((c: any) => [c.person.id, c.response, c.responseNote])).toEqual([[third, 'declined', 'too far away'], [second, 'accepted', null]]);

    r = await gql(READ, { id });
    expect(r.data.demand.timeline.map((s: any) => s.kind)).toEqual(['posted', 'proposed', 'proposed', 'answered', 'declined', 'accepted', 'closed_accepted']);
  });

  it('becomes declined when the firm declines every candidate', async () => {
    const id = await postDemand();
    const [a, b] = [...(await ranking(id)).keys()];
    await gql(PROPOSE, { id, p: [a, b] });
    await gql(ANSWER, { id });
    let r = await gql(RESPOND, { id, p: a, a: false });
    expect(r.data.recordFirmResponse.status).toBe('answered');
    r = await gql(RESPOND, { id, p: b, a: false });
    expect(r.data.recordFirmResponse.status).toBe('declined');
    expect(r.data.recordFirmResponse.closedAt).not.toBeNull();
  });

  it('is withdrawn from open and from answered, with the reason', async () => {
    const open = await postDemand();
    let r = await gql(WITHDRAW, { id: open, r: 'solved in house' });
    expect(r.data.withdrawDemand).toMatchObject({ status: 'withdrawn', withdrawReason: 'solved in house' });
    expect(r.data.withdrawDemand.closedAt).not.toBeNull();
    const answered = await postDemand();
    const [a] = [...(await ranking(answered)).keys()];
    await gql(PROPOSE, { id: answered, p: [a] });
    await gql(ANSWER, { id: answered });
    r = await gql(WITHDRAW, { id: answered });
    expect(r.data.withdrawDemand.status).toBe('withdrawn');
    expect(r.data.withdrawDemand.answeredAt).not.toBeNull();
  });

  it('refuses every illegal transition with the state named, and changes nothing', async () => {
    const open = await postDemand();
    const [a, b] = [...(await ranking(open)).keys()];
    // An open demand: no response can be recorded, no empty shortlist answered.
    await gql(PROPOSE, { id: open, p: [a] });
    await expectRefused(RESPOND, { id: open, p: a, a: true }, 'BAD_USER_INPUT', 'is open');
    await expectRefused(PROPOSE, { id: open, p: [a] }, 'BAD_USER_INPUT', 'already on the shortlist');
    await expectRefused(REMOVE, { id: open, p: b }, 'NOT_FOUND', 'not on this demand');
    await expectRefused(REORDER, { id: open, p: [a, b] }, 'BAD_USER_INPUT', 'not on the shortlist');
    await expectRefused(PROPOSE, { id: open, p: ['p:nobody'] }, 'NOT_FOUND', 'personIds[0]');
    await expectRefused(PROPOSE, { id: open, p: ['r:lishui'] }, 'BAD_USER_INPUT', 'not a Person');
    await expectRefused(ANSWER, { id: open, v: 99 }, 'CONFLICT', 'version 99');

    const empty = await postDemand();
    await expectRefused(ANSWER, { id: empty }, 'BAD_USER_INPUT', 'shortlist');

    // Answered: no second answer, no new candidates, no reordering, no response recorded twice.
    await gql(ANSWER, { id: open });
    await expectRefused(ANSWER, { id: open }, 'BAD_USER_INPUT', 'is answered');
    await expectRefused(PROPOSE, { id: open, p: [b] }, 'BAD_USER_INPUT', 'is answered');
    await expectRefused(REMOVE, { id: open, p: a }, 'BAD_USER_INPUT', 'is answered');
    await expectRefused(REORDER, { id: open, p: [a] }, 'BAD_USER_INPUT', 'is answered');
    // Another broker finding it answered lost a race: CONFLICT, naming the state.
    await expectRefused(ANSWER, { id: open }, 'CONFLICT', 'already answered', 'broker-b');
    await gql(RESPOND, { id: open, p: a, a: true });
    await expectRefused(RESPOND, { id: open, p: a, a: false }, 'BAD_USER_INPUT', 'already recorded');
    await expectRefused(WITHDRAW, { id: open }, 'BAD_USER_INPUT', 'is accepted');
    await expectRefused(ANSWER, { id: open }, 'BAD_USER_INPUT', 'is accepted');

    // Withdrawn: nothing more.
    const gone = await postDemand();
    await gql(PROPOSE, { id: gone, p: [a] });
    await gql(WITHDRAW, { id: gone });
    await expectRefused(ANSWER, { id: gone }, 'BAD_USER_INPUT', 'is withdrawn');
    await expectRefused(PROPOSE, { id: gone, p: [b] }, 'BAD_USER_INPUT', 'is withdrawn');
    await expectRefused(WITHDRAW, { id: gone }, 'BAD_USER_INPUT', 'is withdrawn');
    await expectRefused(RESPOND, { id: gone, p: a, a: true }, 'BAD_USER_INPUT', 'is withdrawn');

    // Declined: closed too.
    const declined = await postDemand();
    await gql(PROPOSE, { id: declined, p: [a] });
    await gql(ANSWER, { id: declined });
    await gql(RESPOND, { id: declined, p: a, a: false });
    await expectRefused(WITHDRAW, { id: declined }, 'BAD_USER_INPUT', 'is declined');
    await expectRefused(RESPOND, { id: declined, p: a, a: true }, 'BAD_USER_INPUT', 'is declined');

    // Not a demand at all.
    const r = await gql(ANSWER, { id: 'd:none' });
    expect(code(r)).toBe('NOT_FOUND');
    const f = await gql(ANSWER, { id: 'e:firm' });
    expect(code(f)).toBe('BAD_USER_INPUT');
  });

  it('audits every change, and the demand shows its history', async () => {
    const id = await postDemand();
    const [a] = [...(await ranking(id)).keys()];
    await gql(PROPOSE, { id, p: [a] }, 'broker', 'broker-audit');
    await gql(ANSWER, { id, m: 'here' }, 'broker', 'broker-audit');
    await gql(ANSWER, { id }, 'broker', 'broker-audit'); // refused, audited as failed
    await gql(RESPOND, { id, p: a, a: true }, 'broker', 'broker-audit');
    const log = await gql(`{ auditLog(limit: 1000, actor: "broker-audit") { fields subjects status errorCodes } }`, {}, 'admin');
    const mine = (log.data.auditLog as Array<{ fields: string[]; subjects: string[]; status: string; errorCodes: string[] }>).filter((e) => e.subjects.includes(id)).reverse();
    expect(mine.map((e) => [e.fields[0], e.status])).toEqual([
      ['proposeCandidates', 'ok'],
      ['answerDemand', 'ok'],
      ['answerDemand', 'failed'],
      ['recordFirmResponse', 'ok'],
    ]);
    expect(mine[2]!.errorCodes).toEqual(['BAD_USER_INPUT']);
    const r = await gql(READ, { id });
    expect(r.data.demand.history.filter((h: any) => h.actor === 'broker-audit').map((h: any) => [h.fields[0], h.status])).toEqual(mine.map((e) => [e.fields[0], e.status]));
  });
});

describe('concurrent changes', () => {
  it('of six brokers answering at once with the version they saw, exactly one succeeds; the others get CONFLICT', async () => {
    const id = await postDemand();
    const [a] = [...(await ranking(id)).keys()];
    const v = (await gql(PROPOSE, { id, p: [a] })).data.proposeCandidates.version as number;
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => gql(ANSWER, { id, m: `answer ${i}`, v }, 'broker', `racer-${i}`)));
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => code(r) === 'CONFLICT')).toHaveLength(5);
    const [row] = await db.runText(`MATCH (d:Demand {id: $id}) RETURN d.answeredBy AS by, d.answerMessage AS m, d.version AS v`, { id });
    expect(row!.by).toBe(ok[0]!.data.answerDemand.answeredBy);
    expect(row!.m).toBe(ok[0]!.data.answerDemand.answerMessage);
    expect(row!.v).toBe(v + 1);
  });

  it('without a version, distinct brokers answering at once: one succeeds, the others get CONFLICT naming the state', async () => {
    const id = await postDemand();
    const [a] = [...(await ranking(id)).keys()];
    await gql(PROPOSE, { id, p: [a] });
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => gql(ANSWER, { id, m: `answer ${i}` }, 'broker', `free-${i}`)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const refused = results.filter((r) => r.errors);
    expect(refused.map(code)).toEqual(Array(5).fill('CONFLICT'));
    for (const r of refused) expect(r.errors![0]!.message).toContain('answered');
  });

  it('proposals racing an answer: exactly one change lands, and the answer sent is the shortlist stored', async () => {
    const id = await postDemand();
    const people = [...(await ranking(id)).keys()];
    const v = (await gql(PROPOSE, { id, p: [people[0]] })).data.proposeCandidates.version as number;
    const calls = [
      gql(PROPOSE, { id, p: [people[1]], v }, 'broker', 'p-1'),
      gql(ANSWER, { id, v }, 'broker', 'a-1'),
      gql(PROPOSE, { id, p: [people[2]], v }, 'broker', 'p-2'),
      gql(ANSWER, { id, v }, 'broker', 'a-2'),
      gql(PROPOSE, { id, p: [people[1]], v }, 'broker', 'p-3'),
      gql(ANSWER, { id, v }, 'broker', 'a-3'),
    ];
    const results = await Promise.all(calls);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => code(r) === 'CONFLICT')).toHaveLength(5);
    const r = await gql(READ, { id });
    const d = r.data.demand;
    expect(d.version).toBe(v + 1);
    const [ties] = await db.runText(`MATCH (d:Demand {id: $id}) RETURN COUNT { (d)-[:PROPOSED]->() } AS n`, { id });
    expect(d.shortlistSize).toBe(ties!.n);
    if (d.status === 'answered') expect(d.shortlistSize).toBe(1);
    else expect(d.shortlistSize).toBe(2);
  });
});

describe('what viewers see', () => {
  it('never who was proposed, who answered or what was written; counts and times yes', async () => {
    const id = await postDemand();
    const [a, b] = [...(await ranking(id)).keys()];
    await gql(PROPOSE, { id, p: [a, b], note: 'secret note' });
    await gql(ANSWER, { id, m: `We propose ${a}` });
    const r = await gql(READ, { id }, 'viewer');
    expect(r.errors).toBeUndefined();
    const d = r.data.demand;
    expect(d.shortlistSize).toBe(2);
    expect(d.shortlist).toEqual([]);
    expect(d.answeredBy).toBeNull();
    expect(d.answerMessage).toBeNull();
    expect(d.history).toEqual([]);
    expect(d.timeline.every((s: any) => s.actor === null && s.personId === null)).toBe(true);
    const text = JSON.stringify(r.data);
    for (const secret of [a, b, 'secret note', 'broker-a', 'We propose']) expect(text).not.toContain(secret);
    const desk = await gql(`{ demandDesk(limit: 200) { items { id shortlistSize shortlist { person { id } } answeredBy node { properties } } } }`, {}, 'viewer');
    expect(desk.errors).toBeUndefined();
    const deskText = JSON.stringify(desk.data);
    for (const secret of [a, b, 'broker-a', 'We propose']) expect(deskText).not.toContain(secret);
    // Exploring around the demand does not show the shortlist either.
    const nb = await gql(`query($id: ID!) { neighbourhood(id: $id, depth: 1) { nodes { id } edges { type } } }`, { id }, 'viewer');
    expect(nb.errors).toBeUndefined();
    const nbText = JSON.stringify(nb.data);
    expect(nbText).not.toContain('PROPOSED');
    for (const secret of [a, b]) expect(nbText).not.toContain(`"${secret}"`);
    // Viewers change nothing.
    const before = await demandFingerprint(id);
    const w = await gql(WITHDRAW, { id }, 'viewer');
    expect(code(w)).toBe('FORBIDDEN');
    expect(await demandFingerprint(id)).toBe(before);
    // Aggregates are open to them.
    const s = await gql(`{ deskStats(scopeId: "pool:lishui") { total { posted answered } } }`, {}, 'viewer');
    expect(s.errors).toBeUndefined();
    expect(s.data.deskStats.total.posted).toBeGreaterThan(0);
  });
});

describe('demandDesk', () => {
  it('lists the scope soonest due first, with statuses, filters and cursor pages that add up to the whole', async () => {
    const all = await gql(`{ demandDesk(scopeId: "pool:lishui", limit: 200) { total items { id responseDue status } } }`);
    expect(all.errors).toBeUndefined();
    const items = all.data.demandDesk.items as Array<{ id: string; responseDue: string; status: string }>;
    const [expected] = await db.runText(`MATCH (d:Demand) RETURN count(d) AS n`);
    expect(all.data.demandDesk.total).toBe(expected!.n); // every fixture demand is posted in Qingtian
    const sorted = [...items].sort((x, y) => x.responseDue.localeCompare(y.responseDue) || x.id.localeCompare(y.id));
    expect(items.map((i) => i.id)).toEqual(sorted.map((i) => i.id));
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: GqlResult = await gql(`query($a: String) { demandDesk(scopeId: "r:lishui", limit: 2, after: $a) { total nextCursor items { id } } }`, { a: after });
      expect(page.errors).toBeUndefined();
      paged.push(...page.data.demandDesk.items.map((i: { id: string }) => i.id));
      after = page.data.demandDesk.nextCursor;
    } while (after);
    expect(paged).toEqual(items.map((i) => i.id));
    const open = await gql(`{ demandDesk(scopeId: "pool:qingtian", status: [open], limit: 200) { total items { id status } } }`);
    expect(open.data.demandDesk.items.map((i: any) => i.id)).toEqual(items.filter((i) => i.status === 'open').map((i) => i.id));
    const elsewhere = await gql(`{ demandDesk(scopeId: "pool:liandu") { total items { id } } }`);
    expect(elsewhere.data.demandDesk.total).toBe(0);
    const bad = await gql(`{ demandDesk(after: "nonsense") { total } }`);
    expect(code(bad)).toBe('BAD_USER_INPUT');
    const wrong = await gql(`{ demandDesk(scopeId: "t:ai") { total } }`);
    expect(code(wrong)).toBe('BAD_USER_INPUT');
  });

  it('measures hours left and overdue at asOf', async () => {
    const id = await postDemand();
    const [row] = await db.runText(`MATCH (d:Demand {id: $id}) RETURN toString(d.responseDue) AS due`, { id });
    const due = Date.parse(String(row!.due));
    const before = new Date(due - 5 * 3_600_000).toISOString();
    const after = new Date(due + 3 * 3_600_000).toISOString();
    const q = `query($id: ID!, $at: DateTime) { demand(id: $id, asOf: $at) { hoursLeft hoursLate overdue late } }`;
    expect((await gql(q, { id, at: before })).data.demand).toEqual({ hoursLeft: 5, hoursLate: null, overdue: false, late: false });
    expect((await gql(q, { id, at: after })).data.demand).toEqual({ hoursLeft: -3, hoursLate: 3, overdue: true, late: false });
    const overdue = await gql(`query($at: DateTime) { demandDesk(status: [open], dueBefore: $at, limit: 200) { items { id } } }`, { at: after });
    expect(overdue.data.demandDesk.items.map((i: any) => i.id)).toContain(id);
  });
});

describe('pool admission and the classified index', () => {
  const ADMIT = `mutation($p: ID!, $pool: ID!, $s: [DimensionScoreInput!]!, $t: [String!], $on: Date) {
    admitToPool(personId: $p, poolId: $pool, scores: $s, tags: $t, admittedOn: $on) { person { id } pool { id } dimensions scores { dimension score } averageScore tags admittedOn admittedBy } }`;
  const MEMBERS = `query($pool: ID!, $t: [String!], $m: [DimensionScoreInput!], $ta: ID, $l: Int, $a: String) {
    poolMembers(poolId: $pool, tags: $t, minScores: $m, techArea: $ta, limit: $l, after: $a) { total nextCursor items { person { id } pool { id } scores { dimension score } averageScore tags admittedBy } } }`;
  const scores = (xs: number[]) => DIMENSIONS.map((dimension, i) => ({ dimension, score: xs[i] }));

  it('admits on exactly the pool dimensions, 0..100, and names what is wrong otherwise', async () => {
    const before = await db.runText(`MATCH (:Person {id: 'p:5'})-[m:MEMBER_OF]->() RETURN count(m) AS n`);
    let r = await gql(ADMIT, { p: 'p:5', pool: 'pool:qingtian', s: scores([80, 70, 60]).slice(0, 3) });
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.message).toContain('学历职称');
    r = await gql(ADMIT, { p: 'p:5', pool: 'pool:qingtian', s: [...scores([80, 70, 60, 50, 40]), { dimension: '颜值', score: 90 }] });
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.message).toContain('颜值');
    r = await gql(ADMIT, { p: 'p:5', pool: 'pool:qingtian', s: scores([80, 70, 101, 50, 40]) });
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.message).toContain('0 to 100');
    r = await gql(ADMIT, { p: 'p:5', pool: 'pool:qingtian', s: [...scores([80, 70, 60, 50, 40]), { dimension: '专业能力', score: 1 }] });
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(await db.runText(`MATCH (:Person {id: 'p:5'})-[m:MEMBER_OF]->() RETURN count(m) AS n`)).toEqual(before);
    const v = await gql(ADMIT, { p: 'p:5', pool: 'pool:qingtian', s: scores([80, 70, 60, 50, 40]) }, 'viewer');
    expect(code(v)).toBe('FORBIDDEN');

    // In any order; stored in the pool's order.
    r = await gql(ADMIT, { p: 'p:5', pool: 'pool:qingtian', s: scores([80, 70, 60, 50, 40]).reverse(), t: ['新材料', '高级工程师'], on: '2025-02-01' });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data.admitToPool).toMatchObject({
      person: { id: 'p:5' },
      pool: { id: 'pool:qingtian' },
      dimensions: DIMENSIONS,
      scores: scores([80, 70, 60, 50, 40]),
      averageScore: 60,
      tags: ['新材料', '高级工程师'],
      admittedOn: '2025-02-01',
      admittedBy: 'broker-a',
    });
    // Already in the family (the city pool counts its sub-pools): CONFLICT.
    r = await gql(ADMIT, { p: 'p:5', pool: 'pool:lishui', s: scores([1, 2, 3, 4, 5]) });
    expect(code(r)).toBe('CONFLICT');
    r = await gql(ADMIT, { p: 'p:5', pool: 'pool:qingtian', s: scores([1, 2, 3, 4, 5]) });
    expect(code(r)).toBe('CONFLICT');
  });

  it('lists a city pool with its sub-pools members, filtered by tag, minimum score and expertise, paginated', async () => {
    await gql(ADMIT, { p: 'p:6', pool: 'pool:liandu', s: scores([90, 90, 90, 90, 90]), t: ['新材料'] });
    await gql(ADMIT, { p: 'p:7', pool: 'pool:lishui', s: scores([50, 95, 40, 60, 70]), t: ['人工智能'] });
    const [counted] = await db.runText(`MATCH (:Person)-[m:MEMBER_OF]->(q:TalentPool) WHERE m.end IS NULL AND q.id IN ['pool:lishui', 'pool:qingtian', 'pool:liandu'] RETURN count(m) AS n`);
    const all = await gql(MEMBERS, { pool: 'pool:lishui', l: 200 });
    expect(all.errors).toBeUndefined();
    const items = all.data.poolMembers.items as Array<{ person: { id: string }; pool: { id: string }; averageScore: number | null; tags: string[]; scores: Array<{ dimension: string; score: number }> }>;
    expect(all.data.poolMembers.total).toBe(counted!.n);
    expect(items).toHaveLength(counted!.n as number);
    expect(items.find((i) => i.person.id === 'p:6')!.pool.id).toBe('pool:liandu');
    // Best average first, unscored last.
    const keys = items.map((i) => i.averageScore ?? -1);
    expect(keys).toEqual([...keys].sort((x, y) => y - x));
    expect(items[0]!.person.id).toBe('p:6');

    const tagged = await gql(MEMBERS, { pool: 'pool:lishui', t: ['新材料'] });
    expect(tagged.data.poolMembers.items.map((i: any) => i.person.id).sort()).toEqual(items.filter((i) => i.tags.includes('新材料')).map((i) => i.person.id).sort());
    const strong = await gql(MEMBERS, { pool: 'pool:lishui', m: [{ dimension: '专业能力', score: 85 }] });
    expect(strong.data.poolMembers.items.map((i: any) => i.person.id).sort()).toEqual(
      items.filter((i) => i.scores.some((s) => s.dimension === '专业能力' && s.score >= 85)).map((i) => i.person.id).sort(),
    );
    const ai = await gql(MEMBERS, { pool: 'pool:lishui', ta: 't:ai' });
    expect(ai.data.poolMembers.items.map((i: any) => i.person.id).sort()).toEqual(
      fx.relsOf('EXPERT_IN').filter((r) => r.end === 't:ai').map((r) => r.start).filter((p) => items.some((i) => i.person.id === p)).sort(),
    );
    const sub = await gql(MEMBERS, { pool: 'pool:liandu', l: 200 });
    expect(sub.data.poolMembers.items.every((i: any) => i.pool.id === 'pool:liandu')).toBe(true);

    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: GqlResult = await gql(MEMBERS, { pool: 'pool:lishui', l: 2, a: after });
      paged.push(...page.data.poolMembers.items.map((i: any) => i.person.id));
      after = page.data.poolMembers.nextCursor;
    } while (after);
    expect(paged).toEqual(items.map((i) => i.person.id));

    // Viewers: members yes, scores and who admitted no, and no filtering on scores.
    const v = await gql(MEMBERS, { pool: 'pool:lishui', l: 200 }, 'viewer');
    expect(v.errors).toBeUndefined();
    expect(v.data.poolMembers.items.every((i: any) => i.scores.length === 0 && i.averageScore === null && i.admittedBy === null)).toBe(true);
    const vm = await gql(MEMBERS, { pool: 'pool:lishui', m: [{ dimension: '专业能力', score: 85 }] }, 'viewer');
    expect(code(vm)).toBe('FORBIDDEN');
  });

  it('leavePool ends the membership for the record; the person may be admitted again', async () => {
    const LEAVE = `mutation($p: ID!, $pool: ID!) { leavePool(personId: $p, poolId: $pool, reason: "moved", leftOn: "2025-05-01") { leftOn pool { id } } }`;
    let r = await gql(LEAVE, { p: 'p:6', pool: 'pool:lishui' });
    expect(code(r)).toBe('NOT_FOUND'); // a sub-pool member leaves the sub-pool
    r = await gql(LEAVE, { p: 'p:6', pool: 'pool:liandu' });
    expect(r.data.leavePool).toEqual({ leftOn: '2025-05-01', pool: { id: 'pool:liandu' } });
    const [tie] = await db.runText(`MATCH (:Person {id: 'p:6'})-[m:MEMBER_OF]->(:TalentPool {id: 'pool:liandu'}) RETURN toString(m.end) AS end, m.leftReason AS why`);
    expect(tie).toEqual({ end: '2025-05-01', why: 'moved' });
    const listed = await gql(MEMBERS, { pool: 'pool:lishui', l: 200 });
    expect(listed.data.poolMembers.items.map((i: any) => i.person.id)).not.toContain('p:6');
    r = await gql(ADMIT, { p: 'p:6', pool: 'pool:lishui', s: scores([60, 60, 60, 60, 60]) });
    expect(r.errors).toBeUndefined();
  });
});
