// Relationship.properties: personal ties (KNOWS, COLLABORATED_WITH) keep their type for viewers, so paths stay
// whole, but lose their detail (since, strength, source, role); brokers and admins see everything.
import type { Resolver } from '../../context.js';
import type { GqlRelationship } from '../../graph/shape.js';
import { visibleRelProperties } from '../../auth/masking.js';

const properties: Resolver<Record<string, never>, Record<string, unknown>, GqlRelationship> = (rel, _args, ctx) =>
  visibleRelProperties(rel, ctx);

export default properties;
