// Query.auditLog: the audit record for admins, newest first.
import { GraphQLError } from 'graphql';
import type { FieldResolver } from '../../context.js';
import { requireRole } from '../../auth/guard.js';

interface EventRow {
  event: Record<string, unknown> & { action: string };
}

const auditLog: FieldResolver<'Query', 'auditLog', unknown[]> = async (_parent, args, ctx) => {
  requireRole(ctx, 'admin', 'auditLog');
  const limit = args.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new GraphQLError(`auditLog: limit must be between 1 and 1000, got ${limit}`, {
      extensions: { code: 'BAD_USER_INPUT', argument: 'limit' },
    });
  }
  if (args.actor !== undefined && args.actor !== null && args.actor.length > 200) {
    throw new GraphQLError('auditLog: actor is longer than 200 characters', { extensions: { code: 'BAD_USER_INPUT', argument: 'actor' } });
  }
  const rows = await ctx.db.read<EventRow>('auditLog', {
    limit,
    since: args.since ?? null,
    actor: args.actor ?? null,
    action: args.action ? args.action.replace('_', '-') : null,
  });
  return rows.map(({ event }) => ({
    ...event,
    action: event.action.replace('-', '_'),
    fields: event.fields ?? [],
    paths: event.paths ?? [],
    subjects: event.subjects ?? [],
    contactFields: event.contactFields ?? [],
    errorCodes: event.errorCodes ?? [],
    variables: event.variables || null,
    client: event.client || null,
    replaced: event.replaced || null,
  }));
};

export default auditLog;
