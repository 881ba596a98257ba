// The ledger side of the generated 安心宝 projects: every generated project under the escrow scheme (escrowPercent
// 10 in nodes-project.csv, about 40% of projects, near the demo's three 安心宝 projects of eight) gets its ordered
// milestones and an escrow account covered by one generated risk pool, as the demo's ledger records them
// (seed/demo/ledger/ledger.jsonl: records `riskPool` and `project`). Everything agrees with the project's row: the
// account's state is the row's escrowState (proposed, deposited, released or refunded; files written before the
// vocabulary was one say `held` for deposited), the fee is the row's budget in fen, and the milestones before the
// row's nextMilestone are done, the rest planned (a completed project has them all done). A refunded account's first
// milestone failed: the deposit went back and the platform claims a cost of 2-10% of the fee, which the pool covers
// as far as it still can (the loader, seed/demo/ledger.ts, bounds it by what the pool holds). The node's first entry, 需求确认 (the order
// confirmed), comes before the contract, so the paid milestones start at the second: the escrow's first milestone is
// 首期里程碑, as the row's nextMilestone of a deposited project says.
// Draws come from the `ledger-projects` stream only, so the introductions before them keep their bytes.
import { NOW, ymd } from './format.js';
import type { Rng } from './random.js';

export const RISK_POOL_ID = 'RiskPool:generated';
/** 100M yuan, as Xiaoshan's first tranche, in fen. */
const POOL_CAPITAL = 10_000_000_000;

/** The account states a generated row may carry (docs/model.md, EscrowAccount). */
const ACCOUNT_STATES: ReadonlySet<string> = new Set(['proposed', 'deposited', 'released', 'refunded']);

const dayOfYmd = (s: string) => Date.parse(`${s}T00:00:00Z`) / 86_400_000;

/** One CSV line split into cells, honouring double quotes (English names may hold commas). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cell);
      cell = '';
    } else cell += c;
  }
  out.push(cell);
  return out;
}

export interface ProjectCsv {
  header: string[];
  lines: string[];
}

/**
 * JSON lines (records `riskPool`, then one `project` per escrow project) for the generated projects in `csv`.
 * Ids are the importer's (`Project:17`).
 */
export function ledgerProjectLines(csv: ProjectCsv, rng: Rng): { lines: string[]; projects: number; milestones: number } {
  const at = (name: string) => csv.header.indexOf(name);
  const [idAt, statusAt, startAt, endAt, budgetAt, pctAt, stateAt, msAt, nextAt] = [
    'id:ID(Project)', 'status', 'start:date', 'end:date', 'budget:float', 'escrowPercent:float', 'escrowState', 'milestones:string[]', 'nextMilestone',
  ].map(at);
  const common = { source: 'synthetic', illustrative: true };
  const lines = [
    JSON.stringify({ record: 'riskPool', id: RISK_POOL_ID, props: { name: '合成科创风险池', nameZh: '合成科创风险池', nameEn: 'Synthetic sci-tech risk pool', capital: POOL_CAPITAL, ...common } }),
  ];
  let projects = 0;
  let milestones = 0;
  for (const line of csv.lines) {
    const r = splitCsvLine(line);
    const state = r[stateAt!] === 'held' ? 'deposited' : r[stateAt!];
    if (Number(r[pctAt!]) !== 10 || !ACCOUNT_STATES.has(state ?? '')) continue;
    const titles = (r[msAt!] ?? '').split(';').filter(Boolean).slice(1);
    if (!titles.length) continue;
    const start = dayOfYmd(r[startAt!]!);
    const end = Math.max(start + titles.length, dayOfYmd(r[endAt!] || r[startAt!]!));
    const next = r[nextAt!] ?? '';
    // Milestones before the next one are done; a completed project (no next milestone) has them all done.
    const doneCount = state === 'refunded' ? 0 : r[statusAt!] === 'completed' || next === '' ? titles.length : Math.max(0, titles.indexOf(next));
    const deposited = Math.min(start, NOW - 1 - rng.int(30));
    let lastDone = deposited;
    const ms = titles.map((title, index) => {
      const due = Math.round(start + ((index + 1) * (end - start)) / titles.length);
      if (state === 'refunded' && index === 0) {
        lastDone = Math.min(NOW, Math.max(deposited + 1, due - 10 + rng.int(30)));
        return { title, due: ymd(due), state: 'failed', doneOn: ymd(lastDone), evidence: `验收未通过:${title} / acceptance failed (synthetic)` };
      }
      if (index >= doneCount || (state !== 'released' && index === 0)) return { title, due: ymd(due) };
      lastDone = Math.min(NOW, Math.max(lastDone, due - 15 + rng.int(30)));
      return { title, due: ymd(due), state: 'done', doneOn: ymd(lastDone), evidence: `验收记录:${title} / acceptance record (synthetic)` };
    });
    const feeTotal = Math.round(Number(r[budgetAt!]) * 100);
    if (!(feeTotal > 0)) continue;
    const released = ms[0]!.state === 'done';
    // The account mirrors the node's escrowState; a row that says otherwise is left out rather than contradicted.
    if (released !== (state === 'released')) continue;
    const platformCost = state === 'refunded' ? Math.round(feeTotal * (0.02 + 0.08 * rng.next())) : 0;
    lines.push(
      JSON.stringify({
        record: 'project',
        project: `Project:${r[idAt!]}`,
        milestones: ms,
        escrow: {
          riskPool: RISK_POOL_ID,
          feeTotal,
          escrowPercent: 10,
          state,
          ...(state === 'proposed' ? {} : { depositedOn: ymd(deposited) }),
          ...(released ? { releasedOn: ms[0]!.doneOn } : {}),
          ...(state === 'refunded' ? { refundedOn: ms[0]!.doneOn, platformCost } : {}),
        },
        ...common,
      }),
    );
    projects++;
    milestones += ms.length;
  }
  return { lines, projects, milestones };
}
