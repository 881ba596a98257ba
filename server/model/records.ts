// The model's rules for one record: a node or relationship as the store takes it, validated against the model
// (labels, relationship types, property types, endpoints) with the derived search fields added. Shared by the API's
// mutations and every writer of seed/ (importer, demo loader, generator), so a record is checked the same way
// whichever door it comes through.
import { cypherDate, cypherDateTime, cypherFloat } from '../db.js';
import {
  BASE_LABEL,
  endpointsAllowed,
  isNodeLabel,
  isRelType,
  isRoleLabel,
  nodePropType,
  relPropType,
  type PropType,
  type RelType,
} from './model.js';
import { searchFields } from './search-text.js';

export interface NodeRecord {
  id: string;
  /** Model labels (Person, Lab, ...) and role labels (TechManager, ...); Entity is added here. */
  labels: string[];
  props: Record<string, unknown>;
  /** Properties written only where the node has no value yet (placeholders a later source may improve). */
  fillProps?: Record<string, unknown>;
}

export interface RelRecord {
  type: string;
  start: string;
  end: string;
  props: Record<string, unknown>;
}

export class RecordError extends Error {}

const isString = (v: unknown): v is string => typeof v === 'string';

function badValue(prop: string, expected: string, value: unknown): never {
  throw new RecordError(`property '${prop}' must be ${expected}, got ${JSON.stringify(value)?.slice(0, 60)}`);
}

/**
 * Converts one property value to what Cypher should store, or throws RecordError naming the property. Called for
 * every property of every imported row, so it creates no closure per call (measurable in a bulk load).
 */
export function toStoredValue(prop: string, type: PropType, value: unknown): unknown {
  if (value === null || value === undefined || value === '') return null;
  switch (type) {
    case 'string':
      return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : badValue(prop, 'a string', value);
    case 'string[]':
      return Array.isArray(value) && value.every(isString) ? value : badValue(prop, 'a list of strings', value);
    case 'int[]':
      return Array.isArray(value) && value.every((x) => typeof x === 'number' && Number.isSafeInteger(x)) ? value : badValue(prop, 'a list of whole numbers', value);
    case 'int': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      return typeof n === 'number' && Number.isSafeInteger(n) ? n : badValue(prop, 'a whole number', value);
    }
    case 'float': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      // toNeo4jParams turns whole JS numbers into integers, so floats are marked to stay FLOAT in the store.
      return typeof n === 'number' && Number.isFinite(n) ? cypherFloat(n) : badValue(prop, 'a number', value);
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      return badValue(prop, 'true or false', value);
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
        ? cypherDate(value)
        : badValue(prop, 'a date YYYY-MM-DD', value);
    case 'datetime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? cypherDateTime(value) : badValue(prop, 'an ISO date-time', value);
  }
}

/** Validates a node against the model and returns the row the importNodes query takes. */
export function nodeRow(node: NodeRecord): { id: string; labels: string[]; props: Record<string, unknown>; fill?: Record<string, unknown> } {
  if (typeof node.id !== 'string' || node.id.trim() === '') throw new RecordError('node has no id');
  const labels = [...new Set(node.labels)];
  const main = labels.filter(isNodeLabel);
  if (main.length !== 1) throw new RecordError(`node ${node.id} must have exactly one of the model's labels, got [${labels.join(', ')}]`);
  for (const l of labels) {
    if (!isNodeLabel(l) && !isRoleLabel(l)) throw new RecordError(`node ${node.id} has unknown label '${l}'`);
    if (isRoleLabel(l) && main[0] !== 'Person') throw new RecordError(`role label '${l}' is only for Person nodes`);
  }
  const typedProps = (given: Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(given)) {
      if (k === 'id' || k === 'pinyin' || k === 'aliasText') continue;
      const type = nodePropType(labels, k);
      if (!type) throw new RecordError(`node ${node.id}: property '${k}' is not in the model for ${main[0]}`);
      const stored = toStoredValue(k, type, v);
      if (stored !== null) out[k] = stored;
    }
    return out;
  };
  const props = typedProps(node.props);
  // A demand is open until the desk moves it on, and the desk's queues read the stored status (server/desk): a new
  // demand without one gets 'open', written only where the node has no status yet.
  const defaults = main[0] === 'Demand' && props.status === undefined ? { status: 'open' } : undefined;
  const fill: Record<string, unknown> | undefined =
    node.fillProps || defaults ? { ...defaults, ...(node.fillProps ? typedProps(node.fillProps) : {}) } : undefined;
  // A placeholder name (fill) must not be overridden by the id fallback, and its search fields go with it.
  const nameHere = props.name !== undefined || props.nameZh !== undefined || props.nameEn !== undefined || props.aliases !== undefined;
  if (fill && !nameHere && (fill.name !== undefined || fill.nameZh !== undefined)) {
    Object.assign(fill, searchFields(fill));
    return { id: node.id, labels: [BASE_LABEL, ...labels], props, fill };
  }
  if (props.name === undefined) props.name = props.nameZh ?? props.nameEn ?? node.id;
  Object.assign(props, searchFields(props));
  return { id: node.id, labels: [BASE_LABEL, ...labels], props, ...(fill && Object.keys(fill).length ? { fill } : {}) };
}

/** Validates a relationship's type and properties (endpoints are checked against the store by the caller). */
export function relRow(rel: RelRecord): { type: RelType; start: string; end: string; props: Record<string, unknown> } {
  if (!isRelType(rel.type)) throw new RecordError(`unknown relationship type '${rel.type}'`);
  if (!rel.start) throw new RecordError('relationship has no start id');
  if (!rel.end) throw new RecordError('relationship has no end id');
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rel.props)) {
    const type = relPropType(rel.type, k);
    if (!type) throw new RecordError(`property '${k}' is not in the model for ${rel.type}`);
    const stored = toStoredValue(k, type, v);
    if (stored !== null) props[k] = stored;
  }
  return { type: rel.type, start: rel.start, end: rel.end, props };
}

/** Checks that a relationship type may join these two main labels. */
export function checkEndpoints(type: RelType, startLabel: string, endLabel: string): void {
  if (!endpointsAllowed(type, startLabel, endLabel)) {
    throw new RecordError(`${type} cannot join ${startLabel} to ${endLabel}`);
  }
}
