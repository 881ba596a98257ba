// Query.recommendTalents: talents for a posted demand (server/recommend/talents.ts).
import * as z from 'zod';
import type { FieldResolver } from '../../context.js';
import { boolArg, idArg, intArg, parseArgs } from '../../explore/validate.js';
import type { Recommendation } from '../../recommend/recommendation.js';
import { recommendTalents as run } from '../../recommend/talents.js';

const Args = z.object({ demandId: idArg, limit: intArg(1, 100, 10), useTrackRecord: boolArg(true) });

const recommendTalents: FieldResolver<'Query', 'recommendTalents', Recommendation[]> = async (_p, args, ctx) => {
  const { demandId, limit, useTrackRecord } = parseArgs(Args, args);
  return run(ctx.db, demandId, limit, ctx.lang, 'demandId', useTrackRecord);
};

export default recommendTalents;
