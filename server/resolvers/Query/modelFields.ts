// Query.modelFields: a node type's fields for the editing form (server/model/form-fields.ts). Open to every role:
// it describes the model, not the data.
import type { FieldResolver } from '../../context.js';
import { badInput } from '../../explore/validate.js';
import { isNodeLabel, NODE_LABELS } from '../../model/model.js';
import { formFields, type FormField } from '../../model/form-fields.js';

const modelFields: FieldResolver<'Query', 'modelFields', FormField[]> = (_p, args) => {
  if (!isNodeLabel(args.type)) throw badInput('type', `must be one of ${NODE_LABELS.join(', ')}`);
  return formFields(args.type);
};

export default modelFields;
