// Relationship.id: the database element id, except that a viewer gets a keyed alias for a tie of a person shown
// anonymously. Element ids outlive a restart while person aliases do not, so a stable tie id would let anyone link
// an anonymous person of one run to the same person in the next.
import type { FieldResolver } from '../../context.js';
import type { GqlRelationship } from '../../graph/shape.js';
import { hasRole } from '../../auth/guard.js';
import { anyHiddenFrom, relationshipAlias, thenMaybe } from '../../auth/masking.js';

const id: FieldResolver<'Relationship', 'id', string | Promise<string>, GqlRelationship> = (rel, _args, ctx) => {
  if (hasRole(ctx, 'broker')) return rel.id;
  return thenMaybe(anyHiddenFrom([rel.from, rel.to], ctx), (hidden) => (hidden ? relationshipAlias(rel.id) : rel.id));
};

export default id;
