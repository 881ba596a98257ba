// Mutation.createProject: a project with milestones and, for 安心宝, an escrow account (server/ledger/projects.ts).
// Brokers and admins.
import type { FieldResolver } from '../../context.js';
import { requireRole } from '../../auth/guard.js';
import { createProject as run } from '../../ledger/projects.js';
import type { GqlProject } from '../../ledger/shape.js';

const createProject: FieldResolver<'Mutation', 'createProject', GqlProject> = async (_p, args, ctx) => {
  requireRole(ctx, 'broker', 'createProject');
  return run(ctx.db, args, { actor: ctx.viewer.id });
};

export default createProject;
