// Starts and stops the embedded Neo4j (the Maven module in neo4j/) as a child process. Builds the launcher when it
// is missing, waits for its ready line rather than sleeping, and keeps the child's stdin open so that the JVM exits
// by itself if this process dies without cleaning up.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from './config.js';

export const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j');
export const LAUNCHER_JAR = path.join(LAUNCHER_DIR, 'target', 'talent-bridge-neo4j.jar');
const READY_PREFIX = 'TALENT_BRIDGE_NEO4J_READY ';

export interface EmbeddedOptions {
  boltPort: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  /** Where to send the JVM's own log lines; silent by default. */
  log?: (line: string) => void;
  readyTimeoutMs?: number;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
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

/** A port the OS says is free right now. */
export function freePort(): Promise<number> {
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

export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? (() => {});
  ensureLauncherBuilt(log);
  if (!(await portIsFree(options.boltPort))) {
    throw new Error(
      `port ${options.boltPort} on 127.0.0.1 is already in use (another Neo4j?); set NEO4J_BOLT_PORT to another port, or NEO4J_URI to use that server`,
    );
  }
  fs.mkdirSync(options.dataDir, { recursive: true });
  const classpath = [LAUNCHER_JAR, path.join(LAUNCHER_DIR, 'target', 'lib', '*')].join(path.delimiter);
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
    { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, TB_NEO4J_PAGECACHE: options.pageCache } },
  );

  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const tail: string[] = [];
  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`embedded Neo4j did not become ready within ${(options.readyTimeoutMs ?? 120_000) / 1000}s:\n${tail.join('\n')}`));
    }, options.readyTimeoutMs ?? 120_000);
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let i: number;
      while ((i = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, i).trimEnd();
        buffer = buffer.slice(i + 1);
        tail.push(line);
        if (tail.length > 30) tail.shift();
        log(line);
        if (line.startsWith(READY_PREFIX)) {
          clearTimeout(timer);
          resolve(line.slice(READY_PREFIX.length).trim());
        }
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`cannot start java for the embedded Neo4j: ${e.message} (is Java 17+ on PATH?)`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`embedded Neo4j exited with code ${code} before it was ready:\n${tail.join('\n')}`));
    });
  });

  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid: child.pid!,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
        await exited;
        clearTimeout(killer);
      })();
      return stopping;
    },
  };
}
