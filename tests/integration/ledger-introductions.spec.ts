// The introductions ledger against a real Neo4j: recording an introduction (the broker must be a TechManager, the
// intermediaries keep their order), appending outcomes (never overwriting), the cursor-paginated list with each
// filter checked against a filter written in the test, roles, and the track record with its quarters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/yoga.js';
import { resetGraph, testDb } from '../support/db.js';
import { post, trustApp } from '../support/trust-fixture.js';
import { code, Fixture, type GqlResult } from './recommend-support.js';

const db = testDb();
let app: App;

const fx = new Fixture();
fx.node('e:a', ['Enterprise'], { nameEn: 'Firm A' });
fx.node('e:b', ['Enterprise'], { nameEn: 'Firm B' });
fx.node('l:x', ['Lab'], { nameEn: 'Lab X' });
fx.node('l:y', ['Lab'], { nameEn: 'Lab Y' });
fx.node('tm:1', ['Person', 'TechManager'], { nameEn: 'Manager One', nameZh: '甲经理' });
fx.node('tm:2', ['Person', 'TechManager'], { nameEn: 'Manager Two' });
fx.node('p:1', ['Person'], { nameEn: 'Person One' });
fx.node('p:2', ['Person'], { nameEn: 'Person Two' });
fx.node('p:3', ['Person'], { nameEn: 'Person Three' });
fx.node('proj:1', ['Project'], { nameEn: 'Project One' });

const INTRO = 'id date from { id } to { id } broker { id } intermediaries { id } note recordedBy outcomes { kind date project { id } note recordedBy } lastOutcome { kind }';
const RECORD = `mutation ($from: ID!, $to: ID!, $via: [ID!]!, $broker: ID!, $date: Date!, $note: String) {
  recordIntroduction(from: $from, to: $to, intermediaries: $via, brokerId: $broker, date: $date, note: $note) { ${INTRO} } }`;
const OUTCOME = `mutation ($id: ID!, $kind: OutcomeKind!, $date: Date!, $project: ID, $note: String) {
  recordOutcome(introductionId: $id, kind: $kind, date: $date, projectId: $project, note: $note) { ${INTRO} } }`;
const LIST = `query ($broker: ID, $firm: ID, $lab: ID, $person: ID, $from: Date, $to: Date, $limit: Int, $after: String) {
  introductions(brokerId: $broker, firmId: $firm, labId: $lab, personId: $person, from: $from, to: $to, limit: $limit, after: $after) {
    items { id date } nextCursor hasMore totalCount } }`;

async function gql(query: string, variables: Record<string, unknown>, role: 'admin' | 'broker' | 'viewer' = 'broker'): Promise<GqlResult> {
  return (await post(app, query, variables, role, { 'accept-language': 'en' })).body as GqlResult;
}
async function ok(query: string, variables: Record<string, unknown>, role: 'admin' | 'broker' | 'viewer' = 'broker'): Promise<any> {
  const r = await gql(query, variables, role);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data;
}

async function ledgerCount(): Promise<number> {
  const [row] = await db.runText('MATCH (n) WHERE n:Introduction OR n:Outcome RETURN count(n) AS n');
  return Number(row!.n);
}

/** The introductions written in this file, as the test recorded them, to filter independently of the server. */
const written: Array<{ id: string; date: string; from: string; to: string; broker: string; via: string[] }> = [];

beforeAll(async () => {
  await resetGraph(db);
  await db.runText('MATCH (e:AuditEvent) DETACH DELETE e', {}, 'WRITE');
  await fx.write(db);
  app = await trustApp(db);
  // 14 introductions over 2024-2025, spread over brokers, firms, labs and intermediaries.
  const firms = ['e:a', 'e:b'];
  const labs = ['l:x', 'l:y'];
  const brokers = ['tm:1', 'tm:2'];
  const people = [[], ['p:1'], ['p:2', 'p:3'], ['p:3', 'p:1']];
  for (let k = 0; k < 14; k++) {
    const month = String((k % 12) + 1).padStart(2, '0');
    const date = `${k < 12 ? 2024 : 2025}-${month}-${k % 3 === 0 ? '10' : '20'}`;
    const v = { from: firms[k % 2]!, to: labs[Math.floor(k / 2) % 2]!, via: people[k % 4]!, broker: brokers[Math.floor(k / 3) % 2]!, date };
    const d = await ok(RECORD, v);
    written.push({ id: d.recordIntroduction.id, date, from: v.from, to: v.to, broker: v.broker, via: v.via });
  }
});
afterAll(() => db.close());

