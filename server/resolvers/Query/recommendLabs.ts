// Query.recommendLabs: labs that suit an enterprise (server/recommend/labs.ts).
import * as z from 'zod';
import type { Resolver } from '../../context.js';
import { idArg, intArg, parseArgs } from '../../explore/validate.js';
import { recommendLabs as run } from '../../recommend/labs.js';
import type { Recommendation } from '../../recommend/recommendation.js';

const Args = z.object({ enterpriseId: idArg, limit: intArg(1, 100, 10) });

const recommendLabs: Resolver<{ enterpriseId: string; limit?: number | null }, Recommendation[]> = async (_p, args, ctx) => {
  const { enterpriseId, limit } = parseArgs(Args, args);
  return run(ctx.db, enterpriseId, limit, ctx.lang);
};

export default recommendLabs;
