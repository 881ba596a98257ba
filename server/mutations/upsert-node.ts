// The upsert mutations: create a node of one model type, or update the fields given. Values are checked against
// the model (server/model/records.ts nodeRow, the enumerations and ranges in input-checks.ts); a field given as null
// is removed; the derived search fields are recomputed from the node's merged names; an id that belongs to a node
// of another type is refused. One statement writes it all (cypher/upsertNode.cypher).
import { randomUUID } from 'node:crypto';
import type { Db, PlainNode } from '../db.js';
import { badInput } from '../explore/validate.js';
import { nodeType } from '../graph/shape.js';
import { isRoleLabel, nodePropType, type NodeLabel } from '../model/model.js';
import { searchFields } from '../model/search-text.js';
import { invalidateBrokers } from '../recommend/brokers.js';
import { nodesById } from '../recommend/graph-reads.js';
import { nodeRow, RecordError } from '../model/records.js';
import { checkId, checkValue } from './input-checks.js';
import type { ChangeEntry } from './change-record.js';

const NAME_KEYS = ['name', 'nameZh', 'nameEn'] as const;

export interface UpsertResult {
  node: PlainNode;
  created: boolean;
}

/** `changes`, when given, receives what the write replaced (change-record.ts), for the audit record and undo. */
export async function upsertNode(db: Db, label: NodeLabel, input: Record<string, unknown>, changes?: ChangeEntry[]): Promise<UpsertResult> {
  const { id: givenId, roles: givenRoles, ...fields } = input;
  const id = givenId === undefined || givenId === null ? `${label.toLowerCase()}:${randomUUID()}` : checkId('input.id', givenId);
  const roles = givenRoles === undefined || givenRoles === null ? null : (givenRoles as unknown[]);
  if (roles && label !== 'Person') throw badInput('input.roles', 'only people have roles');
  if (roles && !roles.every((r): r is string => typeof r === 'string' && isRoleLabel(r))) throw badInput('input.roles', 'lists an unknown role');

  const set: Record<string, unknown> = {};
  const removed: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (!nodePropType([label], key) || key === 'pinyin' || key === 'aliasText') throw badInput(`input.${key}`, `is not a field of ${label}`);
    if (value === null) {
      if (key === 'name') throw badInput('input.name', 'cannot be removed; give a new name instead');
      removed.push(key);
    } else {
      checkValue(label, key, value, `input.${key}`);
      set[key] = value;
    }
  }

  const existing = (await nodesById(db, [id])).get(id);
  if (existing && nodeType(existing.labels) !== label) {
    throw badInput('input.id', `${JSON.stringify(id.slice(0, 200))} is already a ${nodeType(existing.labels)}; use upsert${nodeType(existing.labels)} to change it`);
  }
  if (!existing && !NAME_KEYS.some((k) => typeof set[k] === 'string' && (set[k] as string).trim() !== '')) {
    throw badInput('input.name', 'a new node needs a name (name, nameZh or nameEn)');
  }

  let row: ReturnType<typeof nodeRow>;
  try {
    row = nodeRow({ id, labels: [label, ...(roles ?? [])], props: set });
  } catch (e) {
    if (e instanceof RecordError) throw badInput('input', e.message);
    throw e;
  }
  // nodeRow names a nameless record after its other names; an update that does not touch `name` keeps the old one.
  if (existing && set.name === undefined) delete row.props.name;
  const merged: Record<string, unknown> = { ...(existing?.properties ?? {}), ...set, ...(set.name === undefined && !existing ? { name: row.props.name } : {}) };
  for (const k of removed) delete merged[k];
  const props: Record<string, unknown> = { ...row.props, ...searchFields(merged) };
  for (const k of removed) props[k] = null;
  // As the importer does (records.ts), a new demand without a status is open: the desk's queues read the status.
  if (!existing && label === 'Demand' && props.status === undefined) props.status = 'open';

  const rows = await db.write<{ node: PlainNode; created: boolean }>('upsertNode', {
    id,
    label,
    roles: roles ?? [],
    replaceRoles: roles !== null,
    props,
  });
  if (!rows[0]) throw badInput('input.id', `${JSON.stringify(id.slice(0, 200))} now belongs to a node of another type`);
  invalidateBrokers();
  if (changes) noteChanges(changes, label, existing, rows[0].node, [...Object.keys(set), ...removed], roles);
  return rows[0];
}

function noteChanges(changes: ChangeEntry[], label: NodeLabel, before: PlainNode | undefined, after: PlainNode, keys: string[], roles: string[] | null): void {
  const id = String(after.properties.id);
  if (!before) {
    changes.push({ kind: 'node-created', id, label });
    return;
  }
  for (const property of new Set(keys)) {
    const old = before.properties[property] ?? null;
    const now = after.properties[property] ?? null;
    if (JSON.stringify(old) !== JSON.stringify(now)) changes.push({ kind: 'node-field', id, label, property, old, new: now });
  }
  if (roles) {
    const roleSet = (labels: readonly string[]) => labels.filter(isRoleLabel).sort();
    const old = roleSet(before.labels);
    const now = roleSet(after.labels);
    if (JSON.stringify(old) !== JSON.stringify(now)) changes.push({ kind: 'node-roles', id, label, old, new: now });
  }
}
