// Query.paths: the k shortest simple paths between two nodes; the work is in server/explore/paths.ts.
import * as z from 'zod';
import type { FieldResolver } from '../../context.js';
import type { GqlPath } from '../../graph/shape.js';
import { findPaths } from '../../explore/paths.js';
import { boolArg, dateArg, idArg, idListArg, intArg, parseArgs, relTypesArg } from '../../explore/validate.js';

const Args = z.object({
  from: idArg,
  to: idArg,
  k: intArg(1, 10, 3),
  maxHops: intArg(1, 8, 6),
  relTypes: relTypesArg,
  asOf: dateArg,
  exclude: idListArg(100),
  directed: boolArg(false),
  diverse: boolArg(false),
});

const paths: FieldResolver<'Query', 'paths', GqlPath[]> = async (_parent, rawArgs, { db, lang }) => findPaths(db, parseArgs(Args, rawArgs), lang);

export default paths;
