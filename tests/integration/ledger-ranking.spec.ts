// The trackRecord score part on the demo data (with its ledger of illustrative introductions): bridges whose people
// have no history keep their scores; 沈知远's demo record moves his bridge by exactly the documented amount; two
// successful introductions recorded for a bridge's intermediary raise that bridge, and useTrackRecord: false gives
// the order from before, unchanged. The same for recommendTalents. Expected values use the formula of
// docs/scoring.md, written out here from the demo files, not read from the answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, loadDemoLedger, readDemo } from '../../seed/demo/load.js';
import type { App } from '../../server/yoga.js';
import { resetGraph, testDb } from '../support/db.js';
import { post, trustApp } from '../support/trust-fixture.js';

const FIRM = 'demo:enterprise:wuxing-aluminium';
const LAB = 'demo:lab:tianmushan';
const DEMAND = 'demo:demand:wuxing-battery-foil';
const BRIDGE_WEIGHT = 0.2;
const TALENT_WEIGHT = 0.1;

const db = testDb();
let app: App;
const demo = readDemo();
const today = new Date().toISOString().slice(0, 10);

async function data(query: string, variables: Record<string, unknown> = {}, role: 'broker' | 'viewer' = 'broker'): Promise<any> {
  const r = await post(app, query, variables, role, { 'accept-language': 'en' });
  expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
  return r.body.data;
}

const BRIDGES = `query ($use: Boolean) { bridges(from: "${FIRM}", to: "${LAB}", limit: 100, useTrackRecord: $use) {
  kind score intermediaries { id name nameEn } reasons reasonDetails { code } scoreParts { code value weight neutral } } }`;
const TALENTS = `query ($use: Boolean) { recommendTalents(demandId: "${DEMAND}", limit: 100, useTrackRecord: $use) {
  node { id } score reasonDetails { code } scoreParts { code value weight neutral } } }`;

interface Bridge {
  kind: string;
  score: number;
  intermediaries: Array<{ id: string; name: string; nameEn: string | null }>;
  reasons: string[];
  reasonDetails: Array<{ code: string }>;
  scoreParts: Array<{ code: string; value: number; weight: number; neutral: number | null }>;
}
const key = (b: Bridge) => `${b.kind}:${b.intermediaries.map((n) => n.id).join('>')}`;
const bridges = async (use?: boolean): Promise<Bridge[]> => (await data(BRIDGES, use === undefined ? {} : { use })).bridges;
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** docs/scoring.md: value = (1 + Σ w·success) / (2 + Σ w), w = 0.5^(age in years / 3). */
function expectedValue(trials: Array<{ date: string; success: boolean }>): number {
  let s = 0;
  let n = 0;
  for (const t of trials) {
    const years = Math.max(0, (Date.parse(today) - Date.parse(t.date)) / 86_400_000 / 365.25);
    const w = Math.pow(0.5, years / 3);
    n += w;
    if (t.success) s += w;
  }
  return (1 + s) / (2 + n);
}

/** Subjects with history in the demo ledger: brokers, intermediaries, firms and labs of its introductions. */
const withHistory = new Set(demo.ledger.introductions.flatMap((i) => [i.brokerId, ...i.intermediaryIds, i.fromId, i.toId]));

beforeAll(async () => {
  await resetGraph(db);
  await db.runText('MATCH (e:AuditEvent) DETACH DELETE e', {}, 'WRITE');
  await loadDemo(db);
  await loadDemoLedger(db);
  app = await trustApp(db);
});
afterAll(() => db.close());

describe('recommendLabs with the track record', () => {
  it("moves only labs with history, 天目山实验室's by its demo introductions", async () => {
    const LABS = `query ($use: Boolean) { recommendLabs(enterpriseId: "${FIRM}", limit: 100, useTrackRecord: $use) {
      node { id } score reasons reasonDetails { code } scoreParts { code value weight neutral } } }`;
    const without = (await data(LABS, { use: false })).recommendLabs as any[];
    const withRecord = (await data(LABS)).recommendLabs as any[];
    const base = new Map(without.map((l) => [l.node.id, l]));
    expect(withRecord.map((l) => l.node.id).sort()).toEqual(without.map((l) => l.node.id).sort());
    for (const l of withRecord) if (!withHistory.has(l.node.id)) expect(l.score, l.node.id).toBe(base.get(l.node.id).score);
    const intros = demo.ledger.introductions.filter((i) => i.toId === LAB || i.fromId === LAB);
    expect(intros.length).toBeGreaterThan(0);
    const value = expectedValue(intros.map((i) => ({ date: String(i.props.date), success: i.outcomes.some((o) => ['project', 'contract', 'hire'].includes(String(o.props.kind))) })));
    const lab = withRecord.find((l) => l.node.id === LAB);
    expect(lab.score).toBeCloseTo(round4(base.get(LAB).score + 0.1 * (value - 0.5)), 4);
    expect(lab.scoreParts.at(-1)).toEqual({ code: 'trackRecord', value: round4(value), weight: 0.1, neutral: 0.5 });
    expect(lab.reasonDetails.at(-1).code).toBe('TRACK_RECORD');
    expect(lab.reasons.at(-1)).toBe(`${intros.filter((i) => i.outcomes.some((o) => o.props.kind === 'project')).length} of ${intros.length} introductions involving Tianmushan Laboratory became projects`);
  });
});

