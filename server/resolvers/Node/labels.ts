// Node.labels: role labels (TechManager, Entrepreneur...) narrow down who someone is, so a non-consenting person
// seen by a viewer is just a Person.
import type { FieldResolver } from '../../context.js';
import type { GqlNode } from '../../graph/shape.js';
import { isHiddenFrom } from '../../auth/masking.js';

const labels: FieldResolver<'Node', 'labels', string[], GqlNode> = (node, _args, ctx) =>
  isHiddenFrom(node, ctx) ? ['Person'] : node.labels;

export default labels;
