// Mutation.depositEscrow: the firm pays the escrow deposit (proposed → deposited) (server/ledger/projects.ts). Brokers and admins.
import type { FieldResolver } from '../../context.js';
import { requireRole } from '../../auth/guard.js';
import { depositEscrow as run } from '../../ledger/projects.js';
import type { GqlProject } from '../../ledger/shape.js';

const depositEscrow: FieldResolver<'Mutation', 'depositEscrow', GqlProject> = async (_p, args, ctx) => {
  requireRole(ctx, 'broker', 'depositEscrow');
  return run(ctx.db, args);
};

export default depositEscrow;
