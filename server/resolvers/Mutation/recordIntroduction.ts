// Mutation.recordIntroduction: a TechManager's introduction of a firm to a lab (server/ledger/introductions.ts).
// Brokers and admins; the caller's name is kept as recordedBy.
import type { FieldResolver } from '../../context.js';
import { requireRole } from '../../auth/guard.js';
import { recordIntroduction as run } from '../../ledger/introductions.js';
import type { GqlIntroduction } from '../../ledger/shape.js';

const recordIntroduction: FieldResolver<'Mutation', 'recordIntroduction', GqlIntroduction> = async (_p, args, ctx) => {
  requireRole(ctx, 'broker', 'recordIntroduction');
  return run(ctx.db, args, { actor: ctx.viewer.id });
};

export default recordIntroduction;
