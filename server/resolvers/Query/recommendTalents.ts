// Query.recommendTalents: talents for a posted demand (server/recommend/talents.ts).
import * as z from 'zod';
import type { FieldResolver } from '../../context.js';
import { idArg, intArg, parseArgs } from '../../explore/validate.js';
import type { Recommendation } from '../../recommend/recommendation.js';
import { recommendTalents as run } from '../../recommend/talents.js';

const Args = z.object({ demandId: idArg, limit: intArg(1, 100, 10) });

const recommendTalents: FieldResolver<'Query', 'recommendTalents', Recommendation[]> = async (_p, args, ctx) => {
  const { demandId, limit } = parseArgs(Args, args);
  return run(ctx.db, demandId, limit, ctx.lang);
};

export default recommendTalents;
