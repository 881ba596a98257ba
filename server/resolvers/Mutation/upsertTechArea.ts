// Mutation.upsertTechArea: creates a TechArea or updates the fields given (server/mutations/upsert-node.ts). Admins only.
import type { FieldResolver } from '../../context.js';
import { toGqlNode, type GqlNode } from '../../graph/shape.js';
import { allow } from '../../mutations/roles.js';
import { changesOf } from '../../mutations/change-record.js';
import { upsertNode } from '../../mutations/upsert-node.js';

const upsertTechArea: FieldResolver<'Mutation', 'upsertTechArea', GqlNode> = async (_p, args, ctx) => {
  allow(ctx, 'change', 'upsertTechArea');
  return toGqlNode((await upsertNode(ctx.db, 'TechArea', args.input ?? {}, changesOf(ctx))).node);
};

export default upsertTechArea;
