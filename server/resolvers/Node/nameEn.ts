// Node.nameEn: the English name, or "a researcher at <organisation>" for a non-consenting person seen by a viewer;
// a hidden person mentioned in another node's name is replaced the same way.
import type { FieldResolver } from '../../context.js';
import type { GqlNode } from '../../graph/shape.js';
import { affiliationOf, anonymousLabel, isHiddenFrom, nodeText } from '../../auth/masking.js';

// Synchronous unless the node is hidden or the set of hidden people is being reloaded.
const nameEn: FieldResolver<'Node', 'nameEn', string | null | Promise<string | null>, GqlNode> = (node, _args, ctx) => {
  if (!isHiddenFrom(node, ctx)) return nodeText(node, node.nameEn, ctx, 'en');
  return affiliationOf(ctx, node.id).then((a) => anonymousLabel(a, 'en'));
};

export default nameEn;
