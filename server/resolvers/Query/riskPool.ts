// Query.riskPool: one risk pool (科创风险池), or null.
import * as z from 'zod';
import type { FieldResolver } from '../../context.js';
import { idArg, parseArgs } from '../../explore/validate.js';
import { readRiskPools } from '../../ledger/projects.js';
import type { GqlRiskPool } from '../../ledger/shape.js';

const Args = z.object({ id: idArg });

const riskPool: FieldResolver<'Query', 'riskPool', GqlRiskPool | null> = async (_p, args, ctx) => {
  const { id } = parseArgs(Args, args);
  const [pool] = await readRiskPools(ctx.db, [id]);
  return pool ?? null;
};

export default riskPool;
