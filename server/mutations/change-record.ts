// What a change replaced, noted by the graph mutations while they run and stored on the change's audit event
// (AuditEvent.replaced, JSON) by the audit plugin when the operation ends, so that undoLastChange can put it back.
// Node fields use the import's entry shape ({id, property, old, new}) with a `kind`; ties are named by type and ends.
import type { Context } from '../context.js';
import type { NodeLabel, RelType } from '../model/model.js';

export interface TieRef {
  type: RelType;
  from: string;
  to: string;
}

export type ChangeEntry =
  | { kind: 'node-field'; id: string; label: NodeLabel; property: string; old: unknown; new: unknown }
  | { kind: 'node-roles'; id: string; label: NodeLabel; old: string[]; new: string[] }
  | { kind: 'node-created'; id: string; label: NodeLabel }
  | { kind: 'tie-created'; tie: TieRef; props: Record<string, unknown> }
  | { kind: 'tie-field'; tie: TieRef; property: string; old: unknown; new: unknown }
  | { kind: 'tie-removed'; tie: TieRef; old: Record<string, unknown> };

const notes = new WeakMap<Request, ChangeEntry[]>();

/** The list the mutations of this request add their entries to. */
export function changesOf(ctx: Pick<Context, 'request'>): ChangeEntry[] {
  let list = notes.get(ctx.request);
  if (!list) notes.set(ctx.request, (list = []));
  return list;
}

/** The entries noted while this request ran, as JSON for the audit event; undefined when none were. */
export function takeChanges(request: Request): string | undefined {
  const list = notes.get(request);
  notes.delete(request);
  return list ? JSON.stringify(list) : undefined;
}

/** Stored values compared as the database gives them back (dates as text, numbers as numbers). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
