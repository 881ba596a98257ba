// Projects with milestones and 安心宝 escrow against a real Neo4j: every legal step with the amounts after it (the
// deposit is escrowPercent of the fee rounded half up; release pays deposit + balance = feeTotal; a refund returns
// the deposit and the risk pool covers the platform's cost, never more than it holds nor its per-project cap),
// every illegal step refused with BAD_USER_INPUT naming the state and nothing changed (every property of every
// ledger and graph node compared), concurrent completeMilestone calls releasing once, concurrent refunds never
// overdrawing a pool, roles, Fen validation, and the audit record of every change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/yoga.js';
import { resetGraph, testDb } from '../support/db.js';
import { post, trustApp } from '../support/trust-fixture.js';
import { code, Fixture, type GqlResult } from './recommend-support.js';

const db = testDb();
let app: App;

const fx = new Fixture();
fx.node('e:firm', ['Enterprise'], { nameEn: 'Firm' });
fx.node('l:lab', ['Lab'], { nameEn: 'Lab' });
fx.node('o:fund', ['Organisation'], { nameEn: 'Fund office' });
fx.node('p:broker', ['Person', 'TechManager'], { nameEn: 'Broker' });

const ESCROW = 'state feeTotal escrowPercent depositDue deposited released balancePaid refunded coveredByPool platformCost depositedOn releasedOn refundedOn riskPool { id capital paidOut available }';
const PROJECT = `id name status version milestones { index title due state evidence doneOn onTime } escrow { ${ESCROW} } participants { id }`;

const CREATE = `mutation ($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT} } }`;
const DEPOSIT = `mutation ($id: ID!, $date: Date!, $amount: Fen) { depositEscrow(projectId: $id, date: $date, amount: $amount) { ${PROJECT} } }`;
const COMPLETE = `mutation ($id: ID!, $i: Int!, $date: Date!) { completeMilestone(projectId: $id, index: $i, evidence: "report", date: $date) { ${PROJECT} } }`;
const FAIL = `mutation ($id: ID!, $i: Int!, $date: Date!, $cost: Fen) { failMilestone(projectId: $id, index: $i, evidence: "missed", date: $date, platformCost: $cost) { ${PROJECT} } }`;
const POOL = `mutation ($input: RiskPoolInput!) { upsertRiskPool(input: $input) { id capital paidOut available perProjectCap projectCount organisation { id } } }`;

/** Every ledger and graph node and relationship with all its properties (the audit record left out). */
async function fingerprint(): Promise<string> {
  const [row] = await db.runText(`
    CALL () { MATCH (n) WHERE NOT n:AuditEvent WITH n ORDER BY coalesce(n.id, '') RETURN collect([n.id, labels(n), properties(n)]) AS nodes }
    CALL () { MATCH (a)-[r]->(b) WHERE NOT a:AuditEvent WITH a, r, b ORDER BY a.id, type(r), b.id RETURN collect([a.id, type(r), b.id, properties(r)]) AS rels }
    RETURN nodes, rels`);
  return JSON.stringify(row);
}

async function ok(query: string, variables: Record<string, unknown>, role: 'broker' | 'admin' = 'broker'): Promise<any> {
  const r = await gql(app, query, variables, { role });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data;
}

async function refused(query: string, variables: Record<string, unknown>, want: string, mention: RegExp, role: 'admin' | 'broker' | 'viewer' = 'broker'): Promise<GqlResult> {
  const before = await fingerprint();
  const r = await gql(app, query, variables, { role });
  expect(code(r), JSON.stringify(r.errors)).toBe(want);
  expect(r.errors![0]!.message).toMatch(mention);
  expect(await fingerprint()).toBe(before);
  return r;
}

async function pool(id: string, capital: string, perProjectCap: string | null = null) {
  const d = await ok(POOL, { input: { id, name: id, capital, perProjectCap, organisationId: 'o:fund' } }, 'admin');
  return d.upsertRiskPool;
}

async function escrowProject(id: string, feeTotal: string, poolId: string, escrowPercent?: number) {
  const d = await ok(CREATE, {
    input: {
      id,
      name: `Project ${id}`,
      firmId: 'e:firm',
      labId: 'l:lab',
      start: '2025-02-01',
      milestones: [
        { title: 'M1', due: '2025-06-30' },
        { title: 'M2', due: '2025-12-31' },
      ],
      escrow: { feeTotal, riskPoolId: poolId, ...(escrowPercent === undefined ? {} : { escrowPercent }) },
    },
  });
  return d.createProject;
}

/** One operation as a role, through the real token check and the audit plugin. */
async function gql(_app: App, query: string, variables: Record<string, unknown>, opts: { role: 'admin' | 'broker' | 'viewer' }): Promise<GqlResult> {
  return (await post(_app, query, variables, opts.role)).body as GqlResult;
}

