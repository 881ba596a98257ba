// Mutation.postDemand: posts an enterprise's demand and returns its first matches and the 48-hour response due
// time (server/mutations/post-demand.ts). Brokers and admins.
import type { FieldResolver } from '../../context.js';
import { postDemand as run, type DemandResult } from '../../mutations/post-demand.js';
import { allow } from '../../mutations/roles.js';

const postDemand: FieldResolver<'Mutation', 'postDemand', DemandResult> = async (_p, args, ctx) => {
  allow(ctx, 'postDemand', 'postDemand');
  return run(ctx.db, args, ctx.lang);
};

export default postDemand;
