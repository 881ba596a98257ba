// Query.demand: one demand as the order desk shows it; its shortlist, timeline and history come from the DeskDemand
// field resolvers, which mask them for viewers.
import * as z from 'zod';
import type { FieldResolver } from '../../context.js';
import { idArg, parseArgs } from '../../explore/validate.js';
import { clock, instantArg } from '../../desk/args.js';
import { deskDemand, type DeskDemandValue } from '../../desk/reads.js';

const Args = z.object({ id: idArg, asOf: instantArg });

const demand: FieldResolver<'Query', 'demand', DeskDemandValue> = async (_p, rawArgs, { db }) => {
  const { id, asOf } = parseArgs(Args, rawArgs);
  return deskDemand(db, id, clock(asOf));
};

export default demand;
