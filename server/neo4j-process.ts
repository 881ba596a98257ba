// Starts and stops the embedded Neo4j (the Maven module in neo4j/) as a child process. Builds the launcher when it
// is missing, waits for its ready line rather than sleeping, and keeps the child's stdin open so that the JVM exits
// by itself if this process dies without cleaning up. Supervised (`npm start`), it restarts a JVM that exits without
// being asked to, on the same store, with exponential backoff, and gives up after too many failures in a window:
// one crash (an out-of-memory exit, kill -9) must not mean an outage until a person notices.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { childProcessEnv, PROJECT_ROOT } from './config.js';
import { transactionLimits } from './neo4j-sizing.js';

export const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j');
export const LAUNCHER_JAR = path.join(LAUNCHER_DIR, 'target', 'talent-bridge-neo4j.jar');
const READY_PREFIX = 'TALENT_BRIDGE_NEO4J_READY ';

export interface EmbeddedOptions {
  boltPort: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  /** db.memory.transaction.total.max and db.memory.transaction.max ("0" = no limit); default from the heap. */
  txMemoryTotal?: string;
  txMemoryMax?: string;
  /** Where to send the JVM's own log lines; silent by default. */
  log?: (line: string) => void;
  readyTimeoutMs?: number;
  /** Restart the JVM when it exits unasked. Unset: an exit is final (a test's or a benchmark's own Neo4j). */
  supervise?: SupervisionOptions;
}

export interface SupervisionOptions {
  /** Lines for the operator: every unexpected exit with its cause, every restart attempt, the give-up line. */
  log: (line: string) => void;
  /** Wait before restart attempt n is firstBackoffMs * 2^(failures in the window - 1), at most maxBackoffMs. */
  firstBackoffMs?: number;
  maxBackoffMs?: number;
  /** Give up at the maxFailures-th failure (exits and failed restarts) within failureWindowMs. */
  maxFailures?: number;
  failureWindowMs?: number;
  /** Runs once a restarted JVM is ready, before the database counts as back; a throw fails the attempt. */
  checkRecovered?: (attempt: number) => Promise<void>;
  /** Told once the database is back and checked (an audit record, say); a throw is only logged. */
  onRecovered?: (event: RecoveryEvent) => Promise<void> | void;
}

export interface RecoveryEvent {
  attempt: number;
  pid: number;
  downMs: number;
  /** The exit that started the outage, as describeExit words it. */
  cause: string;
}

/**
 * What /healthz and the query gate tell callers about the embedded database. `lastExit` and `reason` are short
 * (exit code or signal, out of memory or not): /healthz is public, and the JVM's own lines (paths, internals) go to
 * the log only.
 */
export type EmbeddedStatus =
  | { state: 'running'; pid: number; restarts: number }
  | { state: 'restarting'; attempt: number; since: string; lastExit: string }
  | { state: 'failed'; reason: string }
  | { state: 'stopped' };

export interface EmbeddedNeo4j {
  uri: string;
  /** The JVM's current process id (it changes with every restart). */
  readonly pid: number;
  status(): EmbeddedStatus;
  /** From now on an exit is expected: call it first thing on SIGINT/SIGTERM, before anything can race a restart. */
  endSupervision(): void;
  stop(): Promise<void>;
}

export interface ExitReport {
  pid: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The JVM said java.lang.OutOfMemoryError (with -XX:+ExitOnOutOfMemoryError it then exits with code 3). */
  outOfMemory: boolean;
  /** The launcher's shutdown hook ran, i.e. the JVM was asked to stop (SIGTERM, SIGINT, stdin closed). */
  askedToStop: boolean;
  lastLines: string[];
}

/** How a JVM ended, without its output: "killed by SIGKILL", "exit code 3, out of memory". */
export function exitCause(r: ExitReport): string {
  return `${r.signal !== null ? `killed by ${r.signal}` : `exit code ${r.code}`}${r.outOfMemory ? ', out of memory' : ''}`;
}

/** One line naming why a JVM ended: code or signal, the out-of-memory marker, and its last output lines. */
export function describeExit(r: ExitReport): string {
  const how =
    r.signal !== null
      ? `killed by ${r.signal}${r.signal === 'SIGKILL' ? ' (kill -9, or the kernel out-of-memory killer)' : ''}`
      : `exit code ${r.code}`;
  const oom = r.outOfMemory ? '; OUT OF MEMORY (java.lang.OutOfMemoryError: raise TB_NEO4J_HEAP or lower the transaction memory limits)' : '';
  const last = r.lastLines.slice(-6).map((l) => l.trim()).filter(Boolean);
  return `${how}${oom}${last.length ? `; last output: ${last.join(' | ')}` : '; no output'}`;
}

