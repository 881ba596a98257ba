// Query.recommendTalents: talents for a posted demand (server/recommend/talents.ts).
import * as z from 'zod';
import type { FieldResolver } from '../../context.js';
import { boolArg, idArg, intArg, parseArgs } from '../../explore/validate.js';
import type { Recommendation } from '../../recommend/recommendation.js';
import { recommendTalents as run } from '../../recommend/talents.js';
import { poolFirst } from '../../desk/pool-first.js';

const Args = z.object({ demandId: idArg, limit: intArg(1, 100, 10), useTrackRecord: boolArg(true), poolId: idArg.nullish().transform((v) => v ?? null) });

const recommendTalents: FieldResolver<'Query', 'recommendTalents', Recommendation[]> = async (_p, args, ctx) => {
  const { demandId, limit, useTrackRecord, poolId } = parseArgs(Args, args);
  // An order restricted to a pool ranks that pool's members first (server/desk/pool-first.ts).
  if (poolId) return poolFirst(ctx.db, poolId, limit, ctx.lang, (depth) => run(ctx.db, demandId, depth, ctx.lang, 'demandId', useTrackRecord));
  return run(ctx.db, demandId, limit, ctx.lang, 'demandId', useTrackRecord);
};

export default recommendTalents;
