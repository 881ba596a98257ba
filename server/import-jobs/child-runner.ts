// Runs a TypeScript program of this project (an importer program under seed/import, spawned by path so that the API
// process loads no importer code) as a child Node process that answers in JSON lines on stdout, one object a line.
// It is the one place that knows how such a child is started (tsx loader, the project root as cwd, this process's
// environment with overrides) and how it may end: each way a child can go wrong (it cannot start, writes a line that
// is not a JSON object or one too long to hold, outlives its time, dies of a signal or exits non-zero) ends the run
// with a sentence naming the program and what happened, and never throws into the API process. A child the API
// process would leave behind is stopped: on a protocol error or a timeout (SIGTERM, then SIGKILL when it ignores
// that), and with SIGTERM when the API process exits (an importer stops after the batch in flight on SIGTERM).
import { spawn } from 'node:child_process';
import { childProcessEnv, PROJECT_ROOT } from '../config.js';

export interface ChildProgram {
  /** The program as messages name it: "the importer". */
  name: string;
  /** The .ts file, run through the tsx loader. */
  script: string;
  args: string[];
  /** Variables set on top of this process's environment. */
  env?: Record<string, string | undefined>;
  /** Each JSON object the child writes, in order. Not called after the run has failed. */
  onMessage: (message: Record<string, unknown>) => void;
  /** The longest stdout line taken (bytes, newline excluded); a longer one fails the run. */
  maxLineBytes: number;
  /** When the child must be done; none: it may run as long as it takes. */
  timeoutMs?: number;
  /** How long a stopped child gets between SIGTERM and SIGKILL. */
  killGraceMs?: number;
}

/** How a child ended. */
export interface ChildEnd {
  /** Exited with code 0 in time, every line a JSON object. */
  ok: boolean;
  timedOut: boolean;
  /** The ending as a sentence naming the program (with what its stderr said last, when it failed). */
  account: string;
}

const DEFAULT_KILL_GRACE_MS = 5_000;
/** Stderr kept for the account of a failure: its end, where a stack trace or the last complaint is. */
const STDERR_KEPT_CHARS = 8_000;
/** A line quoted in an error: enough to recognise it. */
const QUOTED_CHARS = 120;
/** After the exit, how long pipes a grandchild may hold open are waited for before they are closed. */
const PIPE_DRAIN_MS = 1_000;

const size = (bytes: number) => (bytes % 2 ** 20 === 0 ? `${bytes / 2 ** 20} MiB` : `${bytes} bytes`);

/**
 * Cuts stdout into lines at the newline byte (never inside a UTF-8 character), bounded while they arrive: a child
 * that writes without end costs at most maxBytes here. push() answers false, and holds nothing, once a line is too
 * long; end() hands over a last line that has no newline.
 */
function lineSplitter(maxBytes: number, take: (line: Buffer) => void) {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = (part: Buffer) => {
    const line = pending.length ? Buffer.concat([...pending, part]) : part;
    pending = [];
    pendingBytes = 0;
    take(line);
  };
  return {
    push(chunk: Buffer): boolean {
      for (let start = 0; ; ) {
        const nl = chunk.indexOf(10, start);
        const end = nl === -1 ? chunk.length : nl;
        if (pendingBytes + end - start > maxBytes) {
          pending = [];
          pendingBytes = 0;
          return false;
        }
        if (nl === -1) {
          if (end > start) pending.push(chunk.subarray(start));
          pendingBytes += end - start;
          return true;
        }
        flush(chunk.subarray(start, nl));
        start = nl + 1;
      }
    },
    end(): void {
      if (pending.length) flush(Buffer.alloc(0));
    },
  };
}

/**
 * What a child's stderr says last, in one line: for a crash, the line naming the error (Node prints it above the
 * stack, and its version below, so the last lines alone say nothing); else its last three lines.
 */
function lastWords(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('at ') && !/^Node\.js v\d+\.\d+\.\d+$/.test(l));
  return lines.findLast((l) => /^\w*Error\b[^:]*: /.test(l)) ?? lines.slice(-3).join(' ');
}

