// undoLastChange: puts back what the caller's own most recent graph edit replaced, from its audit event
// (AuditEvent.replaced, written by change-record.ts): node fields and roles get their old values, a node it created is
// removed (while it has no ties), a tie it created is removed, a tie it changed (an end date set) gets its old values,
// a tie it removed comes back. Before anything is written every entry is checked against the graph: when the node or
// tie no longer holds what the change wrote (someone changed it since), the undo is refused with CONFLICT and nothing
// changes. The undo itself is a change like any other, audited by the audit plugin with what it replaced in turn.
import { GraphQLError } from 'graphql';
import type { Db } from '../db.js';
import { nodesById } from '../recommend/graph-reads.js';
import { invalidateBrokers } from '../recommend/brokers.js';
import { isRoleLabel, type NodeLabel } from '../model/model.js';
import { sameValue, type ChangeEntry, type TieRef } from './change-record.js';
import { link, tieBetween, unlink } from './link.js';
import { upsertNode } from './upsert-node.js';

export interface UndoResult {
  eventId: string;
  operation: string;
  at: string;
  subjects: string[];
}

function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT' } });
}

const tieName = (t: TieRef) => `${t.type} from ${JSON.stringify(t.from)} to ${JSON.stringify(t.to)}`;

function sameProps(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => sameValue(a[k], b[k]));
}

/** Throws CONFLICT when the graph no longer holds what `entry` wrote. */
async function check(db: Db, entry: ChangeEntry): Promise<void> {
  if ('tie' in entry) {
    const now = await tieBetween(db, entry.tie.type, entry.tie.from, entry.tie.to);
    if (entry.kind === 'tie-removed') {
      if (now) throw conflict(`The ${tieName(entry.tie)} was added again since; nothing was undone`);
      return;
    }
    if (!now) throw conflict(`The ${tieName(entry.tie)} was removed since; nothing was undone`);
    if (entry.kind === 'tie-created' ? !sameProps(now.properties, entry.props) : !sameValue(now.properties[entry.property], entry.new)) {
      throw conflict(`The ${tieName(entry.tie)} was changed since; nothing was undone`);
    }
    return;
  }
  const node = (await nodesById(db, [entry.id])).get(entry.id);
  if (!node) throw conflict(`${JSON.stringify(entry.id)} was removed since; nothing was undone`);
  if (entry.kind === 'node-field' && !sameValue(node.properties[entry.property], entry.new)) {
    throw conflict(`${entry.property} of ${JSON.stringify(entry.id)} was changed since; nothing was undone`);
  }
  if (entry.kind === 'node-roles' && !sameValue(node.labels.filter(isRoleLabel).sort(), entry.new)) {
    throw conflict(`The roles of ${JSON.stringify(entry.id)} were changed since; nothing was undone`);
  }
}

async function revert(db: Db, entries: ChangeEntry[], changes: ChangeEntry[]): Promise<void> {
  // A node's fields and roles go back in one write.
  const nodes = new Map<string, { label: NodeLabel; input: Record<string, unknown> }>();
  for (const e of entries) {
    if (e.kind !== 'node-field' && e.kind !== 'node-roles') continue;
    const n = nodes.get(e.id) ?? { label: e.label, input: { id: e.id } };
    if (e.kind === 'node-field') n.input[e.property] = e.old ?? null;
    else n.input.roles = e.old;
    nodes.set(e.id, n);
  }
  for (const { label, input } of nodes.values()) await upsertNode(db, label, input, changes);
  for (const e of [...entries].reverse()) {
    if (e.kind === 'tie-created') await unlink(db, e.tie, changes);
    else if (e.kind === 'tie-field') await link(db, { ...e.tie, properties: { [e.property]: e.old ?? null } }, changes);
    else if (e.kind === 'tie-removed') await link(db, { ...e.tie, properties: e.old }, changes);
  }
  for (const e of entries) if (e.kind === 'node-created') {
    const [gone] = await db.write<{ id: string }>('undoDeleteNode', { id: e.id });
    if (!gone) throw conflict(`${JSON.stringify(e.id)} has ties now; remove them before undoing its creation`);
    invalidateBrokers();
  }
}

export async function undoLastChange(db: Db, actor: string, changes: ChangeEntry[]): Promise<UndoResult> {
  const [event] = await db.read<{ id: string; operation: string; replaced: string; at: string }>('undoCandidate', { actor });
  if (!event) {
    throw new GraphQLError('There is nothing to undo: you have made no change through the API that is not undone yet', {
      extensions: { code: 'BAD_USER_INPUT', argument: 'undoLastChange' },
    });
  }
  const entries = JSON.parse(event.replaced) as ChangeEntry[];
  for (const entry of entries) await check(db, entry);
  const [claimed] = await db.write<{ id: string }>('undoClaim', { id: event.id, by: actor });
  if (!claimed) throw conflict('That change is being undone by another request');
  try {
    await revert(db, entries, changes);
  } catch (e) {
    if (changes.length === 0) await db.write('undoRelease', { id: event.id });
    throw e;
  }
  const subjects = [...new Set(entries.flatMap((e) => ('tie' in e ? [e.tie.from, e.tie.to] : [e.id])))];
  return { eventId: event.id, operation: event.operation, at: event.at, subjects };
}
