// Query.regionFragility: the people who alone carry firm–lab ties in a scope; the work is in server/lenses/.
import * as z from 'zod';
import type { FieldResolver } from '../../context.js';
import { idArg, intArg, parseArgs } from '../../explore/validate.js';
import { regionFragility as run, type GqlRegionFragility } from '../../lenses/region-fragility.js';

const Args = z.object({
  scopeId: idArg,
  limit: intArg(1, 100, 20),
});

const regionFragility: FieldResolver<'Query', 'regionFragility', GqlRegionFragility> = async (_parent, rawArgs, { db, lang }) => {
  const { scopeId, limit } = parseArgs(Args, rawArgs);
  return run(db, scopeId, limit, lang);
};

export default regionFragility;
