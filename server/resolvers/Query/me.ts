// Query.me: the caller as the server sees it, so a client can show its role and hide what it cannot use.
import type { FieldResolver, Role } from '../../context.js';
import { hasRole } from '../../auth/guard.js';

interface Me {
  id: string;
  role: Role;
  seesContactDetails: boolean;
  canChange: boolean;
}

const me: FieldResolver<'Query', 'me', Me> = (_parent, _args, ctx) => ({
  id: ctx.viewer.id,
  role: ctx.viewer.role,
  seesContactDetails: hasRole(ctx, 'broker'),
  canChange: hasRole(ctx, 'admin'),
});

export default me;
