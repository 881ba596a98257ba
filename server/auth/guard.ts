// Role checks for resolvers. Roles are ordered viewer < broker < admin, so a resolver names the least role it needs
// and a higher role passes too. A refusal is a typed FORBIDDEN error that names the field's needed role, never a 500.
import { GraphQLError } from 'graphql';
import type { Context, Role } from '../context.js';

const RANK: Record<Role, number> = { viewer: 0, broker: 1, admin: 2 };

/** True when the caller holds `role` or a higher one. */
export function hasRole(ctx: Pick<Context, 'viewer'>, role: Role): boolean {
  return RANK[ctx.viewer.role] >= RANK[role];
}

/** Throws FORBIDDEN unless the caller holds `role` or a higher one. */
export function requireRole(ctx: Pick<Context, 'viewer'>, role: Role, what?: string): void {
  if (hasRole(ctx, role)) return;
  const subject = what ? `${what} needs` : 'This needs';
  throw new GraphQLError(`${subject} the ${role} role (you are ${ctx.viewer.role}); send a bearer token that grants it`, {
    extensions: { code: 'FORBIDDEN', needed: role, role: ctx.viewer.role },
  });
}