describe('recordIntroduction', () => {
  it('keeps the intermediaries in order, the broker and who recorded it', async () => {
    const d = await ok(RECORD, { from: 'e:a', to: 'l:x', via: ['p:3', 'p:1', 'p:2'], broker: 'tm:1', date: '2025-03-01', note: 'warm intro' });
    const i = d.recordIntroduction;
    written.push({ id: i.id, date: '2025-03-01', from: 'e:a', to: 'l:x', broker: 'tm:1', via: ['p:3', 'p:1', 'p:2'] });
    expect(i.intermediaries.map((n: any) => n.id)).toEqual(['p:3', 'p:1', 'p:2']);
    expect(i).toMatchObject({ date: '2025-03-01', from: { id: 'e:a' }, to: { id: 'l:x' }, broker: { id: 'tm:1' }, note: 'warm intro', recordedBy: 'bea', outcomes: [], lastOutcome: null });
    const [row] = await db.runText('MATCH (:Introduction {id: $id})-[v:INTRODUCED_VIA]->(p) WITH v, p ORDER BY v.order RETURN collect(p.id) AS ids, collect(v.order) AS orders', { id: i.id });
    expect(row!.ids).toEqual(['p:3', 'p:1', 'p:2']);
    expect((row!.orders as unknown[]).map(Number)).toEqual([0, 1, 2]);
  });

  it('refuses a broker who is not a technology manager, and bad input, writing nothing', async () => {
    const before = await ledgerCount();
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ from: 'e:a', to: 'l:x', via: [], broker: 'p:1', date: '2025-01-01' }, 'BAD_USER_INPUT', /brokerId.*TechManager/],
      [{ from: 'e:a', to: 'l:x', via: ['p:1', 'p:1'], broker: 'tm:1', date: '2025-01-01' }, 'BAD_USER_INPUT', /intermediaries.*twice/],
      [{ from: 'e:a', to: 'l:x', via: ['e:b'], broker: 'tm:1', date: '2025-01-01' }, 'BAD_USER_INPUT', /intermediaries\[0\].*Enterprise/],
      [{ from: 'e:a', to: 'l:none', via: [], broker: 'tm:1', date: '2025-01-01' }, 'NOT_FOUND', /l:none/],
      [{ from: 'e:a', to: 'l:x', via: [], broker: 'tm:1', date: '2999-01-01' }, 'BAD_USER_INPUT', /date.*future/],
      [{ from: 'e:a', to: 'e:a', via: [], broker: 'tm:1', date: '2025-01-01' }, 'BAD_USER_INPUT', /`to`/],
    ];
    for (const [v, want, mention] of cases) {
      const r = await gql(RECORD, v);
      expect(code(r), JSON.stringify(v)).toBe(want);
      expect(r.errors![0]!.message).toMatch(mention);
    }
    const viewer = await gql(RECORD, { from: 'e:a', to: 'l:x', via: [], broker: 'tm:1', date: '2025-01-01' }, 'viewer');
    expect(code(viewer)).toBe('FORBIDDEN');
    expect(await ledgerCount()).toBe(before);
  });
});