/** Runs the program to its end; the promise never rejects: how the child ended is in what it settles with. */
export function runChildProgram(program: ChildProgram): Promise<ChildEnd> {
  const { name, maxLineBytes } = program;
  const child = spawn(process.execPath, ['--import', 'tsx', program.script, ...program.args], {
    cwd: PROJECT_ROOT,
    env: childProcessEnv(program.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let failure: string | null = null;
  let timedOut = false;
  let stderr = '';
  let killTimer: NodeJS.Timeout | undefined;
  let settle!: (end: ChildEnd) => void;
  const ended = new Promise<ChildEnd>((resolve) => (settle = resolve));

  const alive = () => child.exitCode === null && child.signalCode === null;
  const stop = () => {
    if (!alive() || killTimer) return;
    child.kill('SIGTERM');
    killTimer = setTimeout(() => alive() && child.kill('SIGKILL'), program.killGraceMs ?? DEFAULT_KILL_GRACE_MS);
  };
  /** The first failure is the one told; the child is stopped, its later lines are not read. */
  const fail = (why: string) => {
    failure ??= why;
    stop();
  };
  // Only SIGTERM is possible while the process exits (no timer runs after it): the importer's own clean stop.
  const stopOnExit = () => alive() && child.kill('SIGTERM');
  process.once('exit', stopOnExit);
  const timer = program.timeoutMs === undefined ? undefined : setTimeout(() => {
    timedOut = true;
    fail(`${name} took longer than ${program.timeoutMs! / 1000} s and was stopped`);
  }, program.timeoutMs);

  const takeLine = (bytes: Buffer) => {
    if (failure !== null) return;
    const line = bytes.toString('utf8').trim();
    if (!line) return;
    let message: unknown;
    try {
      message = JSON.parse(line);
    } catch {
      message = undefined;
    }
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      const quoted = line.length > QUOTED_CHARS ? `${line.slice(0, QUOTED_CHARS)}...` : line;
      fail(`${name} wrote a line that is not a JSON object on its output, so it was stopped: ${JSON.stringify(quoted)}`);
      return;
    }
    try {
      program.onMessage(message as Record<string, unknown>);
    } catch (e) {
      fail(`${name}'s message could not be taken: ${(e as Error).message}`);
    }
  };
  const lines = lineSplitter(maxLineBytes, takeLine);
  child.stdout.on('data', (chunk: Buffer) => {
    if (failure === null && !lines.push(chunk)) fail(`${name} wrote a line longer than ${size(maxLineBytes)} on its output, so it was stopped`);
  });
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString('utf8')).slice(-STDERR_KEPT_CHARS)));
  // A pipe that breaks is told by the exit; unheard, its 'error' would be thrown in the API process.
  child.stdout.on('error', () => {});
  child.stderr.on('error', () => {});

  let done = false;
  const finish = (code: number | null, signal: NodeJS.Signals | null, startError?: Error) => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    clearTimeout(killTimer);
    process.removeListener('exit', stopOnExit);
    lines.end();
    const last = lastWords(stderr);
    const said = last ? `: ${last}` : '';
    let account: string;
    if (startError) account = `${name} could not be started: ${startError.message}`;
    else if (failure !== null) account = failure;
    else if (signal) account = `${name} was killed by signal ${signal}${said}`;
    else if (code !== 0) account = `${name} stopped (exit code ${code ?? 'none'})${said}`;
    else account = `${name} exited normally`;
    settle({ ok: !startError && failure === null && !signal && code === 0, timedOut, account });
  };
  child.on('error', (e) => {
    // Only a child that never started is over here; other errors (a failed kill) leave it running.
    if (child.pid === undefined) finish(null, null, e);
  });
  child.on('close', (code, signal) => finish(code, signal));
  child.on('exit', () => {
    // 'close' waits for the pipes too, which a grandchild that inherited them could hold open for ever.
    setTimeout(() => {
      child.stdout.destroy();
      child.stderr.destroy();
      finish(child.exitCode, child.signalCode);
    }, PIPE_DRAIN_MS).unref();
  });
  return ended;
}