/** Builds the launcher with Maven if its jar or copied dependencies are missing. */
export function ensureLauncherBuilt(log: (line: string) => void = () => {}): void {
  if (fs.existsSync(LAUNCHER_JAR) && fs.existsSync(path.join(LAUNCHER_DIR, 'target', 'lib'))) return;
  log('Building the embedded Neo4j launcher (mvn package, first run only)...');
  const result = spawnSync('mvn', ['-q', '-B', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'package', '-DskipTests'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.error) throw new Error(`cannot run Maven to build the Neo4j launcher: ${result.error.message} (is mvn on PATH?)`);
  if (result.status !== 0) throw new Error(`building the Neo4j launcher failed (mvn exited ${result.status})`);
}

export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/**
 * A port that is free right now. Below the kernel's ephemeral range when it is known: a port the OS hands out for
 * port 0 can be handed again to any outgoing connection (a driver's, another test's) in the seconds before a JVM
 * binds it, and then the JVM fails to start.
 */
export async function freePort(): Promise<number> {
  const low = ephemeralLow();
  if (low !== undefined && low > 11_000) {
    for (let i = 0; i < 50; i++) {
      const port = 10_000 + Math.floor(Math.random() * (low - 10_000));
      if (await portIsFree(port)) return port;
    }
  }
  return osFreePort();
}

function ephemeralLow(): number | undefined {
  try {
    const low = Number(fs.readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(low) ? low : undefined;
  } catch {
    return undefined; // not Linux: the OS's own choice
  }
}

function osFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A JVM that did not come up; `report` is set when it exited (rather than timed out or never started). */
class LaunchError extends Error {
  constructor(
    message: string,
    readonly report?: ExitReport,
  ) {
    super(message);
  }
}

interface Launched {
  uri: string;
  child: ChildProcess;
  /** Resolves once the JVM has exited and its output is drained. */
  exited: Promise<ExitReport>;
}

const OUT_OF_MEMORY = /java\.lang\.OutOfMemoryError/;
const SHUTDOWN_LINE = 'talent-bridge-neo4j: shutting down';
const TAIL_LINES = 30;

/** Spawns one JVM and waits for its ready line; rejects with the exit's cause if it ends first. */
function launch(options: EmbeddedOptions, onSpawn: (child: ChildProcess) => void): Promise<Launched> {
  const log = options.log ?? (() => {});
  const classpath = [LAUNCHER_JAR, path.join(LAUNCHER_DIR, 'target', 'lib', '*')].join(path.delimiter);
  const limits = transactionLimits(options.heap);
  const child: ChildProcess = spawn(
    'java',
    [
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-Dfile.encoding=UTF-8',
      '-cp',
      classpath,
      'org.talentbridge.neo4j.Launcher',
      '--port',
      String(options.boltPort),
      '--data',
      options.dataDir,
      '--exit-on-stdin-eof',
    ],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: childProcessEnv({
        TB_NEO4J_PAGECACHE: options.pageCache,
        TB_NEO4J_TX_MEMORY_TOTAL: options.txMemoryTotal ?? limits.total,
        TB_NEO4J_TX_MEMORY_MAX: options.txMemoryMax ?? limits.max,
      }),
    },
  );
  onSpawn(child);
  const tail: string[] = [];
  let outOfMemory = false;
  let askedToStop = false;
  let buffer = '';
  let onLine: (line: string) => void = () => {};
  const onData = (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let i: number;
    while ((i = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, i).trimEnd();
      buffer = buffer.slice(i + 1);
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      if (OUT_OF_MEMORY.test(line)) outOfMemory = true;
      if (line === SHUTDOWN_LINE) askedToStop = true;
      log(line);
      onLine(line);
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  // 'close' rather than 'exit': the last lines (the OOM message, a stack trace) may arrive after the exit itself.
  const exited = new Promise<ExitReport>((resolve) =>
    child.once('close', (code, signal) => {
      if (buffer.trim()) tail.push(buffer.trimEnd());
      resolve({ pid: child.pid ?? 0, code, signal, outOfMemory, askedToStop, lastLines: [...tail] });
    }),
  );
  const readyTimeoutMs = options.readyTimeoutMs ?? 120_000;
  return new Promise<Launched>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new LaunchError(`embedded Neo4j did not become ready within ${readyTimeoutMs / 1000}s:\n${tail.join('\n')}`));
    }, readyTimeoutMs);
    onLine = (line) => {
      if (!line.startsWith(READY_PREFIX)) return;
      clearTimeout(timer);
      resolve({ uri: line.slice(READY_PREFIX.length).trim(), child, exited });
    };
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(new LaunchError(`cannot start java for the embedded Neo4j: ${e.message} (is Java 17+ on PATH?)`));
    });
    void exited.then((report) => {
      clearTimeout(timer);
      reject(new LaunchError(`embedded Neo4j exited before it was ready: ${describeExit(report)}`, report));
    });
  });
}

/** SIGTERM (the launcher shuts the store down cleanly), SIGKILL after a minute; resolves once it is gone. */
async function stopChild(child: ChildProcess | undefined, exited: Promise<unknown> | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  await (exited ?? new Promise((r) => child.once('close', r)));
  clearTimeout(killer);
}

