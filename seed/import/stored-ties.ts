// Stored ties an import touches, under the same policy as stored nodes (stored-nodes.ts): the check compares each
// tie of the import (start, type, end) with the tie the store already holds there, in chunks: empty properties to
// fill, values that differ (kept by default; with the update policy replaced, the old values going to the audit
// record first). The write then fills only the empty properties of the ties found here (importRelationships_*'s
// "fill only"), unless the update policy replaces them. A stored tie keeps the `source` it came from, silently
// unless --update replaces it (PROVENANCE, stored-nodes.ts).
import { LOOKUP_CHUNK } from './ids.js';
import type { ChangeSummary, StoreReads } from './importer.js';
import type { RelDraft } from './drafts.js';
import { changeKind, KEPT_CHANGES, type ReplacedValue } from './stored-nodes.js';

/** One key per tie (type, start id, end id), as the relationship writer's MERGE sees it. */
export function tieKey(t: { type: string; start: string; end: string }): string {
  return `${t.type}\u0000${t.start}\u0000${t.end}`;
}

/** How the report names a tie: `start -TYPE-> end`. */
export function tieName(t: { type: string; start: string; end: string }): string {
  return `${t.start} -${t.type}-> ${t.end}`;
}

interface PendingTie {
  rel: RelDraft;
  fi: number;
  file: string;
  line: number;
}

export class StoredTies {
  /** Checked ties waiting to be compared with the store. */
  private pending: PendingTie[] = [];
  /** Keys of the ties of this import that were in the store (counted once each; the fill policy applies to them). */
  readonly seen = new Set<string>();

  /**
   * `replaced`: where the update policy's replaced values go (the stored nodes' list, so that one audit record holds
   * both). `maybeStored`: false for a node id this import creates, whose ties cannot be in the store yet.
   */
  constructor(
    private readonly reads: StoreReads | null,
    private readonly changes: ChangeSummary,
    private readonly update: boolean,
    private readonly replaced: ReplacedValue[],
    private readonly maybeStored: (id: string) => boolean,
  ) {}

  /** Queues a checked tie for comparison (only when the store is read and both ends may hold it). */
  add(rel: RelDraft, at: { fi: number; file: string; line: number }): void {
    if (!this.reads || !this.maybeStored(rel.start) || !this.maybeStored(rel.end)) return;
    this.pending.push({ rel, ...at });
  }

  get waiting(): number {
    return this.pending.length;
  }

  /**
   * Compares the pending ties with the store. `isBad` leaves out ties of rows found bad (so call it when every
   * tie of the rows read so far has been checked); a tie repeated in the import is compared at its first good row.
   */
  async settle(isBad: (fi: number, line: number) => boolean): Promise<void> {
    if (!this.reads || !this.pending.length) return;
    const pending = this.pending.filter((p) => !isBad(p.fi, p.line));
    this.pending = [];
    const asked = new Map<string, [string, string, string]>();
    for (const { rel } of pending) {
      const key = tieKey(rel);
      if (!this.seen.has(key)) asked.set(key, [rel.type, rel.start, rel.end]);
    }
    const keys = [...asked.values()];
    const stored = new Map<string, Record<string, unknown>>();
    for (let i = 0; i < keys.length; i += LOOKUP_CHUNK) {
      for (const t of await this.reads.ties(keys.slice(i, i + LOOKUP_CHUNK))) {
        // Several stored ties of one type between two nodes: the first stands for them (the write sets them all).
        const key = tieKey(t);
        if (!stored.has(key)) stored.set(key, t.props);
      }
    }
    for (const p of pending) {
      const key = tieKey(p.rel);
      const old = stored.get(key);
      if (!old || this.seen.has(key)) continue;
      this.seen.add(key);
      this.changes.existingTies++;
      this.compare(p, old);
    }
  }

  /** The fill / differs / replace findings of one stored tie, counted and noted for the report's table. */
  private compare({ rel, file, line }: PendingTie, old: Record<string, unknown>): void {
    const changes = this.changes;
    const id = tieName(rel);
    for (const [property, value] of Object.entries(rel.props)) {
      // As writer.relRow: an empty value writes nothing, so it changes nothing.
      if (value === null || value === undefined || value === '') continue;
      const before = old[property];
      const kind = changeKind(property, before, value, this.update);
      if (!kind) continue;
      if (kind === 'fill') changes.filled++;
      else {
        changes.differing++;
        if (kind === 'replace') {
          changes.replaced++;
          this.replaced.push({ id, property, old: before, new: value, type: rel.type, start: rel.start, end: rel.end });
        }
      }
      if (changes.table.length < KEPT_CHANGES) changes.table.push({ id, property, old: before ?? null, new: value, kind, file, line });
    }
  }
}
