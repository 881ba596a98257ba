// Query.recommendLabs: labs that suit an enterprise (server/recommend/labs.ts).
import * as z from 'zod';
import type { FieldResolver } from '../../context.js';
import { boolArg, idArg, intArg, parseArgs } from '../../explore/validate.js';
import { recommendLabs as run } from '../../recommend/labs.js';
import type { Recommendation } from '../../recommend/recommendation.js';

const Args = z.object({ enterpriseId: idArg, limit: intArg(1, 100, 10), projectPartners: z.enum(['LAST', 'RANKED']).nullish().transform((v) => v ?? 'LAST'), useTrackRecord: boolArg(true) });

const recommendLabs: FieldResolver<'Query', 'recommendLabs', Recommendation[]> = async (_p, args, ctx) => {
  const { enterpriseId, limit, projectPartners, useTrackRecord } = parseArgs(Args, args);
  return run(ctx.db, enterpriseId, limit, ctx.lang, projectPartners, useTrackRecord);
};

export default recommendLabs;