beforeAll(async () => {
  await resetGraph(db);
  await db.runText('MATCH (e:AuditEvent) DETACH DELETE e', {}, 'WRITE');
  await fx.write(db);
  app = await trustApp(db);
});
afterAll(() => db.close());

describe('an 安心宝 project from proposal to release', () => {
  // 12,345 fen at 10%: 1,234.5 fen, rounded half up to 1,235; the balance is 12,345 - 1,235 = 11,110.
  it('creates the project proposed, with the deposit due rounded half up and its milestones planned', async () => {
    await pool('pool:main', '100000000');
    const p = await escrowProject('proj:a', '12345', 'pool:main');
    expect(p.escrow).toMatchObject({ state: 'proposed', feeTotal: '12345', escrowPercent: 10, depositDue: '1235', deposited: '0', released: '0', refunded: '0' });
    expect(p.milestones.map((m: any) => [m.index, m.title, m.state])).toEqual([[0, 'M1', 'planned'], [1, 'M2', 'planned']]);
    expect(p.participants.map((x: any) => x.id).sort()).toEqual(['e:firm', 'l:lab']);
    expect(p.escrow.riskPool.id).toBe('pool:main');
  });

  it('refuses the first milestone while the escrow is only proposed, changing nothing', async () => {
    const r = await refused(COMPLETE, { id: 'proj:a', i: 0, date: '2025-03-01' }, 'BAD_USER_INPUT', /proposed/);
    expect(r.errors![0]!.extensions!.escrowState).toBe('proposed');
    await refused(FAIL, { id: 'proj:a', i: 0, date: '2025-03-01' }, 'BAD_USER_INPUT', /proposed/);
  });

  it('refuses a deposit of another amount than the one due', async () => {
    await refused(DEPOSIT, { id: 'proj:a', date: '2025-02-10', amount: '1234' }, 'BAD_USER_INPUT', /amount.*1235/);
  });

  it('takes the deposit: proposed → deposited, 1,235 fen', async () => {
    const d = await ok(DEPOSIT, { id: 'proj:a', date: '2025-02-10', amount: '1235' });
    expect(d.depositEscrow.escrow).toMatchObject({ state: 'deposited', deposited: '1235', released: '0', depositedOn: '2025-02-10' });
    expect(d.depositEscrow.version).toBe(1);
    // The project node says the account's state in the account's own word.
    const [node] = await db.runText('MATCH (p:Project {id: $id}) RETURN p.escrowState AS state', { id: 'proj:a' });
    expect(node!.state).toBe('deposited');
  });

  it('refuses a second deposit naming the state, and milestones out of order', async () => {
    await refused(DEPOSIT, { id: 'proj:a', date: '2025-02-11' }, 'BAD_USER_INPUT', /deposited/);
    await refused(COMPLETE, { id: 'proj:a', i: 1, date: '2025-03-01' }, 'BAD_USER_INPUT', /earlier milestone.*planned/);
    await refused(COMPLETE, { id: 'proj:a', i: 5, date: '2025-03-01' }, 'BAD_USER_INPUT', /no milestone 5/);
    await refused(COMPLETE, { id: 'proj:a', i: 0, date: '2025-02-01' }, 'BAD_USER_INPUT', /before the deposit/);
  });

  it('releases the escrow exactly once when six completeMilestone calls race', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => gql(app, COMPLETE, { id: 'proj:a', i: 0, date: '2025-06-20' }, { role: 'broker' })));
    const wins = results.filter((r) => !r.errors);
    const losses = results.filter((r) => r.errors);
    expect(wins).toHaveLength(1);
    expect(losses.map(code)).toEqual(Array(5).fill('BAD_USER_INPUT'));
    for (const r of losses) expect(r.errors![0]!.message).toMatch(/milestone 0 .* is done/);
    const p = (wins[0]!.data as any).completeMilestone;
    expect(p.escrow).toMatchObject({ state: 'released', deposited: '1235', balancePaid: '11110', released: '12345', refunded: '0', releasedOn: '2025-06-20' });
    expect(BigInt(p.escrow.deposited) + BigInt(p.escrow.balancePaid)).toBe(BigInt(p.escrow.feeTotal));
    expect(p.milestones[0]).toMatchObject({ state: 'done', evidence: 'report', doneOn: '2025-06-20', onTime: true });
    // One deposit and one release: the version counted exactly two changes.
    expect(p.version).toBe(2);
    const [stored] = await db.runText("MATCH (:Project {id: 'proj:a'})-[:HAS_MILESTONE]->(m:Milestone) WHERE m.state = 'done' RETURN count(m) AS n");
    expect(Number(stored!.n)).toBe(1);
  });

  it('refuses to fail a milestone that is done; a late second milestone is done but not on time', async () => {
    await refused(FAIL, { id: 'proj:a', i: 0, date: '2025-07-01' }, 'BAD_USER_INPUT', /is done/);
    const d = await ok(COMPLETE, { id: 'proj:a', i: 1, date: '2026-01-15' });
    expect(d.completeMilestone.milestones[1]).toMatchObject({ state: 'done', onTime: false });
    expect(d.completeMilestone.status).toBe('completed');
    // The escrow is untouched by later milestones.
    expect(d.completeMilestone.escrow).toMatchObject({ state: 'released', released: '12345' });
  });

  it('keeps exact amounts at 100M yuan and beyond (no 32-bit or floating point money)', async () => {
    // 10,000,000,005 fen × 10% = 1,000,000,000.5, rounded half up: 1,000,000,001; balance 9,000,000,004.
    await escrowProject('proj:big', '10000000005', 'pool:main');
    await ok(DEPOSIT, { id: 'proj:big', date: '2025-02-10', amount: '1000000001' });
    const d = await ok(COMPLETE, { id: 'proj:big', i: 0, date: '2025-06-01' });
    expect(d.completeMilestone.escrow).toMatchObject({ deposited: '1000000001', balancePaid: '9000000004', released: '10000000005' });
    // 7% of 999 fen is 69.93, rounded to 70.
    const p = await escrowProject('proj:pct', '999', 'pool:main', 7);
    expect(p.escrow.depositDue).toBe('70');
  });
});