describe('recordOutcome', () => {
  it('appends outcomes in date order and never overwrites one', async () => {
    const id = written[0]!.id;
    await ok(OUTCOME, { id, kind: 'meeting', date: '2024-02-01', note: 'first meeting' });
    await ok(OUTCOME, { id, kind: 'project', date: '2024-05-01', project: 'proj:1' });
    // Recorded last but dated between the two: it sits between them, and the earlier ones are as they were.
    const d = await ok(OUTCOME, { id, kind: 'meeting', date: '2024-03-01', note: 'second meeting' });
    const i = d.recordOutcome;
    expect(i.outcomes.map((o: any) => [o.kind, o.date, o.note, o.project?.id ?? null])).toEqual([
      ['meeting', '2024-02-01', 'first meeting', null],
      ['meeting', '2024-03-01', 'second meeting', null],
      ['project', '2024-05-01', null, 'proj:1'],
    ]);
    expect(i.lastOutcome.kind).toBe('project');
    const [row] = await db.runText('MATCH (:Introduction {id: $id})-[h:HAS_OUTCOME]->(o:Outcome) RETURN count(o) AS n, collect(h.seq) AS seqs', { id });
    expect(Number(row!.n)).toBe(3);
    expect((row!.seqs as unknown[]).map(Number).sort()).toEqual([1, 2, 3]);
  });

  it('numbers outcomes recorded at the same time one after the other', async () => {
    const id = written[1]!.id;
    const rs = await Promise.all(Array.from({ length: 6 }, (_, k) => gql(OUTCOME, { id, kind: 'meeting', date: `2024-0${3 + (k % 3)}-01`, note: `m${k}` })));
    expect(rs.filter((r) => r.errors)).toHaveLength(0);
    const [row] = await db.runText('MATCH (:Introduction {id: $id})-[h:HAS_OUTCOME]->(o) RETURN collect(h.seq) AS seqs', { id });
    expect((row!.seqs as unknown[]).map(Number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('refuses a project outcome without its project, a date before the introduction, an unknown introduction', async () => {
    const before = await ledgerCount();
    const id = written[2]!.id;
    expect(code(await gql(OUTCOME, { id, kind: 'project', date: '2025-01-01' }))).toBe('BAD_USER_INPUT');
    const early = await gql(OUTCOME, { id, kind: 'meeting', date: '2000-01-01' });
    expect(early.errors![0]!.message).toMatch(/date.*before the introduction/);
    expect(code(await gql(OUTCOME, { id: 'introduction:none', kind: 'meeting', date: '2025-01-01' }))).toBe('NOT_FOUND');
    expect(code(await gql(OUTCOME, { id, kind: 'project', date: '2025-01-01', project: 'l:x' }))).toBe('BAD_USER_INPUT');
    expect(await ledgerCount()).toBe(before);
  });
});

describe('introductions (pages)', () => {
  const expected = (f: { broker?: string; firm?: string; lab?: string; person?: string; from?: string; to?: string }) =>
    written
      .filter((w) => (!f.broker || w.broker === f.broker) && (!f.firm || w.from === f.firm) && (!f.lab || w.to === f.lab))
      .filter((w) => !f.person || w.broker === f.person || w.via.includes(f.person))
      .filter((w) => (!f.from || w.date >= f.from) && (!f.to || w.date <= f.to))
      .sort((a, b) => (a.date === b.date ? (a.id < b.id ? 1 : -1) : a.date < b.date ? 1 : -1))
      .map((w) => w.id);

  async function all(vars: Record<string, unknown>, limit: number): Promise<{ ids: string[]; total: number; pages: number }> {
    const ids: string[] = [];
    let after: string | null = null;
    let total: number;
    let pages = 0;
    for (;;) {
      const d = await ok(LIST, { ...vars, limit, after });
      pages++;
      total = d.introductions.totalCount;
      ids.push(...d.introductions.items.map((i: any) => i.id));
      expect(d.introductions.hasMore).toBe(d.introductions.nextCursor !== null);
      if (!d.introductions.nextCursor) break;
      after = d.introductions.nextCursor;
      expect(pages).toBeLessThan(50);
    }
    return { ids, total, pages };
  }

  const FILTERS: Array<Record<string, string>> = [
    {},
    { broker: 'tm:1' },
    { firm: 'e:b' },
    { lab: 'l:y' },
    { person: 'p:1' },
    { person: 'tm:2' },
    { from: '2024-04-01', to: '2024-10-31' },
    { broker: 'tm:2', lab: 'l:x' },
    { person: 'p:3', firm: 'e:a', from: '2024-06-01' },
  ];
  for (const f of FILTERS) {
    it(`pages through ${JSON.stringify(f)} newest first, each once`, async () => {
      const want = expected(f);
      expect(want.length).toBeGreaterThan(0);
      const { ids, total, pages } = await all(f, 4);
      expect(ids).toEqual(want);
      expect(total).toBe(want.length);
      expect(pages).toBe(Math.max(1, Math.ceil(want.length / 4)));
    });
  }

  it('refuses a cursor from other filters, a broken cursor, unknown ids and viewers', async () => {
    const d = await ok(LIST, { broker: 'tm:1', limit: 2 });
    const other = await gql(LIST, { broker: 'tm:2', limit: 2, after: d.introductions.nextCursor });
    expect(code(other)).toBe('BAD_USER_INPUT');
    expect(other.errors![0]!.message).toMatch(/after.*other filters/);
    expect(code(await gql(LIST, { after: 'garbage' }))).toBe('BAD_USER_INPUT');
    expect(code(await gql(LIST, { broker: 'tm:none' }))).toBe('NOT_FOUND');
    expect(code(await gql(LIST, { firm: 'p:1' }))).toBe('BAD_USER_INPUT');
    expect(code(await gql(LIST, { limit: 0 }))).toBe('BAD_USER_INPUT');
    expect(code(await gql(LIST, {}, 'viewer'))).toBe('FORBIDDEN');
    expect(code(await gql(`{ introduction(id: "${written[0]!.id}") { id } }`, {}, 'viewer'))).toBe('FORBIDDEN');
  });
});

describe('trackRecord', () => {
  const TRACK = `query ($id: ID!, $asOf: Date) { trackRecord(id: $id, asOf: $asOf) {
    introductions asBroker asIntermediary successful becameProjects outcomes { kind count } score evidence reason
    byQuarter { quarter introductions meetings projects } } }`;

  it("counts a broker's introductions and outcomes and charts them by quarter", async () => {
    const d = await ok(TRACK, { id: 'tm:1', asOf: '2026-01-01' });
    const mine = written.filter((w) => w.broker === 'tm:1' || w.via.includes('tm:1'));
    const t = d.trackRecord;
    expect(t.introductions).toBe(mine.length);
    expect(t.asBroker).toBe(mine.length);
    // written[0] (tm:1's) became a project; written[1] is tm:1's too (k = 1: broker index floor(1/3) = 0).
    expect(t.becameProjects).toBe(1);
    expect(t.successful).toBe(1);
    const quarterOf = (date: string) => `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
    const perQuarter = new Map<string, number>();
    for (const w of mine) perQuarter.set(quarterOf(w.date), (perQuarter.get(quarterOf(w.date)) ?? 0) + 1);
    for (const q of t.byQuarter) expect(q.introductions).toBe(perQuarter.get(q.quarter) ?? 0);
    expect(t.byQuarter.reduce((s: number, q: any) => s + q.introductions, 0)).toBe(mine.length);
    expect(t.byQuarter.reduce((s: number, q: any) => s + q.projects, 0)).toBe(1);
    expect(t.reason).toContain(`1 of ${mine.length} introductions by Manager One became projects`);
    expect(t.score).toBeGreaterThan(0);
    expect(t.score).toBeLessThan(0.5);
  });

  it('is neutral for a newcomer, open to viewers for organisations only', async () => {
    await db.runText("CREATE (:Entity:Person:TechManager {id: 'tm:new', name: 'New'})", {}, 'WRITE');
    const d = await ok(TRACK, { id: 'tm:new' });
    expect(d.trackRecord).toMatchObject({ introductions: 0, score: 0.5, evidence: 0, reason: null, byQuarter: [] });
    expect(code(await gql(TRACK, { id: 'tm:1' }, 'viewer'))).toBe('FORBIDDEN');
    const lab = await ok(TRACK, { id: 'l:x' }, 'viewer');
    expect(lab.trackRecord.introductions).toBe(written.filter((w) => w.to === 'l:x').length);
    expect(code(await gql(TRACK, { id: 'proj:1' }))).toBe('BAD_USER_INPUT');
  });
});
