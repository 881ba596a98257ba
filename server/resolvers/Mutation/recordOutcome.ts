// Mutation.recordOutcome: appends an outcome to an introduction (server/ledger/introductions.ts). Brokers and admins.
import type { FieldResolver } from '../../context.js';
import { requireRole } from '../../auth/guard.js';
import { recordOutcome as run } from '../../ledger/introductions.js';
import type { GqlIntroduction } from '../../ledger/shape.js';

const recordOutcome: FieldResolver<'Mutation', 'recordOutcome', GqlIntroduction> = async (_p, args, ctx) => {
  requireRole(ctx, 'broker', 'recordOutcome');
  return run(ctx.db, args, { actor: ctx.viewer.id });
};

export default recordOutcome;
