// Mutation.failMilestone: a milestone failed; the first one refunds the escrow, the risk pool covering the platform's cost (server/ledger/projects.ts). Brokers and admins.
import type { FieldResolver } from '../../context.js';
import { requireRole } from '../../auth/guard.js';
import { failMilestone as run } from '../../ledger/projects.js';
import type { GqlProject } from '../../ledger/shape.js';

const failMilestone: FieldResolver<'Mutation', 'failMilestone', GqlProject> = async (_p, args, ctx) => {
  requireRole(ctx, 'broker', 'failMilestone');
  return run(ctx.db, args);
};

export default failMilestone;
