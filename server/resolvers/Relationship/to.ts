// Relationship.to: the end node's id, as the caller may see it (see Relationship.from).
import type { FieldResolver } from '../../context.js';
import type { GqlRelationship } from '../../graph/shape.js';
import { visibleId } from '../../auth/masking.js';
import { hasRole } from '../../auth/guard.js';

// Brokers see real ids; answering them synchronously spares graphql-js a promise per edge.
const to: FieldResolver<'Relationship', 'to', string | Promise<string>, GqlRelationship> = (rel, _args, ctx) =>
  hasRole(ctx, 'broker') ? rel.to : visibleId(rel.to, ctx);

export default to;
