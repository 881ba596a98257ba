// Query.diaspora: a region's diaspora by country and city, with ties back home (server/recommend/diaspora.ts).
import * as z from 'zod';
import type { FieldResolver } from '../../context.js';
import { dateArg, idArg, intArg, parseArgs } from '../../explore/validate.js';
import { diaspora as run, type DiasporaMap } from '../../recommend/diaspora.js';

const Args = z.object({
  originRegionId: idArg,
  techArea: z.preprocess((v) => (v === undefined ? null : v), idArg.nullable()),
  limit: intArg(1, 5000, 500),
  asOf: dateArg,
});

const diaspora: FieldResolver<'Query', 'diaspora', DiasporaMap> = async (_p, args, ctx) => {
  const { originRegionId, techArea, limit, asOf } = parseArgs(Args, args);
  return run(ctx.db, originRegionId, techArea, limit, asOf);
};

export default diaspora;
