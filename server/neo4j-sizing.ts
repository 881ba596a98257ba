// Chooses the embedded Neo4j's memory when the operator did not: the heap from the machine's memory, the page cache
// from the store's size (capped by the machine's memory), and the transaction memory limits from the heap, so that a
// greedy query fails with a typed error instead of exhausting the heap and ending the JVM. docs/operations.md states
// the same rule for operators; keep the two in step.
import fs from 'node:fs';
import path from 'node:path';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** Bytes of a size written as digits with an optional k, m or g (the form TB_NEO4J_HEAP takes). */
export function parseSize(text: string): number {
  const m = /^(\d+)([kmg]?)$/i.exec(text.trim());
  if (!m) throw new Error(`'${text}' is not a size such as 512m or 2g`);
  const unit = { '': 1, k: 1024, m: MiB, g: GiB }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(m[1]) * unit;
}

/** The shortest exact form the JVM and the launcher accept ("3g", "1434m"); sizes are whole MiB here. */
export function formatSize(bytes: number): string {
  const mib = Math.floor(bytes / MiB);
  return mib % 1024 === 0 ? `${mib / 1024}g` : `${mib}m`;
}

/** Size of the store files the page cache holds (data/databases under the data folder); 0 for a new store. */
export function storeBytes(dataDir: string): number {
  const walk = (dir: string): number => {
    let total = 0;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return 0; // no store yet, or a folder we cannot read: size as for an empty store
    }
    for (const entry of entries) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) total += walk(p);
      else if (entry.isFile()) {
        try {
          total += fs.statSync(p).size;
        } catch {
          // a file removed while we walk counts as nothing
        }
      }
    }
    return total;
  };
  return walk(path.join(dataDir, 'data', 'databases'));
}

export interface MemoryInput {
  totalMemoryBytes: number;
  storeBytes: number;
  /** Values the operator set; each one wins over the rule. */
  heap?: string;
  pageCache?: string;
  txMemoryTotal?: string;
  txMemoryMax?: string;
}

export interface MemoryPlan {
  heap: string;
  pageCache: string;
  /** db.memory.transaction.total.max: all transactions together ("0" = no limit). */
  txMemoryTotal: string;
  /** db.memory.transaction.max: one transaction ("0" = no limit). */
  txMemoryMax: string;
  /** Where each value came from, for the start-up line. */
  reasons: string[];
}

const clamp = (x: number, lo: number, hi: number) => Math.min(Math.max(x, lo), hi);
const floorTo = (x: number, step: number) => Math.floor(x / step) * step;
const ceilTo = (x: number, step: number) => Math.ceil(x / step) * step;

/** Transaction memory limits for a heap: 70% of it for all transactions, 50% for any one. */
export function transactionLimits(heap: string): { total: string; max: string } {
  const bytes = parseSize(heap);
  return { total: formatSize(floorTo(bytes * 0.7, MiB)), max: formatSize(floorTo(bytes * 0.5, MiB)) };
}

/**
 * The rule: heap = 1/8 of the machine's memory, between 512 MiB and 4 GiB; page cache = the store's size × 1.25 +
 * 128 MiB (room to grow), at least 256 MiB and at most 1/4 of the memory; transactions: see transactionLimits.
 * The JVM then takes at most about 3/8 of the machine, leaving the rest to this server, the OS and its file cache.
 */
export function planMemory(input: MemoryInput): MemoryPlan {
  const gib = (b: number) => `${(b / GiB).toFixed(1)} GiB`;
  const reasons: string[] = [];
  let heap = input.heap;
  if (heap) reasons.push(`heap ${heap} (TB_NEO4J_HEAP)`);
  else {
    heap = formatSize(clamp(floorTo(input.totalMemoryBytes / 8, 64 * MiB), 512 * MiB, 4 * GiB));
    reasons.push(`heap ${heap} (1/8 of ${gib(input.totalMemoryBytes)} memory, 512m..4g)`);
  }
  let pageCache = input.pageCache;
  if (pageCache) reasons.push(`page cache ${pageCache} (TB_NEO4J_PAGECACHE)`);
  else {
    const wanted = ceilTo(input.storeBytes * 1.25 + 128 * MiB, 64 * MiB);
    const cap = Math.max(256 * MiB, floorTo(input.totalMemoryBytes / 4, 64 * MiB));
    pageCache = formatSize(clamp(wanted, 256 * MiB, cap));
    reasons.push(`page cache ${pageCache} (store ${(input.storeBytes / MiB).toFixed(0)} MiB × 1.25 + 128m, 256m..1/4 of memory)`);
  }
  const derived = transactionLimits(heap);
  const txMemoryTotal = input.txMemoryTotal ?? derived.total;
  const txMemoryMax = input.txMemoryMax ?? derived.max;
  const show = (v: string) => (v === '0' ? 'no limit' : v);
  reasons.push(
    `transaction memory ${show(txMemoryTotal)} in total${input.txMemoryTotal ? ' (TB_NEO4J_TX_MEMORY_TOTAL)' : ' (70% of heap)'}, ` +
      `${show(txMemoryMax)} per transaction${input.txMemoryMax ? ' (TB_NEO4J_TX_MEMORY_MAX)' : ' (50% of heap)'}`,
  );
  return { heap, pageCache, txMemoryTotal, txMemoryMax, reasons };
}
