// Starts the measured server (server-child.ts) as a child process, under the same loader as the bench (tsx), waits
// for its {url, pid} line, samples its resident memory from /proc while it serves, and stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { childProcessEnv } from '../../server/config.js';
import { SERVER_NODE_FLAGS } from '../../server/heap.js';
import { procMemory } from './memory.js';
import type { ChildReply, ChildRequest, MemoryBreakdown, MemoryParts } from './server-memory.js';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'server-child.ts');

export interface ServerProcess {
  url: string;
  pid: number;
  /** Highest VmRSS sampled since start(), and the kernel's high-water mark, MiB. */
  memory(): { peakMiB: number; currentMiB: number; hwmMiB: number };
  /** What its RSS is made of, as the server itself samples it (bench/lib/server-memory.ts). */
  breakdown(): Promise<MemoryBreakdown>;
  /** Writes a heap snapshot of the server to `file`; resolves with its memory just before. */
  heapSnapshot(file: string): Promise<MemoryParts>;
  close(): Promise<void>;
}

export async function startServerProcess(opts: {
  /** The server's settings, as it would read them from its environment. */
  settings: Record<string, string>;
  /** Where `node --cpu-prof` writes the server's profile; no profile when undefined. */
  cpuProfDir?: string;
  log: (s: string) => void;
}): Promise<ServerProcess> {
  // The server runs with the flags the product starts it with (server/heap.ts), not the bench's own.
  const nodeArgs = [...process.execArgv, ...SERVER_NODE_FLAGS, ...(opts.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${opts.cpuProfDir}`] : [])];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, CHILD, JSON.stringify(opts.settings)], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: childProcessEnv(),
  });
  let err = '';
  child.stderr!.on('data', (c: Buffer) => {
    err = (err + c.toString()).slice(-4000);
  });
  const ready = await new Promise<{ url: string; pid: number }>((resolve, reject) => {
    let out = '';
    const onData = (c: Buffer) => {
      out += c.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (!line) return;
      child.stdout!.off('data', onData);
      resolve(JSON.parse(line) as { url: string; pid: number });
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server exited with ${code} before listening: ${err.trim().slice(-1000)}`)));
  });
  // Keep draining its output so a chatty server never blocks on a full pipe.
  child.stdout!.resume();
  let peakMiB = 0;
  let currentMiB = 0;
  const sample = () => {
    const m = procMemory(ready.pid);
    if (!m) return;
    currentMiB = m.currentMiB;
    peakMiB = Math.max(peakMiB, m.currentMiB);
  };
  sample();
  const timer = setInterval(sample, 100);
  timer.unref();
  opts.log(`server process ${ready.pid} listening on ${ready.url}${opts.cpuProfDir ? ` (CPU profile into ${opts.cpuProfDir})` : ''}`);
  let closing: Promise<void> | undefined;
  // One question at a time over the IPC channel: the reply of each kind answers the oldest waiting question.
  const ask = <K extends ChildReply['kind']>(req: ChildRequest & { kind: K }) =>
    new Promise<Extract<ChildReply, { kind: K }>>((resolve, reject) => {
      const onMessage = (m: ChildReply) => {
        if (m.kind !== req.kind) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(m as Extract<ChildReply, { kind: K }>);
      };
      const onExit = () => reject(new Error(`the server exited before answering '${req.kind}'`));
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send(req);
    });
  return {
    url: ready.url,
    pid: ready.pid,
    memory: () => {
      sample();
      return { peakMiB, currentMiB, hwmMiB: procMemory(ready.pid)?.peakMiB ?? Number.NaN };
    },
    breakdown: async () => (await ask({ kind: 'memory' })).breakdown,
    heapSnapshot: async (file) => (await ask({ kind: 'snapshot', file })).memory,
    close: () => {
      clearInterval(timer);
      closing ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        // A server that does not stop within 30 s is killed.
        setTimeout(() => child.kill('SIGKILL'), 30_000).unref();
      });
      return closing;
    },
  };
}
