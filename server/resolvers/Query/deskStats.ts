// Query.deskStats: the 48-hour record of a scope's demands, in total and by month, pool or county
// (server/desk/stats.ts). Aggregates only, so viewers may read it.
import * as z from 'zod';
import type { FieldResolver } from '../../context.js';
import { idArg, parseArgs } from '../../explore/validate.js';
import { checkTimeZone, clock, instantArg } from '../../desk/args.js';
import { deskStats as run, type DeskStatsValue } from '../../desk/stats.js';

const Args = z.object({
  scopeId: idArg.nullish().transform((v) => v ?? null),
  from: instantArg,
  to: instantArg,
  asOf: instantArg,
  groupBy: z.enum(['month', 'pool', 'county'], 'must be month, pool or county').nullish().transform((v) => v ?? null),
  timeZone: z.unknown(),
});

const deskStats: FieldResolver<'Query', 'deskStats', DeskStatsValue> = async (_p, rawArgs, { db }) => {
  const args = parseArgs(Args, rawArgs);
  return run(db, { ...args, asOf: clock(args.asOf), timeZone: checkTimeZone('timeZone', args.timeZone) });
};

export default deskStats;
