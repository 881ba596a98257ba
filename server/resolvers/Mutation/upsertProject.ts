// Mutation.upsertProject: creates a Project or updates the fields given (server/mutations/upsert-node.ts). Admins only.
import type { FieldResolver } from '../../context.js';
import { toGqlNode, type GqlNode } from '../../graph/shape.js';
import { allow } from '../../mutations/roles.js';
import { changesOf } from '../../mutations/change-record.js';
import { upsertNode } from '../../mutations/upsert-node.js';

const upsertProject: FieldResolver<'Mutation', 'upsertProject', GqlNode> = async (_p, args, ctx) => {
  allow(ctx, 'change', 'upsertProject');
  return toGqlNode((await upsertNode(ctx.db, 'Project', args.input ?? {}, changesOf(ctx))).node);
};

export default upsertProject;
