// Writes update-only sources: properties set on nodes that already exist (names from a second source) or values
// added to their list properties, never creating a node. Values are typed by the model like every other write, and
// a changed name brings its derived search fields along so that full-text search finds the new name.
import type { Db } from '../../server/db.js';
import { COMMON_NODE_PROPS, NODE_PROPS, type NodeLabel } from '../../server/model/model.js';
import { searchFields } from '../../server/model/search-text.js';
import { anyNodePropType } from './mapping.js';
import { toStoredValue } from './writer.js';

export interface UpdateRow {
  id: string;
  mode: 'update' | 'append';
  /** Model-typed values (as NodeDraft.props). */
  props: Record<string, unknown>;
  label?: NodeLabel;
}

type Steps = Parameters<Db['writeAll']>[0];

/** Writes one batch of updates and appends in one transaction. */
export async function writeNodeUpdates(db: Db, rows: UpdateRow[]): Promise<void> {
  const groups = new Map<string, { name: 'importNodeUpdates' | 'importNodeAppends'; keys: string[]; rows: unknown[][] }>();
  // Appends to the same node within a batch are merged first, so one row per node reaches the query.
  const appends = new Map<string, Record<string, unknown[]>>();
  for (const r of rows) {
    const stored: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r.props)) {
      const type = r.label ? (COMMON_NODE_PROPS[k] ?? NODE_PROPS[r.label][k]) : anyNodePropType(k);
      if (!type) throw new Error(`update of ${r.id}: property '${k}' is not in the model`);
      const value = toStoredValue(k, type, v);
      if (value !== null) stored[k] = value;
    }
    if (r.mode === 'append') {
      const acc = appends.get(r.id) ?? {};
      for (const [k, v] of Object.entries(stored)) acc[k] = [...(acc[k] ?? []), ...(v as unknown[])];
      appends.set(r.id, acc);
      continue;
    }
    if (stored.name !== undefined || stored.nameZh !== undefined || stored.aliases !== undefined) Object.assign(stored, searchFields(stored));
    add('importNodeUpdates', r.id, stored);
  }
  for (const [id, props] of appends) add('importNodeAppends', id, props);
  const steps: Steps = [...groups.values()].map((g) => ({ name: g.name, params: { keys: g.keys, rows: g.rows } }));
  if (steps.length) await db.writeAll(steps, { timeoutMs: 300_000 });

  function add(name: 'importNodeUpdates' | 'importNodeAppends', id: string, props: Record<string, unknown>) {
    const keys = Object.keys(props).sort();
    if (!keys.length) return;
    const sig = `${name}|${keys.join(',')}`;
    let g = groups.get(sig);
    if (!g) groups.set(sig, (g = { name, keys, rows: [] }));
    g.rows.push([id, keys.map((k) => props[k])]);
  }
}
