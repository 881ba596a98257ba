// The memory guard. On a small heap (512m) the embedded Neo4j gets transaction memory limits sized from it, so a
// query that collects a cartesian product far larger than the heap fails with RESOURCE_LIMIT naming the query, while
// the JVM stays up (same process, still answering) and the next query succeeds. The control shows the guard is what
// saves it: the same query on the same heap with the limits switched off ends the JVM with an out-of-memory exit,
// which the supervisor reports as such and restarts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { Db } from '../../server/db.js';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j, type EmbeddedOptions } from '../../server/neo4j-process.js';
import { transactionLimits } from '../../server/neo4j-sizing.js';

const HEAP = '512m';
// Test-only raw Cypher: about 36 million strings of 12+ characters, several GiB as Java objects, all held by collect.
const GREEDY = `UNWIND range(1, $n) AS a UNWIND range(1, $n) AS b
WITH 'pair ' + toString(a) + '-' + toString(b) AS label
RETURN size(collect(label)) AS pairs`;
const GREEDY_N = 6000;

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
}, 120_000);

async function start(extra: Partial<EmbeddedOptions>): Promise<{ neo4j: EmbeddedNeo4j; db: Db }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'talent-bridge-memory-'));
  const neo4j = await startEmbeddedNeo4j({ boltPort: await freePort(), dataDir, heap: HEAP, pageCache: '128m', ...extra });
  const db = Db.create({ uri: neo4j.uri, queryTimeoutMs: 120_000 });
  cleanups.push(async () => {
    await db.close();
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  return { neo4j, db };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(what: string, cond: () => boolean, ms = 240_000): Promise<void> {
  const until = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('transaction memory limits', () => {
  it('are half and 70% of the heap unless set', () => {
    // 512 MiB: 256 MiB per transaction, floor(0.7 * 512) = 358 MiB for all of them.
    expect(transactionLimits('512m')).toEqual({ total: '358m', max: '256m' });
    expect(transactionLimits('4g')).toEqual({ total: '2867m', max: '2g' });
  });

  it('stop a memory-hungry query with RESOURCE_LIMIT naming it; the JVM stays up and the next query succeeds', async () => {
    const { neo4j, db } = await start({});
    const pid = neo4j.pid;

    const error = await db.runText(GREEDY, { n: GREEDY_N }, 'READ', 'greedyCartesian').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GraphQLError);
    const gqlError = error as GraphQLError;
    expect(gqlError.extensions).toMatchObject({ code: 'RESOURCE_LIMIT', query: 'greedyCartesian' });
    expect(String(gqlError.extensions.limit)).toMatch(/^db\.memory\.transaction\.(total\.)?max$/);
    expect(gqlError.message).toContain('greedyCartesian');

    // Same JVM, still running and answering: a small product of the same shape is counted exactly.
    expect(neo4j.pid).toBe(pid);
    expect(alive(pid)).toBe(true);
    expect(neo4j.status().state).toBe('running');
    const n = 120;
    const [row] = await db.runText(GREEDY, { n }, 'READ', 'smallCartesian');
    expect(row?.pairs).toBe(n * n);
  }, 300_000);

  it('without them the same query ends the JVM with an out-of-memory exit, reported and restarted', async () => {
    const lines: string[] = [];
    const { neo4j, db } = await start({
      txMemoryTotal: '0',
      txMemoryMax: '0',
      supervise: { log: (line) => lines.push(line), maxFailures: 3 },
    });
    const pid = neo4j.pid;

    const error = await db.runText(GREEDY, { n: GREEDY_N }, 'READ', 'greedyCartesian').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect((error as GraphQLError).extensions?.code).not.toBe('RESOURCE_LIMIT');

    await waitFor('the exit report', () => lines.some((l) => l.includes('exited unexpectedly')));
    const exit = lines.find((l) => l.includes('exited unexpectedly'))!;
    expect(exit).toContain(`pid ${pid}`);
    expect(exit).toContain('exit code 3'); // -XX:+ExitOnOutOfMemoryError
    expect(exit).toContain('OUT OF MEMORY');
    expect(exit).toMatch(/last output: .*java\.lang\.OutOfMemoryError/);

    await waitFor('the restart', () => neo4j.status().state === 'running' && neo4j.pid !== pid);
    expect(alive(pid)).toBe(false);
    const [row] = await db.runText('RETURN 40 + 2 AS answer');
    expect(row?.answer).toBe(42);
    console.log(`memory guard control: ${lines.join(' / ')}`);
  }, 420_000);
});
