// Node.properties: what the caller may see of a node's fields. Viewers lose personal fields (and everything of a
// non-consenting person), and read free text (titles, descriptions, aliases) with hidden people's names replaced;
// brokers and admins see all, and their reads of contact details are noted for the audit.
import type { FieldResolver } from '../../context.js';
import type { GqlNode } from '../../graph/shape.js';
import { hasRole } from '../../auth/guard.js';
import { contactFieldsPresent, redactNodeProperties, visibleNodeProperties } from '../../auth/masking.js';
import { noteContactRead } from '../../auth/audit.js';

type Props = Record<string, unknown>;

const properties: FieldResolver<'Node', 'properties', Props | Promise<Props>, GqlNode> = (node, _args, ctx, info) => {
  const visible = visibleNodeProperties(node, ctx);
  if (hasRole(ctx, 'broker')) {
    noteContactRead(ctx, info, node.id, contactFieldsPresent(visible));
    return visible;
  }
  return redactNodeProperties(node, visible, ctx);
};

export default properties;
