// Writes validated node and relationship records to Neo4j in UNWIND batches, each batch in one transaction, through
// the named queries importNodes / importRelationships. Used by the importer, the demo loader and the generator's
// import, so that every writer computes the same derived search fields and obeys the same allow-lists.
import { cypherDate, cypherDateTime, cypherFloat, type Db } from '../../server/db.js';
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
} from '../../server/model/model.js';
import { searchFields } from '../../server/model/search-text.js';

export interface NodeRecord {
  id: string;
  /** Model labels (Person, Lab, ...) and role labels (TechManager, ...); Entity is added here. */
  labels: string[];
  props: Record<string, unknown>;
}

export interface RelRecord {
  type: string;
  start: string;
  end: string;
  props: Record<string, unknown>;
}

export class RecordError extends Error {}

/** Converts one property value to what Cypher should store, or throws RecordError naming the property. */
export function toStoredValue(prop: string, type: PropType, value: unknown): unknown {
  if (value === null || value === undefined || value === '') return null;
  const fail = (expected: string): never => {
    throw new RecordError(`property '${prop}' must be ${expected}, got ${JSON.stringify(value)?.slice(0, 60)}`);
  };
  switch (type) {
    case 'string':
      return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fail('a string');
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : fail('a list of strings');
    case 'int': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      return typeof n === 'number' && Number.isSafeInteger(n) ? n : fail('a whole number');
    }
    case 'float': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      // toNeo4jParams turns whole JS numbers into integers, so floats are marked to stay FLOAT in the store.
      return typeof n === 'number' && Number.isFinite(n) ? cypherFloat(n) : fail('a number');
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      return fail('true or false');
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
        ? cypherDate(value)
        : fail('a date YYYY-MM-DD');
    case 'datetime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? cypherDateTime(value) : fail('an ISO date-time');
  }
}

/** Validates a node against the model and returns the row the importNodes query takes. */
export function nodeRow(node: NodeRecord): { id: string; labels: string[]; props: Record<string, unknown> } {
  if (typeof node.id !== 'string' || node.id.trim() === '') throw new RecordError('node has no id');
  const labels = [...new Set(node.labels)];
  const main = labels.filter(isNodeLabel);
  if (main.length !== 1) throw new RecordError(`node ${node.id} must have exactly one of the model's labels, got [${labels.join(', ')}]`);
  for (const l of labels) {
    if (!isNodeLabel(l) && !isRoleLabel(l)) throw new RecordError(`node ${node.id} has unknown label '${l}'`);
    if (isRoleLabel(l) && main[0] !== 'Person') throw new RecordError(`role label '${l}' is only for Person nodes`);
  }
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node.props)) {
    if (k === 'id' || k === 'pinyin' || k === 'aliasText') continue;
    const type = nodePropType(labels, k);
    if (!type) throw new RecordError(`node ${node.id}: property '${k}' is not in the model for ${main[0]}`);
    const stored = toStoredValue(k, type, v);
    if (stored !== null) props[k] = stored;
  }
  if (props.name === undefined) props.name = props.nameZh ?? props.nameEn ?? node.id;
  Object.assign(props, searchFields(props));
  return { id: node.id, labels: [BASE_LABEL, ...labels], props };
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

/**
 * Writes already-validated rows (from nodeRow / relRow) in one transaction: nodes first, then relationships.
 * Either the whole batch lands or none of it does.
 */
export async function writeBatch(
  db: Db,
  nodes: ReturnType<typeof nodeRow>[],
  rels: ReturnType<typeof relRow>[],
): Promise<void> {
  const steps: Parameters<Db['writeAll']>[0] = [];
  if (nodes.length) steps.push({ name: 'importNodes', params: { rows: nodes } });
  if (rels.length) steps.push({ name: 'importRelationships', params: { rows: rels } });
  if (steps.length) await db.writeAll(steps, { timeoutMs: 300_000 });
}
