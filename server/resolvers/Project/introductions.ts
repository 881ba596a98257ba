// Project.introductions: the introductions that led to the project; empty for viewers, who do not see the ledger.
import type { FieldResolver } from '../../context.js';
import { hasRole } from '../../auth/guard.js';
import { introductionsById } from '../../ledger/introductions.js';
import type { GqlIntroduction, GqlProject } from '../../ledger/shape.js';

const introductions: FieldResolver<'Project', 'introductions', GqlIntroduction[], GqlProject> = async (project, _args, ctx) => {
  if (!hasRole(ctx, 'broker')) return [];
  return introductionsById(ctx.db, project.introductionIds);
};

export default introductions;
