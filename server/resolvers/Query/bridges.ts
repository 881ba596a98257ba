// Query.bridges: who could connect `from` to `to`; the work is in server/explore/bridges.ts.
import * as z from 'zod';
import type { Resolver } from '../../context.js';
import { findBridges, type GqlBridge } from '../../explore/bridges.js';
import { dateArg, idArg, intArg, parseArgs } from '../../explore/validate.js';

const Args = z.object({
  from: idArg,
  to: idArg,
  maxIntermediaries: intArg(1, 2, 2),
  asOf: dateArg,
  limit: intArg(1, 100, 10),
});

const bridges: Resolver<Record<string, unknown>, GqlBridge[]> = async (_parent, rawArgs, { db, lang }) => {
  const args = parseArgs(Args, rawArgs);
  return findBridges(db, args, lang);
};

export default bridges;
