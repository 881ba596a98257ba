// Node.nameZh: the Chinese name, or "一位<机构>的研究人员" for a non-consenting person seen by a viewer.
import type { Resolver } from '../../context.js';
import type { GqlNode } from '../../graph/shape.js';
import { affiliationOf, anonymousLabel, isHiddenFrom } from '../../auth/masking.js';

const nameZh: Resolver<Record<string, never>, string | null, GqlNode> = async (node, _args, ctx) => {
  if (!isHiddenFrom(node, ctx)) return node.nameZh;
  return anonymousLabel(await affiliationOf(ctx, node.id), 'zh');
};

export default nameZh;
