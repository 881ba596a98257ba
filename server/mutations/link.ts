// link and unlink: create, update or remove one relationship between existing nodes. The type is allow-listed, the
// endpoints must be a pair the model allows (REL_ENDPOINTS), and the properties are typed by the model (relRow).
// Symmetric ties (KNOWS, COLLABORATED_WITH, PARTNERS_WITH) are matched in either direction so they never double.
import type { Db, PlainRelationship } from '../db.js';
import { badInput, notFound } from '../explore/validate.js';
import { nodeType, toGqlRelationship, type GqlRelationship } from '../graph/shape.js';
import { isRelType, REL_ENDPOINTS, REL_TYPES, relPropType, type RelType } from '../model/model.js';
import { invalidateBrokers } from '../recommend/brokers.js';
import { nodesById } from '../recommend/graph-reads.js';
import { checkEndpoints, RecordError, relRow } from '../model/records.js';
import { checkId, checkValue } from './input-checks.js';
import type { ChangeEntry } from './change-record.js';

export const SYMMETRIC_TYPES: ReadonlySet<RelType> = new Set<RelType>(['KNOWS', 'COLLABORATED_WITH', 'PARTNERS_WITH']);
const MAX_PROPERTIES = 30;

function checkType(type: unknown): RelType {
  if (typeof type !== 'string' || !isRelType(type)) {
    throw badInput('type', `unknown relationship type ${JSON.stringify(String(type).slice(0, 60))}; known types are ${REL_TYPES.join(', ')}`);
  }
  return type;
}

/** Both endpoints exist and the model lets `type` join them. */
async function checkEnds(db: Db, type: RelType, from: string, to: string): Promise<void> {
  if (from === to) throw badInput('to', 'must be another node than `from`');
  const nodes = await nodesById(db, [from, to]);
  const a = nodes.get(from);
  const b = nodes.get(to);
  if (!a) throw notFound('from', from);
  if (!b) throw notFound('to', to);
  try {
    checkEndpoints(type, nodeType(a.labels), nodeType(b.labels));
  } catch (e) {
    if (!(e instanceof RecordError)) throw e;
    const allowed = REL_ENDPOINTS[type].map(([s, t]) => `${s}→${t}`).join(', ');
    throw badInput('type', `${e.message} (from ${JSON.stringify(from.slice(0, 80))} to ${JSON.stringify(to.slice(0, 80))}); ${type} joins ${allowed}`);
  }
}

export async function link(
  db: Db,
  args: { type: unknown; from: unknown; to: unknown; properties?: unknown },
  changes?: ChangeEntry[],
): Promise<GqlRelationship> {
  const type = checkType(args.type);
  const from = checkId('from', args.from);
  const to = checkId('to', args.to);
  const given = args.properties ?? {};
  if (typeof given !== 'object' || Array.isArray(given)) throw badInput('properties', 'must be an object of property names and values');
  const entries = Object.entries(given as Record<string, unknown>);
  if (entries.length > MAX_PROPERTIES) throw badInput('properties', `must have at most ${MAX_PROPERTIES} properties`);
  const set: Record<string, unknown> = {};
  const removed: string[] = [];
  for (const [key, value] of entries) {
    if (!relPropType(type, key)) throw badInput(`properties.${key}`, `is not a property of ${type}`);
    if (value === null) removed.push(key);
    else {
      checkValue(null, key, value, `properties.${key}`);
      set[key] = value;
    }
  }
  let row: ReturnType<typeof relRow>;
  try {
    row = relRow({ type, start: from, end: to, props: set });
  } catch (e) {
    if (e instanceof RecordError) throw badInput('properties', e.message);
    throw e;
  }
  await checkEnds(db, type, from, to);
  const props: Record<string, unknown> = { ...row.props };
  for (const k of removed) props[k] = null;
  const before = changes ? await tieBetween(db, type, from, to) : undefined;
  const [written] = await db.write<{ relationship: PlainRelationship; startId: string; endId: string }>(
    SYMMETRIC_TYPES.has(type) ? 'linkUndirected' : 'link',
    { type, from, to, props },
  );
  if (!written) throw notFound('from', from);
  invalidateBrokers();
  if (changes) {
    const tie = { type, from, to };
    const after = written.relationship.properties;
    if (!before) changes.push({ kind: 'tie-created', tie, props: after });
    else {
      for (const property of new Set([...Object.keys(before.properties), ...Object.keys(after)])) {
        const old = before.properties[property] ?? null;
        const now = after[property] ?? null;
        if (JSON.stringify(old) !== JSON.stringify(now)) changes.push({ kind: 'tie-field', tie, property, old, new: now });
      }
    }
  }
  return toGqlRelationship({ ...written.relationship, start: written.startId, end: written.endId });
}

/** The tie `type` between two nodes (either direction for the symmetric types), or undefined. */
export async function tieBetween(db: Db, type: RelType, from: string, to: string): Promise<PlainRelationship | undefined> {
  const [row] = await db.read<{ relationship: PlainRelationship; startId: string; endId: string }>('tieBetween', {
    type,
    from,
    to,
    undirected: SYMMETRIC_TYPES.has(type),
  });
  return row ? { ...row.relationship, start: row.startId, end: row.endId } : undefined;
}

export async function unlink(db: Db, args: { type: unknown; from: unknown; to: unknown }, changes?: ChangeEntry[]): Promise<boolean> {
  const type = checkType(args.type);
  const from = checkId('from', args.from);
  const to = checkId('to', args.to);
  const nodes = await nodesById(db, [from, to]);
  if (!nodes.has(from)) throw notFound('from', from);
  if (!nodes.has(to)) throw notFound('to', to);
  const before = changes ? await tieBetween(db, type, from, to) : undefined;
  const [row] = await db.write<{ removed: number }>(SYMMETRIC_TYPES.has(type) ? 'unlinkUndirected' : 'unlink', { type, from, to });
  invalidateBrokers();
  if (changes && before && (row?.removed ?? 0) > 0) changes.push({ kind: 'tie-removed', tie: { type, from, to }, old: before.properties });
  return (row?.removed ?? 0) > 0;
}
