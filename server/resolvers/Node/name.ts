// Node.name: the display name, or for a non-consenting person seen by a viewer "a researcher at <organisation>"
// in the request's language.
import type { Resolver } from '../../context.js';
import type { GqlNode } from '../../graph/shape.js';
import { affiliationOf, anonymousLabel, isHiddenFrom } from '../../auth/masking.js';

const name: Resolver<Record<string, never>, string, GqlNode> = async (node, _args, ctx) => {
  if (!isHiddenFrom(node, ctx)) return node.name;
  return anonymousLabel(await affiliationOf(ctx, node.id), ctx.lang);
};

export default name;
