// Node.name: the display name, or for a non-consenting person seen by a viewer "a researcher at <organisation>"
// in the request's language.
import type { Resolver } from '../../context.js';
import type { GqlNode } from '../../graph/shape.js';
import { affiliationOf, anonymousLabel, isHiddenFrom } from '../../auth/masking.js';

// Synchronous unless the node is hidden, so a plain answer costs graphql-js no promise per name.
const name: Resolver<Record<string, never>, string | Promise<string>, GqlNode> = (node, _args, ctx) => {
  if (!isHiddenFrom(node, ctx)) return node.name;
  return affiliationOf(ctx, node.id).then((a) => anonymousLabel(a, ctx.lang));
};

export default name;
