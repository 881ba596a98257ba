// Query.bridges: who could connect `from` to `to`; the work is in server/explore/bridges.ts.
import * as z from 'zod';
import type { FieldResolver } from '../../context.js';
import { findBridges, type GqlBridge } from '../../explore/bridges.js';
import { boolArg, dateArg, idArg, intArg, parseArgs } from '../../explore/validate.js';

const Args = z.object({
  from: idArg,
  to: idArg,
  maxIntermediaries: intArg(1, 2, 2),
  asOf: dateArg,
  limit: intArg(1, 100, 10),
  // GraphQL has checked the values against the enum; absent or null means both, an empty list asks for nothing.
  kinds: z.preprocess(
    (v) => (v === null || v === undefined ? ['PERSON', 'ORGANISATION'] : v),
    z
      .array(z.enum(['PERSON', 'ORGANISATION']))
      .min(1, 'must name at least one of PERSON, ORGANISATION')
      .transform((k) => [...new Set(k)]),
  ),
  useTrackRecord: boolArg(true),
});

const bridges: FieldResolver<'Query', 'bridges', GqlBridge[]> = async (_parent, rawArgs, { db, lang }) => {
  const args = parseArgs(Args, rawArgs);
  return findBridges(db, args, lang);
};

export default bridges;
