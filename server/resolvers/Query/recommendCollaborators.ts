// Query.recommendCollaborators: link prediction for a person (server/recommend/collaborators.ts).
import * as z from 'zod';
import type { FieldResolver } from '../../context.js';
import { idArg, intArg, parseArgs } from '../../explore/validate.js';
import { recommendCollaborators as run } from '../../recommend/collaborators.js';
import type { Recommendation } from '../../recommend/recommendation.js';

const Args = z.object({ personId: idArg, limit: intArg(1, 100, 10) });

const recommendCollaborators: FieldResolver<'Query', 'recommendCollaborators', Recommendation[]> = async (_p, args, ctx) => {
  const { personId, limit } = parseArgs(Args, args);
  return run(ctx.db, personId, limit, ctx.lang);
};

export default recommendCollaborators;
