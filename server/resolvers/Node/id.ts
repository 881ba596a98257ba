// Node.id: ids often spell a person's name, so a non-consenting person seen by a viewer carries an opaque alias
// instead (the server maps it back when it is passed as an argument).
import type { FieldResolver } from '../../context.js';
import type { GqlNode } from '../../graph/shape.js';
import { aliasOf, isHiddenFrom } from '../../auth/masking.js';

const id: FieldResolver<'Node', 'id', string, GqlNode> = (node, _args, ctx) => (isHiddenFrom(node, ctx) ? aliasOf(node.id) : node.id);

export default id;