describe('a failed first milestone refunds through the risk pool', () => {
  it('returns the deposit and lets the pool cover the cost only up to what it holds', async () => {
    await pool('pool:small', '1000');
    await escrowProject('proj:r1', '50000', 'pool:small');
    await ok(DEPOSIT, { id: 'proj:r1', date: '2025-02-10' });
    const d = await ok(FAIL, { id: 'proj:r1', i: 0, date: '2025-05-01', cost: '5000' });
    // Deposit 5,000 (10% of 50,000) goes back; the claim of 5,000 meets a pool holding 1,000.
    expect(d.failMilestone.escrow).toMatchObject({ state: 'refunded', deposited: '5000', refunded: '5000', released: '0', platformCost: '5000', coveredByPool: '1000' });
    expect(d.failMilestone.escrow.riskPool).toMatchObject({ capital: '1000', paidOut: '1000', available: '0' });
    expect(d.failMilestone.status).toBe('failed');
    await refused(COMPLETE, { id: 'proj:r1', i: 1, date: '2025-06-01' }, 'BAD_USER_INPUT', /failed milestone/);
    await refused(DEPOSIT, { id: 'proj:r1', date: '2025-06-01' }, 'BAD_USER_INPUT', /refunded/);
  });

  it('pays nothing more from an empty pool, and respects a per-project cap', async () => {
    await escrowProject('proj:r2', '20000', 'pool:small');
    await ok(DEPOSIT, { id: 'proj:r2', date: '2025-02-10' });
    const d = await ok(FAIL, { id: 'proj:r2', i: 0, date: '2025-05-01', cost: '700' });
    expect(d.failMilestone.escrow).toMatchObject({ refunded: '2000', coveredByPool: '0' });
    expect(d.failMilestone.escrow.riskPool).toMatchObject({ paidOut: '1000', available: '0' });

    await pool('pool:capped', '1000000', '300');
    await escrowProject('proj:r3', '20000', 'pool:capped');
    await ok(DEPOSIT, { id: 'proj:r3', date: '2025-02-10' });
    const c = await ok(FAIL, { id: 'proj:r3', i: 0, date: '2025-05-01', cost: '700' });
    expect(c.failMilestone.escrow).toMatchObject({ coveredByPool: '300' });
    expect(c.failMilestone.escrow.riskPool).toMatchObject({ paidOut: '300', available: '999700' });
  });

  it('never overdraws a pool when refunds of several projects race', async () => {
    await pool('pool:race', '2500');
    const ids = ['proj:x1', 'proj:x2', 'proj:x3', 'proj:x4', 'proj:x5'];
    for (const id of ids) {
      await escrowProject(id, '10000', 'pool:race');
      await ok(DEPOSIT, { id, date: '2025-02-10' });
    }
    const results = await Promise.all(ids.map((id) => gql(app, FAIL, { id, i: 0, date: '2025-05-01', cost: '1000' }, { role: 'broker' })));
    expect(results.filter((r) => r.errors)).toHaveLength(0);
    const covered = results.map((r) => Number((r.data as any).failMilestone.escrow.coveredByPool));
    // Five claims of 1,000 against 2,500: the pool pays exactly what it holds, in some order.
    expect(covered.reduce((a, b) => a + b, 0)).toBe(2500);
    expect(covered.every((c) => c >= 0 && c <= 1000)).toBe(true);
    const [row] = await db.runText("MATCH (r:RiskPool {id: 'pool:race'}) RETURN r.paidOut AS paidOut, r.capital AS capital");
    expect(Number(row!.paidOut)).toBe(2500);
  });

  it('refuses to lower a pool capital below what it paid out', async () => {
    await refused(POOL, { input: { id: 'pool:race', name: 'pool:race', capital: '2000' } }, 'BAD_USER_INPUT', /paid out \(2500 fen\)/, 'admin');
    const d = await ok(POOL, { input: { id: 'pool:race', name: 'pool:race', capital: '3000' } }, 'admin');
    expect(d.upsertRiskPool).toMatchObject({ capital: '3000', paidOut: '2500', available: '500', projectCount: 5 });
  });
});

