// Projects with ordered milestones and 安心宝 escrow: creating them, the escrow's steps (proposed → deposited →
// released, or → refunded when the first milestone fails, the risk pool covering the platform's cost) and risk
// pools. Each step is one Cypher statement that takes the project's lock before it reads any state, so concurrent
// steps run one after the other; an illegal step writes nothing and is refused here naming the state it found.
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import * as z from 'zod';
import { cypherDate, type Db } from '../db.js';
import { badInput, idArg, notFound, parseArgs, quoteId } from '../explore/validate.js';
import { nodeRow } from '../model/records.js';
import { checkNode, nodesById } from '../recommend/graph-reads.js';
import { checkString } from '../mutations/input-checks.js';
import { escrowDeposit, parseFen } from './fen.js';
import { introductionsById, outcomeParams, type Recorder } from './introductions.js';
import { toProject, toRiskPool, type GqlProject, type GqlRiskPool, type ProjectRow } from './shape.js';

export const MAX_MILESTONES = 20;

export async function readProject(db: Db, id: string): Promise<GqlProject | null> {
  const [row] = await db.read<ProjectRow>('ledgerProject', { id });
  return row ? toProject(row) : null;
}

async function projectAfterChange(db: Db, id: string): Promise<GqlProject> {
  const [row] = await db.write<ProjectRow>('ledgerProject', { id });
  if (!row) throw notFound('projectId', id);
  return toProject(row);
}

const requiredDate = z.string('must be a date YYYY-MM-DD').regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const fen = z.unknown().transform((v, ctx) => {
  try {
    return parseFen(v);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be a whole, non-negative amount in fen' });
    return z.NEVER;
  }
});
const text = (max: number) => z.string('must be text').max(max, `must be at most ${max} characters`);

const CreateInput = z.object({
  id: idArg.nullish().transform((v) => v ?? null),
  name: text(500).refine((s) => s.trim() !== '', 'must not be empty'),
  nameZh: text(500).nullish(),
  nameEn: text(500).nullish(),
  description: text(10_000).nullish(),
  firmId: idArg,
  labId: idArg,
  start: requiredDate,
  end: requiredDate.nullish().transform((v) => v ?? null),
  milestones: z
    .array(z.object({ title: text(500).refine((s) => s.trim() !== '', 'must have a title'), due: requiredDate }), 'must be a list of milestones')
    .min(1, 'must list at least one milestone')
    .max(MAX_MILESTONES, `must list at most ${MAX_MILESTONES} milestones`),
  escrow: z
    .object({
      feeTotal: fen.refine((v) => v > 0, 'must be more than 0 fen'),
      escrowPercent: z.preprocess((v) => v ?? 10, z.number().int('must be a whole percent').min(1, 'must be at least 1').max(100, 'must be at most 100')),
      riskPoolId: idArg,
    })
    .nullish()
    .transform((v) => v ?? null),
  introductionId: idArg.nullish().transform((v) => v ?? null),
  illustrative: z.boolean().nullish().transform((v) => v ?? false),
});

