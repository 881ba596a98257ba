// Resident memory of a process from /proc (the server's own process is sampled with it while it serves, and the
// Neo4j JVM's high-water mark VmHWM read at the end), and the lifetime peak of the bench's own process.
import fs from 'node:fs';

/** Kernel-reported peak and current resident set of a process, in MiB; null where /proc is unavailable. */
export function procMemory(pid: number): { peakMiB: number; currentMiB: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(/\s(\d+) kB/.exec(status.split('\n').find((l) => l.startsWith(key)) ?? '')?.[1] ?? NaN);
    return { peakMiB: kb('VmHWM:') / 1024, currentMiB: kb('VmRSS:') / 1024 };
  } catch {
    return null;
  }
}

/** Lifetime peak RSS of this process (resourceUsage reports kilobytes). */
export function lifetimePeakMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}
