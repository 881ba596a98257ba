// Query.introduction: one introduction with its outcomes, or null. Brokers and admins.
import * as z from 'zod';
import type { FieldResolver } from '../../context.js';
import { requireRole } from '../../auth/guard.js';
import { idArg, parseArgs } from '../../explore/validate.js';
import { introductionsById } from '../../ledger/introductions.js';
import type { GqlIntroduction } from '../../ledger/shape.js';

const Args = z.object({ id: idArg });

const introduction: FieldResolver<'Query', 'introduction', GqlIntroduction | null> = async (_p, args, ctx) => {
  requireRole(ctx, 'broker', 'introduction');
  const { id } = parseArgs(Args, args);
  const [found] = await introductionsById(ctx.db, [id]);
  return found ?? null;
};

export default introduction;
