// Node.nameEn: the English name, or "a researcher at <organisation>" for a non-consenting person seen by a viewer.
import type { Resolver } from '../../context.js';
import type { GqlNode } from '../../graph/shape.js';
import { affiliationOf, anonymousLabel, isHiddenFrom } from '../../auth/masking.js';

// Synchronous unless the node is hidden, so a plain answer costs graphql-js no promise per name.
const nameEn: Resolver<Record<string, never>, string | null | Promise<string>, GqlNode> = (node, _args, ctx) => {
  if (!isHiddenFrom(node, ctx)) return node.nameEn;
  return affiliationOf(ctx, node.id).then((a) => anonymousLabel(a, 'en'));
};

export default nameEn;
