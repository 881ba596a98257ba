// Query.regionGaps: what a region's firms need that its labs and people do not cover, and who outside could fill
// it; the work is in server/lenses/region-gaps.ts.
import * as z from 'zod';
import type { FieldResolver } from '../../context.js';
import { idArg, intArg, parseArgs } from '../../explore/validate.js';
import { regionGaps as run, type GqlRegionGaps } from '../../lenses/region-gaps.js';

const Args = z.object({
  regionId: idArg,
  limit: intArg(1, 20, 5),
});

const regionGaps: FieldResolver<'Query', 'regionGaps', GqlRegionGaps> = async (_parent, rawArgs, { db, lang }) => {
  const { regionId, limit } = parseArgs(Args, rawArgs);
  return run(db, regionId, limit, lang);
};

export default regionGaps;
