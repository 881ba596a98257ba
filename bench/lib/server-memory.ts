// What the measured server's resident memory is made of, as its own process reports it (process.memoryUsage):
// the V8 heap (total reserved and used), memory outside it held by JS objects (external, of which array buffers:
// sockets' and the driver's buffers), and the rest of RSS (code, stacks, the allocator's free pages). Shared by the
// server child, which samples it, and the bench, which reports it.

export interface MemoryParts {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  /** V8's own memory outside the heap (compiler zones and the like), from v8.getHeapStatistics(). */
  malloced: number;
}

export interface MemoryBreakdown {
  samples: number;
  /** The sample with the highest RSS, bytes. */
  atPeakRss: MemoryParts;
  /** Each part's own highest value over all samples, bytes. */
  max: MemoryParts;
}

export type ChildRequest = { kind: 'snapshot'; file: string } | { kind: 'memory' };
export type ChildReply = { kind: 'snapshot'; file: string; memory: MemoryParts } | { kind: 'memory'; breakdown: MemoryBreakdown };

const PARTS = ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers', 'malloced'] as const;

export function emptyBreakdown(): MemoryBreakdown {
  const zero = (): MemoryParts => ({ rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0, malloced: 0 });
  return { samples: 0, atPeakRss: zero(), max: zero() };
}

export function noteSample(b: MemoryBreakdown, m: MemoryParts): void {
  b.samples++;
  const parts = Object.fromEntries(PARTS.map((k) => [k, m[k]])) as unknown as MemoryParts;
  if (parts.rss >= b.atPeakRss.rss) b.atPeakRss = parts;
  for (const k of PARTS) b.max[k] = Math.max(b.max[k], parts[k]);
}

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** One line: RSS and its parts at the sample of highest RSS, then each part's own maximum. */
export function breakdownLine(b: MemoryBreakdown): string {
  const p = b.atPeakRss;
  const other = p.rss - p.heapTotal - p.external - p.malloced;
  return (
    `at the highest RSS (${mib(p.rss)} MiB): V8 heap ${mib(p.heapTotal)} MiB reserved, ${mib(p.heapUsed)} MiB in use; ` +
    `external ${mib(p.external)} MiB (array buffers ${mib(p.arrayBuffers)}); V8's own ${mib(p.malloced)} MiB; the rest (code, stacks, the allocator's kept pages) ${mib(other)} MiB. ` +
    `Highest of each over ${b.samples.toLocaleString('en-US')} samples: heap reserved ${mib(b.max.heapTotal)}, in use ${mib(b.max.heapUsed)}, ` +
    `external ${mib(b.max.external)} MiB`
  );
}
