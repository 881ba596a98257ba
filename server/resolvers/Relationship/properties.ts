// Relationship.properties: personal ties (KNOWS, COLLABORATED_WITH) and every tie of a person a viewer sees only
// anonymously keep their type for viewers, so paths stay whole, but lose their detail (since, strength, role,
// start...); free text left on other ties is redacted. Brokers and admins see everything.
import type { FieldResolver } from '../../context.js';
import type { GqlRelationship } from '../../graph/shape.js';
import { hasRole } from '../../auth/guard.js';
import { anyHiddenFrom, redactNow, thenMaybe, visibleRelProperties } from '../../auth/masking.js';

type Props = Record<string, unknown>;

const properties: FieldResolver<'Relationship', 'properties', Props | Promise<Props>, GqlRelationship> = (rel, _args, ctx) => {
  if (hasRole(ctx, 'broker')) return rel.properties;
  return thenMaybe(anyHiddenFrom([rel.from, rel.to], ctx), (hidden) => redactNow(visibleRelProperties(rel, ctx, hidden), ctx));
};

export default properties;