describe('input, roles and audit', () => {
  it('refuses malformed amounts naming the field', async () => {
    for (const fee of ['-5', '1.5', '1e6', 'abc', '']) {
      const r = await gql(app, CREATE, { input: { name: 'x', firmId: 'e:firm', labId: 'l:lab', start: '2025-01-01', milestones: [{ title: 'M', due: '2025-02-01' }], escrow: { feeTotal: fee, riskPoolId: 'pool:main' } } }, { role: 'broker' });
      expect(code(r), fee).toBe('BAD_USER_INPUT');
    }
    await refused(CREATE, { input: { name: 'x', firmId: 'e:firm', labId: 'l:lab', start: '2025-01-01', milestones: [{ title: 'M', due: '2025-02-01' }], escrow: { feeTotal: '0', riskPoolId: 'pool:main' } } }, 'BAD_USER_INPUT', /input\.escrow\.feeTotal/);
    await refused(CREATE, { input: { name: 'x', firmId: 'e:firm', labId: 'l:lab', start: '2025-01-01', milestones: [{ title: 'M', due: '2025-02-01' }], escrow: { feeTotal: '100', escrowPercent: 101, riskPoolId: 'pool:main' } } }, 'BAD_USER_INPUT', /escrowPercent/);
    await refused(CREATE, { input: { name: 'x', firmId: 'e:firm', labId: 'l:lab', start: '2025-01-01', milestones: [] } }, 'BAD_USER_INPUT', /input\.milestones/);
    await refused(CREATE, { input: { name: 'x', firmId: 'e:firm', labId: 'l:lab', start: '2025-01-01', milestones: [{ title: 'M', due: '2025-02-01' }], escrow: { feeTotal: '100', riskPoolId: 'pool:none' } } }, 'NOT_FOUND', /pool:none/);
    await refused(CREATE, { input: { id: 'proj:a', name: 'x', firmId: 'e:firm', labId: 'l:lab', start: '2025-01-01', milestones: [{ title: 'M', due: '2025-02-01' }] } }, 'CONFLICT', /proj:a/);
    await refused(DEPOSIT, { id: 'proj:none', date: '2025-02-10' }, 'NOT_FOUND', /proj:none/);
    await refused(DEPOSIT, { id: 'l:lab', date: '2025-02-10' }, 'BAD_USER_INPUT', /is a Lab/);
  });

  it('lets viewers read a project but not change one; only admins fund pools', async () => {
    await refused(COMPLETE, { id: 'proj:pct', i: 0, date: '2025-06-01' }, 'FORBIDDEN', /broker/, 'viewer');
    await refused(POOL, { input: { id: 'pool:main', name: 'x', capital: '1' } }, 'FORBIDDEN', /admin/, 'broker');
    const r = await gql(app, `{ project(id: "proj:a") { escrow { state released } } }`, {}, { role: 'viewer' });
    expect(r.data).toEqual({ project: { escrow: { state: 'released', released: '12345' } } });
  });

  it('audits every change, refused ones included', async () => {
    const r = await gql(app, `{ auditLog(limit: 1000, action: change) { fields status errorCodes } }`, {}, { role: 'admin' });
    const events = (r.data as any).auditLog as Array<{ fields: string[]; status: string; errorCodes: string[] }>;
    const count = (field: string, status: string) => events.filter((e) => e.fields.includes(field) && e.status === status).length;
    // Six racing completions on proj:a: one ok and five refused, all recorded.
    expect(count('completeMilestone', 'failed')).toBeGreaterThanOrEqual(5 + 4);
    expect(count('completeMilestone', 'ok')).toBeGreaterThanOrEqual(1 + 1 + 1);
    expect(count('depositEscrow', 'ok')).toBe(2 + 3 + 5);
    expect(count('failMilestone', 'ok')).toBe(3 + 5);
    expect(count('createProject', 'ok')).toBe(3 + 3 + 5);
    expect(count('upsertRiskPool', 'ok')).toBe(5);
    expect(events.filter((e) => e.status === 'failed').every((e) => e.errorCodes.length > 0)).toBe(true);
  });
});
