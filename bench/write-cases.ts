// The write cases: requests that change the store, so no parameter set may serve twice. `completeMilestone` marks a
// milestone of an 安心宝 project done (the first one also releases the escrow with the balance, in the same
// transaction). How it picks: every project's next milestone that the step would accept now (the lowest planned
// one, no milestone failed, and under escrow the deposit in when it is the first; bench/cypher/benchPlannedMilestones)
// is listed, shuffled with the run's seed, and each call, GraphQL or raw, takes one of its own. A run needs
// 2 × (warmup + reps); when fewer remain (an earlier run used them up), new 安心宝 projects are first made through the
// product's own mutations (createProject, depositEscrow; untimed, illustrative, ids `bench:project:…`), so the
// bench never runs out. The raw side runs the resolver's own named queries in order: the step, the project read
// back, and its introductions when it has any.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cypherDate, type Db } from '../server/db.js';
import { introductionsById } from '../server/ledger/introductions.js';
import { toProject, type ProjectRow } from '../server/ledger/shape.js';
import { COMPLETE_MILESTONE } from '../web/src/core/api/ledger-documents.js';
import type { GqlClient } from './lib/http-client.js';
import type { BenchCase, GqlRequest } from './lib/measure.js';
import { Rng } from './lib/rng.js';

const CYPHER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cypher');
const text = (name: string) => fs.readFileSync(path.join(CYPHER, `${name}.cypher`), 'utf8');

interface Step {
  projectId: string;
  index: number;
}

/** One rep: a milestone for the GraphQL side and another for the raw side. */
export interface MilestonePair {
  gql: Step;
  raw: Step;
}

const EVIDENCE = '验收记录 / acceptance record (benchmark)';

const CREATE_PROJECT = `mutation BenchProject($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
const DEPOSIT = `mutation BenchDeposit($projectId: ID!, $date: Date!) { depositEscrow(projectId: $projectId, date: $date) { id } }`;
const RISK_POOL = `mutation BenchRiskPool($input: RiskPoolInput!) { upsertRiskPool(input: $input) { id } }`;

/** Makes `n` new 安心宝 projects between `firm` and `lab`, each with its deposit paid and three planned milestones. */
async function topUp(client: GqlClient, db: Db, n: number, pair: { from: string; to: string }, today: string): Promise<Step[]> {
  const pools = await db.runText(text('benchRiskPool'));
  let riskPoolId = pools[0]?.id as string | undefined;
  if (!riskPoolId) {
    const r = await client.post<{ upsertRiskPool: { id: string } }>(RISK_POOL, {
      input: { id: 'bench:riskpool', name: '基准测试风险池', nameEn: 'Benchmark risk pool', capital: '10000000000', illustrative: true },
    });
    riskPoolId = r.data.upsertRiskPool.id;
  }
  const stamp = Date.now().toString(36);
  const out: Step[] = [];
  for (let k = 0; k < n; k++) {
    const id = `bench:project:${stamp}-${k}`;
    const milestones = ['首期里程碑', '中试验证', '成果验收'].map((title, i) => ({ title, due: new Date(Date.parse(today) + (i + 1) * 90 * 86_400_000).toISOString().slice(0, 10) }));
    await client.post(CREATE_PROJECT, {
      input: { id, name: `基准测试安心宝项目 ${stamp}-${k}`, firmId: pair.from, labId: pair.to, start: today, milestones, escrow: { feeTotal: '10000000', riskPoolId }, illustrative: true },
    });
    await client.post(DEPOSIT, { projectId: id, date: today });
    out.push({ projectId: id, index: 0 });
  }
  return out;
}

export async function completeMilestoneCase(
  db: Db,
  client: GqlClient,
  opts: { seed: number; reps: number; warmup: number; firmLab: { from: string; to: string } | undefined; log: (s: string) => void },
): Promise<BenchCase<MilestonePair> & { reads: string; consumes: true }> {
  const today = new Date().toISOString().slice(0, 10);
  const needed = 2 * (opts.reps + opts.warmup);
  const found = (await db.runText(text('benchPlannedMilestones'))).map((r) => ({ projectId: String(r.projectId), index: Number(r.index) }));
  let steps = new Rng(opts.seed).sample(found, needed);
  if (steps.length < needed) {
    if (!opts.firmLab) throw new Error(`completeMilestone: ${steps.length} milestones can be completed and no firm and lab to make more`);
    opts.log(`completeMilestone: ${found.length} milestones can be completed now, ${needed} needed: making ${needed - steps.length} 安心宝 projects first`);
    steps = [...steps, ...(await topUp(client, db, needed - steps.length, opts.firmLab, today))];
  }
  const params: MilestonePair[] = [];
  for (let i = 0; i + 1 < steps.length; i += 2) params.push({ gql: steps[i]!, raw: steps[i + 1]! });
  const request = (s: Step): GqlRequest => ({ query: COMPLETE_MILESTONE, variables: { projectId: s.projectId, index: s.index, evidence: EVIDENCE, date: today } });
  return {
    name: 'completeMilestone',
    field: 'completeMilestone',
    describe: `${found.length} milestones could be completed when the run began; each rep completes two others (one per side), drawn with the seed`,
    reads: 'ledgerCompleteMilestone → ledgerProject → ledgerIntroductions (when the project has introductions)',
    consumes: true,
    params,
    gql: (p) => request(p.gql),
    label: (p) => JSON.stringify(p.gql),
    raw: async (rawDb, p) => {
      const [step] = await rawDb.write<{ refusal: string | null }>('ledgerCompleteMilestone', {
        projectId: p.raw.projectId,
        index: p.raw.index,
        evidence: EVIDENCE,
        date: cypherDate(today),
      });
      if (!step || step.refusal) throw new Error(`completeMilestone ${JSON.stringify(p.raw)} refused: ${step?.refusal ?? 'no project'}`);
      const [row] = await rawDb.write<ProjectRow>('ledgerProject', { id: p.raw.projectId });
      const project = toProject(row!);
      await introductionsById(rawDb, project.introductionIds);
      return 1;
    },
    size: () => 1,
    rawSize: (n) => n as number,
  };
}
