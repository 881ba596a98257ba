// Where the CPU went during a load: the Neo4j JVM's and the server's own CPU time (from /proc/PID/stat) against the
// whole machine's busy time (/proc/stat), so a throughput figure can be read against what each request costs. On two
// cores the machine cannot serve more than 2 / (CPU seconds per request) requests a second, whatever the code does.
import fs from 'node:fs';

/** Linux reports these times in clock ticks of 1/100 s (USER_HZ) on every platform Node runs on. */
const TICK = 0.01;

/** User + system CPU seconds a process has used; null where /proc is unavailable or it has exited. */
export function processCpuSeconds(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces, so split after its closing parenthesis).
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * TICK;
  } catch {
    return null;
  }
}

/** Busy CPU seconds of the whole machine (every state but idle and I/O wait), summed over its cores. */
export function machineBusySeconds(): number | null {
  try {
    const [, ...t] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = t as number[];
    void idle;
    void iowait;
    return (user! + nice! + system! + irq! + softirq! + steal!) * TICK;
  } catch {
    return null;
  }
}

export interface CpuSplit {
  /** Machine busy seconds during the load, summed over cores. */
  machine: number;
  neo4j: number | null;
  server: number | null;
  /** The machine's busy time not spent by Neo4j or the server: the load generator and anything else running. */
  other: number | null;
}

/** Starts counting; the returned function gives the CPU used since, by process. */
export function cpuMeter(pids: { neo4j?: number; server: number }): () => CpuSplit | null {
  const m0 = machineBusySeconds();
  const j0 = pids.neo4j ? processCpuSeconds(pids.neo4j) : null;
  const s0 = processCpuSeconds(pids.server);
  return () => {
    const m1 = machineBusySeconds();
    if (m0 === null || m1 === null) return null;
    const j1 = pids.neo4j ? processCpuSeconds(pids.neo4j) : null;
    const s1 = processCpuSeconds(pids.server);
    const neo4j = j0 !== null && j1 !== null ? j1 - j0 : null;
    const server = s0 !== null && s1 !== null ? s1 - s0 : null;
    return { machine: m1 - m0, neo4j, server, other: neo4j !== null && server !== null ? m1 - m0 - neo4j - server : null };
  };
}

/** One line: CPU seconds of each part, and per request. */
export function cpuLine(c: CpuSplit, requests: number): string {
  const per = (x: number | null) => (x === null || requests === 0 ? 'n/a' : `${((1000 * x) / requests).toFixed(1)} ms`);
  const s = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(1)} s`);
  return (
    `CPU during it: machine ${s(c.machine)} (${per(c.machine)} a request), Neo4j ${s(c.neo4j)} (${per(c.neo4j)}), ` +
    `server ${s(c.server)} (${per(c.server)}), load generator and the rest ${s(c.other)} (${per(c.other)})`
  );
}
