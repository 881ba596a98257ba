// Who may make which change, in one place: admins change the graph (upserts, link, unlink); brokers, and admins,
// post demands. Every mutation resolver calls `allow` first.
import type { Context, Role } from '../context.js';
import { requireRole } from '../auth/guard.js';

export const MUTATION_ROLES = {
  change: 'admin',
  postDemand: 'broker',
  // The order desk and pool admission (server/desk/).
  desk: 'broker',
} as const satisfies Record<string, Role>;

export function allow(ctx: Pick<Context, 'viewer'>, what: keyof typeof MUTATION_ROLES, field: string): void {
  requireRole(ctx, MUTATION_ROLES[what], field);
}
