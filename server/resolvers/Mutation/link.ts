// Mutation.link: creates or updates one relationship, validated against the model (server/mutations/link.ts).
// Admins only.
import type { FieldResolver } from '../../context.js';
import type { GqlRelationship } from '../../graph/shape.js';
import { link as run } from '../../mutations/link.js';
import { changesOf } from '../../mutations/change-record.js';
import { allow } from '../../mutations/roles.js';

const link: FieldResolver<'Mutation', 'link', GqlRelationship> = async (_p, args, ctx) => {
  allow(ctx, 'change', 'link');
  return run(ctx.db, args, changesOf(ctx));
};

export default link;
