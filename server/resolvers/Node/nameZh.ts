// Node.nameZh: the Chinese name, or "一位<机构>的研究人员" for a non-consenting person seen by a viewer; a hidden
// person mentioned in another node's name is replaced the same way.
import type { FieldResolver } from '../../context.js';
import type { GqlNode } from '../../graph/shape.js';
import { affiliationOf, anonymousLabel, isHiddenFrom, nodeText } from '../../auth/masking.js';

// Synchronous unless the node is hidden or the set of hidden people is being reloaded.
const nameZh: FieldResolver<'Node', 'nameZh', string | null | Promise<string | null>, GqlNode> = (node, _args, ctx) => {
  if (!isHiddenFrom(node, ctx)) return nodeText(node, node.nameZh, ctx, 'zh');
  return affiliationOf(ctx, node.id).then((a) => anonymousLabel(a, 'zh'));
};

export default nameZh;
