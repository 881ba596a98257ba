// Mutation.unlink: removes one relationship (server/mutations/link.ts). Admins only.
import type { FieldResolver } from '../../context.js';
import { unlink as run } from '../../mutations/link.js';
import { changesOf } from '../../mutations/change-record.js';
import { allow } from '../../mutations/roles.js';

const unlink: FieldResolver<'Mutation', 'unlink', boolean> = async (_p, args, ctx) => {
  allow(ctx, 'change', 'unlink');
  return run(ctx.db, args, changesOf(ctx));
};

export default unlink;
