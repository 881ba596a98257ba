// Mutation.completeMilestone: a milestone done; the first one releases the escrow with the balance (server/ledger/projects.ts). Brokers and admins.
import type { FieldResolver } from '../../context.js';
import { requireRole } from '../../auth/guard.js';
import { completeMilestone as run } from '../../ledger/projects.js';
import type { GqlProject } from '../../ledger/shape.js';

const completeMilestone: FieldResolver<'Mutation', 'completeMilestone', GqlProject> = async (_p, args, ctx) => {
  requireRole(ctx, 'broker', 'completeMilestone');
  return run(ctx.db, args);
};

export default completeMilestone;
