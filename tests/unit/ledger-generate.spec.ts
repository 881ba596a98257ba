// The generator's 安心宝 accounts, as the ledger loader turns them into amounts (seed/demo/ledger.ts readLedger):
// every escrow state occurs, and the amounts obey docs/model.md's rules, worked out here from the fee alone: 10%
// deposited (nothing while proposed); a release pays the deposit and the balance, feeTotal in all; a refund returns
// the deposit, and the risk pool covers the platform's cost only as far as what it still holds, never above its
// capital. The node's escrowState and status agree with the account, as failMilestone leaves them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLedger, type DemoLedger } from '../../seed/demo/ledger.js';
import { generate } from '../../seed/generate/generate.js';
import { splitCsvLine } from '../../seed/generate/ledger-projects.js';
import { generateLedgerHistory, LEDGER_FILE } from '../../seed/generate/ledger-history.js';

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-generate-'));
let lines: Array<Record<string, any>> = [];
let rows = new Map<string, { status: string; escrowState: string }>();

beforeAll(async () => {
  // 20,000 persons give 200 projects, about 80 of them under the scheme: enough for every state with this seed.
  await generate({ persons: 20_000, seed: 7, out });
  generateLedgerHistory(out, 7);
  lines = fs.readFileSync(path.join(out, LEDGER_FILE), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
  const csv = fs.readFileSync(path.join(out, 'nodes-project.csv'), 'utf8').trim().split('\n');
  const header = splitCsvLine(csv[0]!);
  const col = (name: string) => header.indexOf(name);
  rows = new Map(
    csv.slice(1).map((l) => {
      const c = splitCsvLine(l);
      return [`Project:${c[col('id:ID(Project)')]}`, { status: c[col('status')]!, escrowState: c[col('escrowState')]! }] as const;
    }),
  );
}, 120_000);
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

/** The pools and accounts as the loader reads them from the generated lines (introductions left out). */
function load(capital?: number): DemoLedger {
  const records = lines
    .filter((l) => l.record === 'riskPool' || l.record === 'project')
    .map((l, i) => ({ where: `line ${i + 1}`, value: l.record === 'riskPool' && capital !== undefined ? { ...l, props: { ...l.props, capital } } : l }));
  const labels = new Map([...rows.keys()].map((id) => [id, ['Project']] as const));
  const problems: string[] = [];
  const ledger = readLedger(records, labels, problems);
  expect(problems).toEqual([]);
  return ledger;
}

/** round-half-up(fee × 10 / 100) in whole fen, worked out with integers. */
const tenPercent = (fee: number) => Number((BigInt(fee) * 10n + 50n) / 100n);

/** What the pool covers, replayed in file order: each claim up to what the pool still holds. */
function expectedCover(ledger: DemoLedger): { cover: Map<string, number>; paidOut: number } {
  let left = Number(ledger.pools[0]!.props.capital);
  const cover = new Map<string, number>();
  for (const p of ledger.projects) {
    if (p.escrow?.state !== 'refunded') continue;
    const c = Math.min(Number(p.escrow.platformCost), left);
    cover.set(p.projectId, c);
    left -= c;
  }
  return { cover, paidOut: Number(ledger.pools[0]!.props.capital) - left };
}

describe('the generated escrow accounts', () => {
  it('take every state, each mirrored by its project node', () => {
    const ledger = load();
    const states = ledger.projects.map((p) => String(p.escrow?.state));
    expect(new Set(states)).toEqual(new Set(['proposed', 'deposited', 'released', 'refunded']));
    for (const p of ledger.projects) {
      const row = rows.get(p.projectId)!;
      expect(row.escrowState, p.projectId).toBe(p.escrow!.state);
      if (p.escrow!.state === 'refunded') expect(row.status, p.projectId).toBe('failed');
      if (p.escrow!.state === 'proposed') expect(row.status, p.projectId).toBe('proposed');
    }
  });

  it('deposit 10%, release deposit plus balance = feeTotal, and refund the deposit', () => {
    for (const p of load().projects) {
      const e = p.escrow!;
      const fee = Number(e.feeTotal);
      expect(Number.isSafeInteger(fee) && fee > 0, p.projectId).toBe(true);
      const deposit = e.state === 'proposed' ? 0 : tenPercent(fee);
      expect(e.deposited, p.projectId).toBe(deposit);
      expect(e.released, p.projectId).toBe(e.state === 'released' ? fee : 0);
      expect(Number(e.deposited) + Number(e.balancePaid), p.projectId).toBe(e.state === 'released' ? fee : deposit);
      expect(e.refunded, p.projectId).toBe(e.state === 'refunded' ? deposit : 0);
      const first = p.milestones[0]!;
      expect(first.state, p.projectId).toBe(e.state === 'released' ? 'done' : e.state === 'refunded' ? 'failed' : 'planned');
      if (e.state === 'refunded') {
        expect(String(e.refundedOn) >= String(e.depositedOn), p.projectId).toBe(true);
        expect(e.refundedOn).toBe(first.doneOn);
        expect(p.milestones.slice(1).every((m) => m.state === 'planned'), p.projectId).toBe(true);
      }
    }
  });

  it('have the risk pool cover platform costs only up to what it holds', () => {
    const ledger = load();
    const claims = ledger.projects.filter((p) => p.escrow?.state === 'refunded').map((p) => Number(p.escrow!.platformCost));
    expect(claims.every((c) => c > 0)).toBe(true);
    const total = claims.reduce((s, c) => s + c, 0);
    // The generated pool holds more than the claims; a pool holding a third of them must stop paying.
    for (const l of [ledger, load(Math.floor(total / 3))]) {
      const { cover, paidOut } = expectedCover(l);
      const capital = Number(l.pools[0]!.props.capital);
      for (const [id, c] of cover) expect(l.projects.find((p) => p.projectId === id)!.escrow!.coveredByPool, id).toBe(c);
      expect(l.pools[0]!.props.paidOut).toBe(paidOut);
      expect(paidOut).toBeLessThanOrEqual(capital);
      for (const p of l.projects) expect(Number(p.escrow!.coveredByPool), p.projectId).toBeLessThanOrEqual(Number(p.escrow!.platformCost));
    }
    expect(load(Math.floor(total / 3)).pools[0]!.props.paidOut).toBe(Math.floor(total / 3));
  });
});
