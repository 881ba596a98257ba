// Mutation.upsertRiskPool: creates or funds a risk pool (server/ledger/projects.ts). Admins only.
import type { FieldResolver } from '../../context.js';
import { requireRole } from '../../auth/guard.js';
import { upsertRiskPool as run } from '../../ledger/projects.js';
import type { GqlRiskPool } from '../../ledger/shape.js';

const upsertRiskPool: FieldResolver<'Mutation', 'upsertRiskPool', GqlRiskPool> = async (_p, args, ctx) => {
  requireRole(ctx, 'admin', 'upsertRiskPool');
  return run(ctx.db, args);
};

export default upsertRiskPool;
