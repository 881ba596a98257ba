// Relationship.from: the start node's id, as the caller may see it (an alias for a non-consenting person seen by a
// viewer, matching that node's Node.id).
import type { FieldResolver } from '../../context.js';
import type { GqlRelationship } from '../../graph/shape.js';
import { visibleId } from '../../auth/masking.js';
import { hasRole } from '../../auth/guard.js';

// Brokers see real ids; answering them synchronously spares graphql-js a promise per edge.
const from: FieldResolver<'Relationship', 'from', string | Promise<string>, GqlRelationship> = (rel, _args, ctx) =>
  hasRole(ctx, 'broker') ? rel.from : visibleId(rel.from, ctx);

export default from;
