// Stored nodes an import touches: the check compares each merged node with what the store holds under its id
// (empty properties to fill, values that differ), in chunks; with the update policy the replaced values are kept
// whole and recorded in audit events before anything is written.
import { recordAudit } from '../../server/auth/audit.js';
import type { Db } from '../../server/db.js';
import { searchFields } from '../../server/model/search-text.js';
import { LOOKUP_CHUNK } from './ids.js';
import type { ChangeSummary, PropertyChange, StoreReads } from './importer.js';
import type { NodeDraft } from './drafts.js';

/** Changes to stored nodes and ties kept for the report's table (all of them are counted). */
export const KEPT_CHANGES = 1_000;

/**
 * Where a node or tie came from (the mapping's `source`). Another source naming the same node is not a conflict in
 * its data: without --update the stored source is kept silently, so the differences a re-import lists are the data
 * that disagrees (an organisation's activity type, a name), not every node a second dataset names again. With
 * --update it is replaced and audited like any other value.
 */
export const PROVENANCE = 'source';
/** Replaced values per audit event (each event stays a modest node). */
const REPLACED_PER_AUDIT_EVENT = 500;

/** A value the update policy replaces: a node's (id) or a tie's (id `start -TYPE-> end`, with its type and ends). */
export interface ReplacedValue {
  id: string;
  property: string;
  old: unknown;
  new: unknown;
  type?: string;
  start?: string;
  end?: string;
}

export class StoredNodes {
  /** Merged nodes waiting to be compared with the store (in chunks, like endpoint lookups). */
  private pending: Array<{ n: NodeDraft; file: string; line: number }> = [];
  /** Stored nodes this import touches (counted once each; the fill policy applies to them). */
  readonly seen = new Set<string>();
  /** Replaced values (update policy), kept whole for the audit record; stored-ties.ts adds the ties' ones. */
  readonly replaced: ReplacedValue[] = [];
  /** Stored nodes that get a name filled in: their search fields follow the names they will have. */
  readonly nameFixes = new Map<string, { pinyin: string; aliasText: string }>();

  constructor(
    private readonly reads: StoreReads | null,
    private readonly changes: ChangeSummary,
    private readonly update: boolean,
  ) {}

  /** Queues a merged node of the import for comparison (only when the store is read). */
  add(n: NodeDraft, file: string, line: number): void {
    if (this.reads) this.pending.push({ n, file, line });
  }

  get waiting(): number {
    return this.pending.length;
  }

  /**
   * Compares the pending merged nodes with what the store holds under their ids: empty properties to fill, values
   * that differ (kept by default, replaced and remembered for the audit record with `update`).
   */
  async settle(): Promise<void> {
    if (!this.reads || !this.pending.length) return;
    const pending = this.pending;
    this.pending = [];
    const ids = [...new Set(pending.map((p) => p.n.id))];
    const stored = new Map<string, Record<string, unknown>>();
    for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
      for (const r of await this.reads.props(ids.slice(i, i + LOOKUP_CHUNK))) stored.set(r.id, r.props);
    }
    const changes = this.changes;
    const update = this.update;
    for (const { n, file, line } of pending) {
      const old = stored.get(n.id);
      if (!old) continue;
      if (this.seen.has(n.id)) continue;
      this.seen.add(n.id);
      changes.existingNodes++;
      const wanted = wantedProps(n);
      let namesFilled = false;
      const note = (c: PropertyChange) => {
        if (changes.table.length < KEPT_CHANGES) changes.table.push(c);
      };
      for (const [property, value] of Object.entries(wanted.props)) {
        const before = old[property];
        const kind = changeKind(property, before, value, update);
        if (kind === 'fill') {
          changes.filled++;
          if (NAME_PROPS.has(property)) namesFilled = true;
        } else if (kind) {
          changes.differing++;
          if (kind === 'replace') {
            changes.replaced++;
            this.replaced.push({ id: n.id, property, old: before, new: value });
          }
        }
        if (kind) note({ id: n.id, property, old: before ?? null, new: value, kind, file, line });
      }
      for (const [property, value] of Object.entries(wanted.fill)) {
        if ((old[property] === null || old[property] === undefined) && wanted.props[property] === undefined) {
          changes.filled++;
          if (NAME_PROPS.has(property)) namesFilled = true;
          note({ id: n.id, property, old: null, new: value, kind: 'fill', file, line });
        }
      }
      if (!update && namesFilled) {
        const pick = (k: string) => old[k] ?? wanted.props[k] ?? wanted.fill[k];
        this.nameFixes.set(n.id, searchFields({ name: pick('name'), nameZh: pick('nameZh'), nameEn: pick('nameEn'), aliases: pick('aliases') }));
      }
    }
  }

  /**
   * Audit events holding every value the update policy will replace (id, property, old, new), in chunks; their
   * status is "started" until the write ends. The old values are what the store held at the check.
   */
  async recordReplaced(db: Db, who: { actor: string | undefined; dir: string }): Promise<string[]> {
    if (!this.replaced.length) return [];
    const ids: string[] = [];
    for (let i = 0; i < this.replaced.length; i += REPLACED_PER_AUDIT_EVENT) {
      const chunk = this.replaced.slice(i, i + REPLACED_PER_AUDIT_EVENT);
      ids.push(
        await recordAudit(db, {
          actor: who.actor ?? 'import',
          role: 'admin',
          action: 'import',
          operation: `import --update ${who.dir}`.slice(0, 200),
          fields: [...new Set(chunk.map((c) => c.property))],
          subjects: [...new Set(chunk.flatMap((c) => (c.start !== undefined ? [c.start, c.end!] : [c.id])))],
          replaced: JSON.stringify(chunk),
          status: 'started',
        }),
      );
    }
    return ids;
  }
}

const NAME_PROPS = new Set(['name', 'nameZh', 'nameEn', 'aliases']);

/** What writing a node draft sets (its values and the name it falls back to) and what it only fills. */
function wantedProps(n: NodeDraft): { props: Record<string, unknown>; fill: Record<string, unknown> } {
  const row = n.props;
  const props: Record<string, unknown> = { ...row };
  const named = row.name !== undefined || row.nameZh !== undefined || row.nameEn !== undefined || row.aliases !== undefined;
  const fillNamed = n.createProps.name !== undefined || n.createProps.nameZh !== undefined;
  // As writer.nodeRow: without a name the node is named by its Chinese or English name, else its id.
  if (props.name === undefined && (named || !fillNamed)) props.name = row.nameZh ?? row.nameEn ?? n.id;
  return { props, fill: n.createProps };
}

/**
 * What a file's value does to a stored property under the import's policy: fill an empty one, differ from it (kept),
 * replace it (--update), or nothing (equal, or a differing source kept silently). Nodes and ties share it.
 */
export function changeKind(property: string, before: unknown, value: unknown, update: boolean): PropertyChange['kind'] | null {
  if (before === null || before === undefined) return 'fill';
  if (sameValue(before, value) || (!update && property === PROVENANCE)) return null;
  return update ? 'replace' : 'differs';
}

/** Whether a stored value and an imported one are the same (dates and date-times compared as instants). */
export function sameValue(stored: unknown, value: unknown): boolean {
  if (Array.isArray(stored) || Array.isArray(value)) return JSON.stringify(stored) === JSON.stringify(value);
  if (typeof stored === 'string' && typeof value === 'string') {
    if (stored === value) return true;
    if (/^\d{4}-\d{2}-\d{2}T/.test(stored) && /^\d{4}-\d{2}-\d{2}T/.test(value)) return Date.parse(stored) === Date.parse(value);
    return false;
  }
  return String(stored) === String(value);
}
