// Node.name: the display name, or for a non-consenting person seen by a viewer "a researcher at <organisation>"
// in the request's language. Names of other nodes may mention a hidden person (a demand titled after them), so
// viewers read them redacted like any free text.
import type { FieldResolver } from '../../context.js';
import type { GqlNode } from '../../graph/shape.js';
import { affiliationOf, anonymousLabel, isHiddenFrom, nodeText } from '../../auth/masking.js';

// Synchronous unless the node is hidden or the set of hidden people is being reloaded, so a plain answer costs
// graphql-js no promise per name.
const name: FieldResolver<'Node', 'name', string | Promise<string>, GqlNode> = (node, _args, ctx) => {
  if (!isHiddenFrom(node, ctx)) return nodeText(node, node.name, ctx) as string | Promise<string>;
  return affiliationOf(ctx, node.id).then((a) => anonymousLabel(a, ctx.lang));
};

export default name;
