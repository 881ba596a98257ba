// Starts the measured server (server-child.ts) as a child process, under the same loader as the bench (tsx), waits
// for its {url, pid} line, samples its resident memory from /proc while it serves, and stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { childProcessEnv } from '../../server/config.js';
import { procMemory } from './memory.js';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'server-child.ts');

export interface ServerProcess {
  url: string;
  pid: number;
  /** Highest VmRSS sampled since start(), and the kernel's high-water mark, MiB. */
  memory(): { peakMiB: number; currentMiB: number; hwmMiB: number };
  close(): Promise<void>;
}

export async function startServerProcess(opts: {
  /** The server's settings, as it would read them from its environment. */
  settings: Record<string, string>;
  /** Where `node --cpu-prof` writes the server's profile; no profile when undefined. */
  cpuProfDir?: string;
  log: (s: string) => void;
}): Promise<ServerProcess> {
  const nodeArgs = [...process.execArgv, ...(opts.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${opts.cpuProfDir}`] : [])];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, CHILD, JSON.stringify(opts.settings)], {
    stdio: ['ignore', 'pipe', 'pipe'],
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
  return {
    url: ready.url,
    pid: ready.pid,
    memory: () => {
      sample();
      return { peakMiB, currentMiB, hwmMiB: procMemory(ready.pid)?.peakMiB ?? Number.NaN };
    },
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