describe('bridges with the track record', () => {
  it("moves only bridges with history, 沈知远's by the documented amount", async () => {
    const without = await bridges(false);
    const withRecord = await bridges();
    expect(withRecord.map(key).sort()).toEqual(without.map(key).sort());
    const base = new Map(without.map((b) => [key(b), b]));
    for (const b of withRecord) {
      const before = base.get(key(b))!;
      const history = b.intermediaries.some((n) => withHistory.has(n.id));
      if (!history) {
        expect(b.score, key(b)).toBe(before.score);
        expect(b.scoreParts).toEqual(before.scoreParts);
        expect(b.reasonDetails).toEqual(before.reasonDetails);
      }
    }
    // 沈知远's demo introductions (the foil pilot became a project, the joint lab a contract): both successes.
    const shenIntros = demo.ledger.introductions.filter((i) => i.brokerId === 'demo:person:shen-zhiyuan' || i.intermediaryIds.includes('demo:person:shen-zhiyuan'));
    expect(shenIntros).toHaveLength(2);
    const value = expectedValue(shenIntros.map((i) => ({ date: String(i.props.date), success: i.outcomes.some((o) => ['project', 'contract', 'hire'].includes(String(o.props.kind))) })));
    const shen = withRecord.find((b) => key(b) === 'ONE_PERSON:demo:person:shen-zhiyuan')!;
    const shenBase = base.get(key(shen))!;
    expect(shen.score).toBeCloseTo(round4(shenBase.score + BRIDGE_WEIGHT * (value - 0.5)), 4);
    expect(shen.scoreParts.at(-1)).toEqual({ code: 'trackRecord', value: round4(value), weight: BRIDGE_WEIGHT, neutral: 0.5 });
    expect(shen.reasons.at(-1)).toBe('1 of 2 introductions by Shen Zhiyuan became projects');
    // Ordinary parts say nothing of a neutral value.
    expect(shen.scoreParts[0]!.neutral).toBeNull();
  });

  it('raises a bridge after two successful introductions through its intermediary; useTrackRecord: false restores the old order', async () => {
    const oldOrder = await bridges(false);
    const before = await bridges();
    const boost = BRIDGE_WEIGHT * ((1 + 2) / (2 + 2) - 0.5);
    // The first one-person bridge below the top whose intermediary has no history and which trails the bridge
    // above it by less than two fresh successes add.
    const k = before.findIndex((b, i) => i > 0 && b.kind === 'ONE_PERSON' && !withHistory.has(b.intermediaries[0]!.id) && before[i - 1]!.score - b.score < boost && before[i - 1]!.score > b.score);
    expect(k, 'the demo has a bridge within reach of the one above it').toBeGreaterThan(0);
    const target = before[k]!;
    const person = target.intermediaries[0]!.id;
    for (const note of ['first', 'second']) {
      const r = await data(
        `mutation ($via: [ID!]!) { recordIntroduction(from: "${FIRM}", to: "${LAB}", intermediaries: $via, brokerId: "demo:person:xu-jiahe", date: "${today}", note: "${note}") { id } }`,
        { via: [person] },
      );
      await data(`mutation ($id: ID!) { recordOutcome(introductionId: $id, kind: project, date: "${today}", projectId: "demo:project:wuxing-foil-pilot") { id } }`, { id: r.recordIntroduction.id });
    }
    const after = await bridges();
    const moved = after.findIndex((b) => key(b) === key(target));
    expect(moved).toBeLessThan(k);
    expect(after[moved]!.score).toBeCloseTo(round4(target.score + boost), 4);
    expect(after[moved]!.reasons.at(-1)).toBe(`2 of 2 introductions by ${target.intermediaries[0]!.nameEn ?? target.intermediaries[0]!.name} became projects`);
    const restored = await bridges(false);
    expect(restored.map((b) => [key(b), b.score])).toEqual(oldOrder.map((b) => [key(b), b.score]));
  });
});

