// The model as the editing forms need it: a node type's fields in form order with their value types and allowed
// values, and the relationship types the model allows between two node types with their own properties. Derived
// fields (pinyin, aliasText) and `id` are left out: users never write them.
import { allowedValues } from '../mutations/input-checks.js';
import { COMMON_NODE_PROPS, NODE_PROPS, PERSONAL_FIELDS, REL_PROPS, REL_TYPES, endpointsAllowed, type NodeLabel, type RelType } from './model.js';

export interface FormField {
  name: string;
  type: string;
  allowed: string[];
  personal: boolean;
}

const HIDDEN = new Set(['id', 'pinyin', 'aliasText']);

export function formFields(label: NodeLabel): FormField[] {
  const props = { ...COMMON_NODE_PROPS, ...NODE_PROPS[label] };
  return Object.entries(props)
    .filter(([name]) => !HIDDEN.has(name))
    .map(([name, type]) => ({ name, type, allowed: [...allowedValues(label, name)], personal: (PERSONAL_FIELDS as readonly string[]).includes(name) }));
}

export function tieTypes(from: NodeLabel, to: NodeLabel): Array<{ type: RelType; properties: FormField[] }> {
  return REL_TYPES.filter((t) => endpointsAllowed(t, from, to)).map((type) => ({
    type,
    properties: Object.entries(REL_PROPS[type] ?? {}).map(([name, t]) => ({ name, type: t, allowed: [], personal: false })),
  }));
}