export async function createProject(db: Db, rawArgs: { input?: unknown }, who: Recorder): Promise<GqlProject> {
  const parsed = CreateInput.safeParse(rawArgs?.input ?? {});
  if (!parsed.success) {
    // Name the input field at fault, as `input.<field>`.
    const issue = parsed.error.issues[0]!;
    throw badInput(['input', ...issue.path.map(String)].join('.'), issue.message);
  }
  const input = parsed.data;
  if (input.end && input.end < input.start) throw badInput('input.end', 'must not be before `start`');
  input.milestones.forEach((m, k) => {
    if (m.due < input.start) throw badInput(`input.milestones.${k}.due`, 'must not be before the project starts');
    if (k > 0 && m.due < input.milestones[k - 1]!.due) throw badInput(`input.milestones.${k}.due`, 'must not be before the milestone before it');
  });
  for (const f of ['name', 'nameZh', 'nameEn', 'description'] as const) {
    const v = input[f];
    if (typeof v === 'string') checkString(`input.${f}`, v, f);
  }
  const nodes = await nodesById(db, [input.firmId, input.labId, ...(input.id ? [input.id] : [])]);
  if (input.id && nodes.has(input.id)) {
    throw new GraphQLError(`A node with the id ${quoteId(input.id)} already exists; choose another \`input.id\` or leave it out.`, {
      extensions: { code: 'CONFLICT', argument: 'input.id' },
    });
  }
  checkNode('input.firmId', input.firmId, nodes.get(input.firmId), ['Enterprise']);
  checkNode('input.labId', input.labId, nodes.get(input.labId), ['Lab', 'Enterprise', 'Organisation']);
  if (input.firmId === input.labId) throw badInput('input.labId', 'must be another node than `firmId`');
  if (input.escrow) {
    const pools = await db.read<{ pool: Record<string, unknown> }>('ledgerRiskPools', { ids: [input.escrow.riskPoolId] });
    if (pools.length === 0) throw notFound('input.escrow.riskPoolId', input.escrow.riskPoolId);
  }
  if (input.introductionId) {
    const [intro] = await introductionsById(db, [input.introductionId]);
    if (!intro) throw notFound('input.introductionId', input.introductionId);
    if (input.start < intro.date) throw badInput('input.start', `must not be before the introduction's date ${intro.date} when \`introductionId\` is given`);
  }

  const id = input.id ?? `project:${randomUUID()}`;
  const first = input.milestones[0]!;
  const row = nodeRow({
    id,
    labels: ['Project'],
    props: {
      name: input.name,
      ...(input.nameZh ? { nameZh: input.nameZh } : {}),
      ...(input.nameEn ? { nameEn: input.nameEn } : {}),
      ...(input.description ? { description: input.description } : {}),
      status: 'active',
      start: input.start,
      ...(input.end ? { end: input.end } : {}),
      milestones: input.milestones.map((m) => m.title),
      nextMilestone: first.title,
      nextMilestoneDue: first.due,
      ...(input.escrow ? { escrowPercent: input.escrow.escrowPercent, escrowState: 'proposed', budget: input.escrow.feeTotal / 100 } : {}),
      illustrative: input.illustrative,
    },
  });
  const escrow = input.escrow
    ? {
        id: `escrow:${id}`,
        projectId: id,
        state: 'proposed',
        feeTotal: input.escrow.feeTotal,
        escrowPercent: input.escrow.escrowPercent,
        depositDue: escrowDeposit(input.escrow.feeTotal, input.escrow.escrowPercent),
        deposited: 0,
        released: 0,
        balancePaid: 0,
        refunded: 0,
        coveredByPool: 0,
        platformCost: 0,
        illustrative: input.illustrative,
      }
    : null;
  const steps: Array<{ name: 'ledgerCreateProject' | 'ledgerRecordOutcome'; params: Record<string, unknown> }> = [
    {
      name: 'ledgerCreateProject',
      params: {
        id,
        firmId: input.firmId,
        labId: input.labId,
        riskPoolId: input.escrow?.riskPoolId ?? null,
        props: row.props,
        start: cypherDate(input.start),
        firmRole: '出题企业 / client firm',
        labRole: '科创平台 / platform',
        milestones: input.milestones.map((m, index) => ({
          id: `milestone:${id}:${index}`,
          projectId: id,
          index,
          title: m.title,
          due: cypherDate(m.due),
          state: 'planned',
        })),
        escrow,
      },
    },
  ];
  if (input.introductionId) {
    steps.push({
      name: 'ledgerRecordOutcome',
      params: outcomeParams(input.introductionId, { kind: 'project', date: input.start, projectId: id, note: null }, who, input.illustrative),
    });
  }
  await db.writeAll(steps);
  return projectAfterChange(db, id);
}

// --- escrow and milestone steps ----------------------------------------------------------------------------------

const StepArgs = z.object({
  projectId: idArg,
  date: requiredDate,
});

interface StepRow {
  refusal: string | null;
  milestoneBefore?: string | null;
  escrowBefore: string | null;
  depositedOn?: string | null;
  depositDue?: number | null;
}

/** Why a step was refused, naming the state it found. */
function refuse(projectId: string, index: number | null, row: StepRow): GraphQLError {
  const p = quoteId(projectId);
  const m = index === null ? '' : `milestone ${index} of project ${p}`;
  const messages: Record<string, [string, string]> = {
    NO_ESCROW: ['projectId', `project ${p} has no 安心宝 escrow account`],
    ESCROW_STATE: [
      'projectId',
      index === null
        ? `the escrow of project ${p} is ${row.escrowBefore}; only a proposed escrow takes the deposit`
        : `the escrow of project ${p} is ${row.escrowBefore}; the first milestone needs it deposited`,
    ],
    NO_MILESTONE: ['index', `project ${p} has no milestone ${index}`],
    PROJECT_FAILED: ['index', `project ${p} has a failed milestone; its later milestones can no longer change`],
    MILESTONE_STATE: ['index', `${m} is ${row.milestoneBefore}, not planned`],
    EARLIER_OPEN: ['index', `an earlier milestone of project ${p} is still planned; milestones are done in order`],
    BEFORE_DEPOSIT: ['date', `must not be before the deposit was paid (${String(row.depositedOn).slice(0, 10)})`],
  };
  const [argument, problem] = messages[row.refusal ?? ''] ?? ['projectId', `project ${p} cannot take this step (${row.refusal})`];
  return new GraphQLError(`Invalid argument \`${argument}\`: ${problem}`, {
    extensions: {
      code: 'BAD_USER_INPUT',
      argument,
      reason: row.refusal,
      ...(row.escrowBefore !== undefined ? { escrowState: row.escrowBefore } : {}),
      ...(row.milestoneBefore !== undefined ? { milestoneState: row.milestoneBefore } : {}),
    },
  });
}

async function projectMustExist(db: Db, projectId: string): Promise<never> {
  const nodes = await nodesById(db, [projectId]);
  checkNode('projectId', projectId, nodes.get(projectId), ['Project']);
  throw notFound('projectId', projectId);
}