describe('recommendTalents with the track record', () => {
  it('adds the part to a talent with a record and leaves the ranking without it unchanged', async () => {
    const oldOrder = (await data(TALENTS, { use: false })).recommendTalents as any[];
    expect(oldOrder.length).toBeGreaterThan(1);
    const before = (await data(TALENTS)).recommendTalents as any[];
    const fresh = before.filter((t) => !withHistory.has(t.node.id));
    const target = fresh.at(-1)!;
    const k = before.findIndex((t) => t.node.id === target.node.id);
    for (let n = 0; n < 3; n++) {
      const r = await data(
        `mutation ($via: [ID!]!) { recordIntroduction(from: "${FIRM}", to: "${LAB}", intermediaries: $via, brokerId: "demo:person:xu-jiahe", date: "${today}") { id } }`,
        { via: [target.node.id] },
      );
      await data(`mutation ($id: ID!) { recordOutcome(introductionId: $id, kind: hire, date: "${today}") { id } }`, { id: r.recordIntroduction.id });
    }
    const after = (await data(TALENTS)).recommendTalents as any[];
    const moved = after.findIndex((t) => t.node.id === target.node.id);
    const boost = TALENT_WEIGHT * ((1 + 3) / (2 + 3) - 0.5);
    expect(after[moved].score).toBeCloseTo(round4(target.score + boost), 4);
    expect(after[moved].scoreParts.at(-1)).toMatchObject({ code: 'trackRecord', weight: TALENT_WEIGHT, neutral: 0.5 });
    expect(after[moved].reasonDetails.at(-1).code).toBe('TRACK_RECORD');
    // Everyone who scored below the target's new score before now ranks below it.
    const overtaken = before.filter((t, i) => i < k && t.score < after[moved].score && !withHistory.has(t.node.id));
    for (const t of overtaken) expect(after.findIndex((x) => x.node.id === t.node.id)).toBeGreaterThan(moved);
    const restored = (await data(TALENTS, { use: false })).recommendTalents as any[];
    expect(restored.map((t) => [t.node.id, t.score])).toEqual(oldOrder.map((t: any) => [t.node.id, t.score]));
  });
});

describe('the demo ledger', () => {
  it('holds one escrow released and one refunded through the risk pool, within what the pool holds', async () => {
    const d = await data(`{
      released: project(id: "demo:project:hengtai-anxinbao") { escrow { state feeTotal deposited balancePaid released } }
      refunded: project(id: "demo:project:hengtai-coating-anxinbao") { status escrow { state deposited refunded coveredByPool riskPool { capital paidOut available } } milestones { state } }
      held: project(id: "demo:project:zhaofeng-anxinbao") { escrow { state deposited depositDue } introductions { id } }
    }`);
    expect(d.released.escrow.state).toBe('released');
    expect(BigInt(d.released.escrow.deposited) + BigInt(d.released.escrow.balancePaid)).toBe(BigInt(d.released.escrow.feeTotal));
    expect(d.released.escrow.released).toBe(d.released.escrow.feeTotal);
    expect(d.refunded.escrow).toMatchObject({ state: 'refunded' });
    expect(d.refunded.escrow.refunded).toBe(d.refunded.escrow.deposited);
    expect(d.refunded.milestones[0].state).toBe('failed');
    const pool = d.refunded.escrow.riskPool;
    expect(BigInt(pool.paidOut)).toBeLessThanOrEqual(BigInt(pool.capital));
    expect(pool.paidOut).toBe(d.refunded.escrow.coveredByPool);
    // 首期资金规模为1亿元: 100,000,000 yuan is 10,000,000,000 fen.
    expect(pool.capital).toBe('10000000000');
    expect(d.held.escrow).toMatchObject({ state: 'deposited' });
    expect(d.held.escrow.deposited).toBe(d.held.escrow.depositDue);
    expect(d.held.introductions.map((i: any) => i.id)).toEqual(['demo:introduction:xiaoshan-zhaofeng']);
    const [row] = await db.runText('MATCH (n) WHERE (n:Introduction OR n:Outcome OR n:EscrowAccount OR n:Milestone) AND n.id CONTAINS $demo RETURN count(n) AS n, sum(CASE WHEN n.illustrative = true THEN 1 ELSE 0 END) AS illustrative', { demo: 'demo:' });
    // The demo's ledger records (the test's own were recorded through the API above).
    expect(Number(row!.n)).toBe(8 + 14 + 3 + 7);
    expect(Number(row!.illustrative)).toBe(Number(row!.n));
  });
});
