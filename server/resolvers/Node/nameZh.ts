// Node.nameZh: the Chinese name, or "一位<机构>的研究人员" for a non-consenting person seen by a viewer.
import type { Resolver } from '../../context.js';
import type { GqlNode } from '../../graph/shape.js';
import { affiliationOf, anonymousLabel, isHiddenFrom } from '../../auth/masking.js';

// Synchronous unless the node is hidden, so a plain answer costs graphql-js no promise per name.
const nameZh: Resolver<Record<string, never>, string | null | Promise<string>, GqlNode> = (node, _args, ctx) => {
  if (!isHiddenFrom(node, ctx)) return node.nameZh;
  return affiliationOf(ctx, node.id).then((a) => anonymousLabel(a, 'zh'));
};

export default nameZh;