export async function depositEscrow(db: Db, rawArgs: unknown): Promise<GqlProject> {
  const args = parseArgs(StepArgs.extend({ amount: fen.nullish() }), rawArgs);
  const raw = rawArgs as { amount?: unknown };
  const amount = raw.amount === undefined || raw.amount === null ? null : args.amount;
  const before = await readProject(db, args.projectId);
  if (!before) return projectMustExist(db, args.projectId);
  if (before.escrow && amount !== null && amount !== before.escrow.depositDue) {
    throw badInput('amount', `must be the deposit due, ${before.escrow.depositDue} fen (${before.escrow.escrowPercent}% of ${before.escrow.feeTotal}, rounded half up); got ${amount}`);
  }
  const [row] = await db.write<StepRow>('ledgerDepositEscrow', { projectId: args.projectId, date: cypherDate(args.date) });
  if (!row) return projectMustExist(db, args.projectId);
  if (row.refusal) throw refuse(args.projectId, null, row);
  return projectAfterChange(db, args.projectId);
}

const MilestoneArgs = StepArgs.extend({
  index: z.number('must be a whole number').int('must be a whole number').min(0, 'must be 0 or more').max(MAX_MILESTONES - 1, `must be less than ${MAX_MILESTONES}`),
  evidence: text(4_000).refine((s) => s.trim() !== '', 'must say what shows it (or why it failed)'),
});

export async function completeMilestone(db: Db, rawArgs: unknown): Promise<GqlProject> {
  const args = parseArgs(MilestoneArgs, rawArgs);
  checkString('evidence', args.evidence, 'description');
  const [row] = await db.write<StepRow>('ledgerCompleteMilestone', {
    projectId: args.projectId,
    index: args.index,
    evidence: args.evidence,
    date: cypherDate(args.date),
  });
  if (!row) return projectMustExist(db, args.projectId);
  if (row.refusal) throw refuse(args.projectId, args.index, row);
  return projectAfterChange(db, args.projectId);
}

export async function failMilestone(db: Db, rawArgs: unknown): Promise<GqlProject> {
  const args = parseArgs(MilestoneArgs.extend({ platformCost: fen.nullish() }), rawArgs);
  checkString('evidence', args.evidence, 'description');
  const raw = rawArgs as { platformCost?: unknown };
  const platformCost = raw.platformCost === undefined || raw.platformCost === null ? 0 : (args.platformCost ?? 0);
  const [row] = await db.write<StepRow & { cover: number }>('ledgerFailMilestone', {
    projectId: args.projectId,
    index: args.index,
    evidence: args.evidence,
    date: cypherDate(args.date),
    platformCost,
  });
  if (!row) return projectMustExist(db, args.projectId);
  if (row.refusal) throw refuse(args.projectId, args.index, row);
  return projectAfterChange(db, args.projectId);
}

// --- risk pools ----------------------------------------------------------------------------------------------

export async function readRiskPools(db: Db, ids: string[] | null): Promise<GqlRiskPool[]> {
  const rows = await db.read<{ pool: Record<string, unknown> }>('ledgerRiskPools', { ids });
  return rows.map((r) => toRiskPool(r.pool));
}

const PoolInput = z.object({
  id: idArg.nullish().transform((v) => v ?? null),
  name: text(500).refine((s) => s.trim() !== '', 'must not be empty'),
  nameZh: text(500).nullish().transform((v) => v ?? null),
  nameEn: text(500).nullish().transform((v) => v ?? null),
  capital: fen,
  perProjectCap: fen.nullish().transform((v) => v ?? null),
  organisationId: idArg.nullish().transform((v) => v ?? null),
  illustrative: z.boolean().nullish().transform((v) => v ?? false),
});

export async function upsertRiskPool(db: Db, rawArgs: { input?: unknown }): Promise<GqlRiskPool> {
  const parsed = PoolInput.safeParse(rawArgs?.input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw badInput(['input', ...issue.path.map(String)].join('.'), issue.message);
  }
  const input = parsed.data;
  const raw = (rawArgs.input ?? {}) as { perProjectCap?: unknown };
  const perProjectCap = raw.perProjectCap === undefined || raw.perProjectCap === null ? null : input.perProjectCap;
  for (const f of ['name', 'nameZh', 'nameEn'] as const) {
    const v = input[f];
    if (typeof v === 'string') checkString(`input.${f}`, v, f);
  }
  if (input.organisationId) {
    const nodes = await nodesById(db, [input.organisationId]);
    checkNode('input.organisationId', input.organisationId, nodes.get(input.organisationId), ['Organisation']);
  }
  const id = input.id ?? `riskpool:${randomUUID()}`;
  const [row] = await db.write<{ applied: boolean; paidOut: number }>('ledgerUpsertRiskPool', {
    id,
    organisationId: input.organisationId,
    props: {
      name: input.name,
      nameZh: input.nameZh,
      nameEn: input.nameEn,
      capital: input.capital,
      perProjectCap,
      illustrative: input.illustrative,
    },
  });
  if (!row) throw notFound('input.organisationId', input.organisationId ?? '');
  if (!row.applied) {
    throw badInput('input.capital', `must not be below what the pool has already paid out (${row.paidOut} fen)`);
  }
  const [pool] = await readRiskPools(db, [id]);
  return pool!;
}
