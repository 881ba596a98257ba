// Relationship.to: the end node's id, as the caller may see it (see Relationship.from).
import type { Resolver } from '../../context.js';
import type { GqlRelationship } from '../../graph/shape.js';
import { visibleId } from '../../auth/masking.js';

const to: Resolver<Record<string, never>, string, GqlRelationship> = (rel, _args, ctx) => visibleId(rel.to, ctx);

export default to;
