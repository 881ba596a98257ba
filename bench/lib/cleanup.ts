// What the bench must undo however it ends (done, failed, or stopped by SIGINT/SIGTERM): stop the processes it
// started (its Neo4j, the bulk importer's JVM, the measured server, the load client) and remove its temporary
// folders. Steps are registered as the things they undo come into being and run once, newest first, so the server
// stops before the Neo4j it talks to and folders go only after every process that writes into them has ended.
// A process started deep inside a step (the bulk importer's JVM, a Neo4j started for the rows a bulk load left)
// has no handle here until that step returns, so a last sweep stops every child process that is still running.
import fs from 'node:fs';
import path from 'node:path';

type Step = { name: string; run: () => void | Promise<void> };

export class CleanupRegistry {
  private steps: Step[] = [];
  private running: Promise<string[]> | undefined;

  /** Registers a step; the function returned removes it (for a thing the normal path has already closed). */
  add(name: string, run: () => void | Promise<void>): () => void {
    const step = { name, run };
    this.steps.push(step);
    return () => {
      this.steps = this.steps.filter((s) => s !== step);
    };
  }

  /**
   * Runs every step once, the last registered first. A step that fails does not stop the others; the answer names
   * each failure. Called again (the signal handler and the main path's `finally` both call it), it answers the
   * same run.
   */
  run(): Promise<string[]> {
    this.running ??= (async () => {
      const failures: string[] = [];
      for (const step of [...this.steps].reverse()) {
        try {
          await step.run();
        } catch (e) {
          failures.push(`${step.name}: ${(e as Error).message}`);
        }
      }
      this.steps = [];
      return failures;
    })();
    return this.running;
  }
}

/** The parent of a process and its arguments, from /proc; undefined when it is gone or /proc is absent. */
function processInfo(pid: number): { ppid: number; argv: string[] } | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return { ppid, argv: fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean) };
  } catch {
    return undefined;
  }
}

/**
 * The processes this one was started through by `npm run` or `npx`: tsx, npm's `sh -c`, and npm itself (where the
 * walk stops). `kill <npm's pid>` reaches only npm and its shell, so tsx and this process would go on alone.
 */
export function launcherPids(pid: number = process.pid): number[] {
  const found: number[] = [];
  for (let p = processInfo(pid)?.ppid ?? 0; p > 1; ) {
    const info = processInfo(p);
    if (!info) break;
    const [arg0 = '', arg1 = ''] = info.argv;
    const npm = arg0 === 'npm' || arg0.startsWith('npm ') || /(npm|npx)-cli\.js$/.test(arg1);
    const tsx = path.basename(arg0) === 'tsx' || path.basename(arg1) === 'tsx';
    const shell = /^(\/\w+)*\/?(sh|dash|bash)$/.test(arg0) && arg1 === '-c';
    if (!npm && !tsx && !shell) break;
    found.push(p);
    if (npm) break;
    p = info.ppid;
  }
  return found;
}

/** Process ids whose parent is `pid`, read from /proc (Linux); none where /proc is absent. */
export function childPids(pid: number = process.pid): number[] {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return [];
  }
  // A process that ended while the folder was read has no info.
  return entries.filter((e) => /^\d+$/.test(e) && processInfo(Number(e))?.ppid === pid).map(Number);
}

/** Running (an ended process not yet reaped by its parent, a zombie, counts as ended). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !fs.readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
  } catch {
    return !fs.existsSync('/proc/self');
  }
}

/**
 * Sends SIGTERM to every child process of this one, waits up to `graceMs` for them to end (a Neo4j closes its store
 * on SIGTERM), then SIGKILLs those left. Answers the ids it stopped.
 */
export async function stopChildren(opts: { graceMs?: number; pid?: number } = {}): Promise<number[]> {
  const pids = childPids(opts.pid);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  await whileAlive(pids, opts.graceMs ?? 30_000);
  for (const pid of pids.filter(alive)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Ended between the check and the kill.
    }
  }
  // SIGKILL is delivered, not yet acted on, when kill() returns: the caller may remove what the process wrote to.
  await whileAlive(pids, 5_000);
  return pids;
}

async function whileAlive(pids: readonly number[], ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (pids.some(alive) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
}

/** Removes a folder and what it holds; absent is fine. */
export function removeFolder(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
export type StopSignal = keyof typeof SIGNAL_EXIT;

export interface Interruption {
  /** The first SIGINT or SIGTERM received, if any. */
  readonly signal: StopSignal | undefined;
  /** Removes the handlers (the run is over). */
  dispose(): void;
}

/**
 * On the first SIGINT or SIGTERM runs the registry and exits 130 or 143; a second signal exits at once (the
 * children get SIGKILL first, so none outlives the bench). `exit` is process.exit but for tests.
 */
export function exitOnSignals(
  registry: CleanupRegistry,
  opts: { log: (line: string) => void; exit?: (code: number) => void },
): Interruption {
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  const state: { signal: StopSignal | undefined } = { signal: undefined };
  const handler = (signal: StopSignal) => {
    if (state.signal) {
      for (const pid of childPids()) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      exit(SIGNAL_EXIT[signal]);
      return;
    }
    state.signal = signal;
    // Whoever read our output may be gone with the launcher (`npm run bench | tee`): a write to a closed pipe must
    // not end the process before its cleanup has run.
    for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
    opts.log(`${signal}: stopping the processes this run started and removing its temporary folders (again to stop at once)`);
    void registry.run().then((failures) => {
      for (const f of failures) opts.log(`cleanup: ${f}`);
      exit(SIGNAL_EXIT[signal]);
    });
  };
  const onInt = () => handler('SIGINT');
  const onTerm = () => handler('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  // `kill <npm's pid>` ends npm and its shell without a signal reaching this process: their going counts as SIGTERM.
  const launchers = launcherPids().map((pid) => ({ pid, ppid: processInfo(pid)?.ppid }));
  const watch = launchers.length
    ? setInterval(() => {
        if (!state.signal && launchers.some((l) => processInfo(l.pid)?.ppid !== l.ppid || !alive(l.pid))) {
          opts.log('the npm run that started this is gone');
          handler('SIGTERM');
        }
      }, 1_000)
    : undefined;
  watch?.unref();
  return {
    get signal() {
      return state.signal;
    },
    dispose: () => {
      clearInterval(watch);
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}

/**
 * Runs a program's main under the registry: SIGINT/SIGTERM run it and exit 130/143 (exitOnSignals); an exception
 * runs it and exits 1, or the signal's code when the exception came from being stopped; a normal end runs it too.
 */
export async function runWithCleanup(
  registry: CleanupRegistry,
  main: (stop: Interruption) => Promise<void>,
  opts: { log: (line: string) => void; exit?: (code: number) => void },
): Promise<void> {
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  const stop = exitOnSignals(registry, opts);
  let failed: unknown;
  try {
    await main(stop);
  } catch (e) {
    failed = e;
  }
  const failures = await registry.run();
  if (!stop.signal) for (const f of failures) opts.log(`cleanup: ${f}`);
  if (stop.signal) {
    // A step that failed because the signal stopped what it waited for is no error of its own.
    if (failed) opts.log(`stopped by ${stop.signal} (${String((failed as Error).message ?? failed).split('\n')[0]})`);
    exit(SIGNAL_EXIT[stop.signal]);
    return;
  }
  stop.dispose();
  if (failed) {
    opts.log((failed as Error).stack ?? String(failed));
    exit(1);
  }
}

