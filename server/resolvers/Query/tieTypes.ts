// Query.tieTypes: the relationship types the model allows between two node types, for the "Add tie" form
// (server/model/form-fields.ts). Open to every role: it describes the model, not the data.
import type { FieldResolver } from '../../context.js';
import { badInput } from '../../explore/validate.js';
import { isNodeLabel, NODE_LABELS, type RelType } from '../../model/model.js';
import { tieTypes as allowed, type FormField } from '../../model/form-fields.js';

const tieTypes: FieldResolver<'Query', 'tieTypes', Array<{ type: RelType; properties: FormField[] }>> = (_p, args) => {
  if (!isNodeLabel(args.fromType)) throw badInput('fromType', `must be one of ${NODE_LABELS.join(', ')}`);
  if (!isNodeLabel(args.toType)) throw badInput('toType', `must be one of ${NODE_LABELS.join(', ')}`);
  return allowed(args.fromType, args.toType);
};

export default tieTypes;
