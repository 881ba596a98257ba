// Node.nameEn: the English name, or "a researcher at <organisation>" for a non-consenting person seen by a viewer.
import type { Resolver } from '../../context.js';
import type { GqlNode } from '../../graph/shape.js';
import { affiliationOf, anonymousLabel, isHiddenFrom } from '../../auth/masking.js';

const nameEn: Resolver<Record<string, never>, string | null, GqlNode> = async (node, _args, ctx) => {
  if (!isHiddenFrom(node, ctx)) return node.nameEn;
  return anonymousLabel(await affiliationOf(ctx, node.id), 'en');
};

export default nameEn;
