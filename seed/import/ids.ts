// The ids an import knows: every node id of this import and of the store (as far as looked up) with its model
// label and an ordinal of first sight, and the relationship keys (type, start ordinal, end ordinal) a writer that
// cannot MERGE needs to find repeats.
import { NODE_LABELS, REL_TYPES } from '../../server/model/model.js';
import type { StoreLookup } from './importer.js';
import { ImportConfigError } from './mapping.js';

/** How many endpoint ids to look up in the store per query while checking. */
export const LOOKUP_CHUNK = 5_000;

export const labelIndex = new Map<string, number>(NODE_LABELS.map((l, i) => [l, i]));
export const relTypeIndex = new Map<string, number>(REL_TYPES.map((t, i) => [t, i]));

/**
 * Node ids of this import and of the store: an ordinal of first sight times 16 plus the model label's index + 1
 * (0: a store node without a model label).
 */
export class NodeIds {
  private readonly known = new Map<string, number>();
  private next = 0;

  has(id: string): boolean {
    return this.known.has(id);
  }

  /** The model label of a known id (undefined: unknown; -1: a store node without a model label). */
  labelOf(id: string): number | undefined {
    const v = this.known.get(id);
    return v === undefined ? undefined : (v % 16) - 1;
  }

  remember(id: string, label: number): void {
    this.known.set(id, this.next++ * 16 + label + 1);
  }

  /** A number per node id, 0..count-1, in order of first sight (for bit sets and keys). */
  ordinalOf(id: string): number {
    const v = this.known.get(id);
    if (v === undefined) throw new Error(`no ordinal for node '${id}'`);
    return Math.floor(v / 16);
  }

  get count(): number {
    return this.next;
  }

  /** Looks up in the store the ids not known yet, LOOKUP_CHUNK per query, and remembers those it holds. */
  async lookup(store: StoreLookup | null, ids: Iterable<string>): Promise<void> {
    if (!store) return;
    const list = [...ids].filter((id) => !this.known.has(id));
    for (let i = 0; i < list.length; i += LOOKUP_CHUNK) {
      const rows = await store(list.slice(i, i + LOOKUP_CHUNK));
      for (const r of rows) {
        const main = r.labels.find((l) => labelIndex.has(l));
        if (!this.known.has(r.id)) this.remember(r.id, main === undefined ? -1 : labelIndex.get(main)!);
      }
    }
  }
}

/**
 * Relationship keys (type, start ordinal, end ordinal) packed in 64 bits (type in the top 5, start in the next 27,
 * end in the low 32), gathered in a typed array and sorted once: finding the repeated ones among ten million costs
 * a sort, not a Set of ten million strings.
 */
export class RelKeys {
  private big = new BigUint64Array(1 << 16);
  private words = new Uint32Array(this.big.buffer);
  private n = 0;
  repeated: Set<bigint> | null = null;

  static key(type: number, start: number, end: number): bigint {
    return (BigInt((type << 27) | start) << 32n) | BigInt(end);
  }

  add(type: number, start: number, end: number): void {
    if (start >= 2 ** 27 || end >= 2 ** 32) throw new ImportConfigError('more than 134 million nodes: too many for the bulk import; use the transactional import');
    if (this.n === this.big.length) {
      const next = new BigUint64Array(this.big.length * 2);
      next.set(this.big);
      this.big = next;
      this.words = new Uint32Array(next.buffer);
    }
    // Little-endian words: the low word first (os.endianness() is checked where the keys are collected).
    this.words[2 * this.n] = end >>> 0;
    this.words[2 * this.n + 1] = ((type << 27) | start) >>> 0;
    this.n++;
  }

  /** Sorts the keys and keeps those that occur more than once; frees the array. */
  settle(): void {
    const keys = this.big.subarray(0, this.n).sort();
    const repeated = new Set<bigint>();
    for (let i = 1; i < keys.length; i++) if (keys[i] === keys[i - 1]) repeated.add(keys[i]!);
    this.repeated = repeated;
    this.big = new BigUint64Array(0);
    this.words = new Uint32Array(0);
  }
}
