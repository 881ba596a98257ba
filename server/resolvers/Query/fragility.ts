// Query.fragility: the nodes whose loss cuts every bounded path or every bridge; the work is in server/lenses/.
import * as z from 'zod';
import type { FieldResolver } from '../../context.js';
import { dateArg, idArg, intArg, parseArgs, relTypesArg } from '../../explore/validate.js';
import { fragility as run, type GqlFragility } from '../../lenses/fragility.js';

const Args = z.object({
  from: idArg,
  to: idArg,
  maxHops: intArg(1, 6, 4),
  relTypes: relTypesArg,
  asOf: dateArg,
});

const fragility: FieldResolver<'Query', 'fragility', GqlFragility> = async (_parent, rawArgs, { db, lang }) => run(db, parseArgs(Args, rawArgs), lang);

export default fragility;
