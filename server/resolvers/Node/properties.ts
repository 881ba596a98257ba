// Node.properties: what the caller may see of a node's fields. Viewers lose personal fields (and everything of a
// non-consenting person); brokers and admins see all, and their reads of contact details are noted for the audit.
import type { Resolver } from '../../context.js';
import type { GqlNode } from '../../graph/shape.js';
import { hasRole } from '../../auth/guard.js';
import { contactFieldsPresent, visibleNodeProperties } from '../../auth/masking.js';
import { noteContactRead } from '../../auth/audit.js';

const properties: Resolver<Record<string, never>, Record<string, unknown>, GqlNode> = (node, _args, ctx, info) => {
  const visible = visibleNodeProperties(node, ctx);
  if (hasRole(ctx, 'broker')) noteContactRead(ctx, info, node.id, contactFieldsPresent(visible));
  return visible;
};

export default properties;
