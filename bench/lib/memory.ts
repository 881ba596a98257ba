// Peak resident memory of the two processes that serve: this Node process (sampled while it serves, because its
// lifetime peak also covers generation and import) and the Neo4j JVM (the kernel's high-water mark VmHWM).
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

/** Samples this process's RSS every `everyMs` while running; `peakMiB` is the highest seen since start(). */
export class RssSampler {
  peakMiB = 0;
  heapPeakMiB = 0;
  private timer: NodeJS.Timeout | undefined;

  start(everyMs = 100): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  sample(): void {
    const m = process.memoryUsage();
    this.peakMiB = Math.max(this.peakMiB, m.rss / 2 ** 20);
    this.heapPeakMiB = Math.max(this.heapPeakMiB, m.heapUsed / 2 ** 20);
  }

  stop(): void {
    this.sample();
    if (this.timer) clearInterval(this.timer);
  }
}

/** Lifetime peak RSS of this process (resourceUsage reports kilobytes). */
export function lifetimePeakMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}