export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  ensureLauncherBuilt(options.log);
  if (!(await portIsFree(options.boltPort))) {
    throw new Error(
      `port ${options.boltPort} on 127.0.0.1 is already in use (another Neo4j?); set NEO4J_BOLT_PORT to another port, or NEO4J_URI to use that server`,
    );
  }
  fs.mkdirSync(options.dataDir, { recursive: true });

  let child: ChildProcess | undefined;
  let childExited: Promise<ExitReport> | undefined;
  const first = await launch(options, (c) => (child = c));
  childExited = first.exited;

  const sup = options.supervise;
  const firstBackoffMs = sup?.firstBackoffMs ?? 1_000;
  const maxBackoffMs = sup?.maxBackoffMs ?? 60_000;
  const maxFailures = sup?.maxFailures ?? 5;
  const failureWindowMs = sup?.failureWindowMs ?? 10 * 60_000;
  let supervising = sup !== undefined;
  let state: EmbeddedStatus = { state: 'running', pid: first.child.pid ?? 0, restarts: 0 };
  let restarts = 0;
  const failures: number[] = [];
  let wake: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' | ');

  /** Notes a failure; true when that makes maxFailures within the window. */
  const failed = (): boolean => {
    const now = Date.now();
    failures.push(now);
    while (failures.length && failures[0]! < now - failureWindowMs) failures.shift();
    return failures.length >= maxFailures;
  };

  const watch = (run: Launched) => {
    void run.exited.then(async (report) => {
      if (run.child !== child) return;
      if (!sup || !supervising) {
        state = { state: 'stopped' };
        return;
      }
      // Ctrl-C reaches the JVM and this process together; give our own signal handler a moment to claim the exit.
      if (report.askedToStop) await new Promise((r) => setTimeout(r, 500));
      if (!supervising) return;
      sup.log(`embedded Neo4j (pid ${report.pid}) exited unexpectedly: ${oneLine(describeExit(report))}`);
      await recover(sup, report);
    });
  };

  const recover = async (sup: SupervisionOptions, report: ExitReport) => {
    const downSince = Date.now();
    const cause = oneLine(describeExit(report));
    let lastCause = cause;
    let lastShort = exitCause(report);
    for (let attempt = 1; ; attempt++) {
      if (failed()) {
        state = { state: 'failed', reason: lastShort };
        sup.log(
          `gave up restarting the embedded Neo4j after ${failures.length} failures within ${Math.round(failureWindowMs / 1000)}s ` +
            `(last: ${lastCause}); the server stays up and answers UNAVAILABLE until it is restarted`,
        );
        return;
      }
      const delay = Math.min(firstBackoffMs * 2 ** (failures.length - 1), maxBackoffMs);
      state = { state: 'restarting', attempt, since: new Date(downSince).toISOString(), lastExit: lastShort };
      sup.log(`restarting the embedded Neo4j on the same store in ${(delay / 1000).toFixed(1)}s (attempt ${attempt})`);
      await pause(delay);
      if (!supervising) return;
      let run: Launched;
      try {
        run = await launch(options, (c) => {
          child = c;
          childExited = undefined;
        });
        childExited = run.exited;
      } catch (e) {
        if (!supervising) return;
        lastCause = oneLine((e as Error).message);
        const failedReport = e instanceof LaunchError ? e.report : undefined;
        lastShort = failedReport ? `${exitCause(failedReport)} before it was ready` : 'did not start';
        sup.log(`restart attempt ${attempt} failed: ${lastCause}`);
        continue;
      }
      try {
        if (supervising) await sup.checkRecovered?.(attempt);
      } catch (e) {
        lastCause = oneLine(`the restarted database failed its check: ${(e as Error).message}`);
        lastShort = 'failed its check after a restart';
        sup.log(`restart attempt ${attempt} failed: ${lastCause}`);
        await stopChild(run.child, run.exited);
        continue;
      }
      if (!supervising) return;
      restarts += 1;
      const pid = run.child.pid ?? 0;
      state = { state: 'running', pid, restarts };
      watch(run);
      const downMs = Date.now() - downSince;
      sup.log(`embedded Neo4j is back (pid ${pid}, attempt ${attempt}, down ${(downMs / 1000).toFixed(1)}s)`);
      try {
        await sup.onRecovered?.({ attempt, pid, downMs, cause });
      } catch (e) {
        sup.log(`after the restart: ${(e as Error).message}`);
      }
      return;
    }
  };

  watch(first);
  let stopping: Promise<void> | undefined;
  return {
    uri: first.uri,
    get pid() {
      return child?.pid ?? 0;
    },
    status: () => state,
    endSupervision() {
      supervising = false;
      wake?.();
    },
    stop() {
      stopping ??= (async () => {
        supervising = false;
        wake?.();
        await stopChild(child, childExited);
        state = { state: 'stopped' };
      })();
      return stopping;
    },
  };
}
