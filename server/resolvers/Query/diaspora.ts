// Query.diaspora: a region's diaspora by country and city, with ties back home, a page of people at a time
// (server/recommend/diaspora.ts).
import * as z from 'zod';
import type { FieldResolver } from '../../context.js';
import { dateArg, idArg, intArg, parseArgs } from '../../explore/validate.js';
import { diaspora as run, MAX_PAGE, type DiasporaMap } from '../../recommend/diaspora.js';

const Args = z.object({
  originRegionId: idArg,
  techArea: z.preprocess((v) => (v === undefined ? null : v), idArg.nullable()),
  limit: intArg(1, MAX_PAGE, MAX_PAGE),
  after: z.preprocess((v) => (v === undefined ? null : v), z.string().max(2_000, "is not a cursor diaspora returned (pass the previous page's nextCursor)").nullable()),
  asOf: dateArg,
});

const diaspora: FieldResolver<'Query', 'diaspora', DiasporaMap> = async (_p, args, ctx) => {
  const { originRegionId, techArea, limit, after, asOf } = parseArgs(Args, args);
  return run(ctx.db, { originRegionId, techAreaId: techArea, limit, after, asOf });
};

export default diaspora;
