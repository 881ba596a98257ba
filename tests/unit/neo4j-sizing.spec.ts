// The sizing rule of docs/operations.md, checked on machines and stores of known sizes with the arithmetic done by
// hand here, and the exit report an operator reads after a crash.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSize, parseSize, planMemory, storeBytes } from '../../server/neo4j-sizing.js';
import { describeExit, exitCause } from '../../server/neo4j-process.js';

const MiB = 2 ** 20;
const GiB = 2 ** 30;

describe('planMemory', () => {
  it('takes 1/8 of memory for the heap, clamped to 512m..4g', () => {
    expect(planMemory({ totalMemoryBytes: 16 * GiB, storeBytes: 0 }).heap).toBe('2g');
    expect(planMemory({ totalMemoryBytes: 2 * GiB, storeBytes: 0 }).heap).toBe('512m'); // 256m, raised to 512m
    expect(planMemory({ totalMemoryBytes: 64 * GiB, storeBytes: 0 }).heap).toBe('4g'); // 8g, capped at 4g
    // 12 GiB / 8 = 1536 MiB, already a multiple of 64 MiB.
    expect(planMemory({ totalMemoryBytes: 12 * GiB, storeBytes: 0 }).heap).toBe('1536m');
  });

  it('sizes the page cache from the store with room to grow, between 256m and 1/4 of memory', () => {
    expect(planMemory({ totalMemoryBytes: 16 * GiB, storeBytes: 0 }).pageCache).toBe('256m');
    // 1000 MiB × 1.25 + 128 MiB = 1378 MiB, rounded up to 64 MiB: 1408 MiB.
    expect(planMemory({ totalMemoryBytes: 16 * GiB, storeBytes: 1000 * MiB }).pageCache).toBe('1408m');
    // 20 GiB of store on 16 GiB of memory: capped at 4 GiB.
    expect(planMemory({ totalMemoryBytes: 16 * GiB, storeBytes: 20 * GiB }).pageCache).toBe('4g');
  });

  it('derives the transaction limits from the heap and lets every set value win', () => {
    const plan = planMemory({ totalMemoryBytes: 16 * GiB, storeBytes: 0, heap: '1g', pageCache: '300m', txMemoryMax: '0' });
    expect(plan).toMatchObject({ heap: '1g', pageCache: '300m', txMemoryTotal: '716m', txMemoryMax: '0' }); // 0.7 × 1024 = 716.8
    expect(plan.reasons.join('; ')).toContain('heap 1g (TB_NEO4J_HEAP)');
    expect(plan.reasons.join('; ')).toContain('no limit per transaction (TB_NEO4J_TX_MEMORY_MAX)');
  });
});

describe('sizes', () => {
  it('parse and format the forms the JVM takes', () => {
    expect(parseSize('512m')).toBe(512 * MiB);
    expect(parseSize('2G')).toBe(2 * GiB);
    expect(parseSize('64k')).toBe(64 * 1024);
    expect(() => parseSize('2 gb')).toThrow(/not a size/);
    expect(formatSize(3 * GiB)).toBe('3g');
    expect(formatSize(1434 * MiB + 5)).toBe('1434m');
  });

  it('measures only the store files under data/databases', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talent-bridge-sizing-'));
    try {
      expect(storeBytes(dir)).toBe(0);
      fs.mkdirSync(path.join(dir, 'data', 'databases', 'neo4j'), { recursive: true });
      fs.mkdirSync(path.join(dir, 'data', 'transactions'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'data', 'databases', 'neo4j', 'a'), Buffer.alloc(1000));
      fs.writeFileSync(path.join(dir, 'data', 'databases', 'b'), Buffer.alloc(24));
      fs.writeFileSync(path.join(dir, 'data', 'transactions', 'log'), Buffer.alloc(5000));
      expect(storeBytes(dir)).toBe(1024);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('describeExit', () => {
  it('names the signal, the out-of-memory marker and the last lines', () => {
    expect(describeExit({ pid: 1, code: null, signal: 'SIGKILL', outOfMemory: false, askedToStop: false, lastLines: ['a', 'b'] })).toBe(
      'killed by SIGKILL (kill -9, or the kernel out-of-memory killer); last output: a | b',
    );
    const oom = describeExit({
      pid: 1,
      code: 3,
      signal: null,
      outOfMemory: true,
      askedToStop: false,
      lastLines: ['1', '2', '3', '4', '5', '6', 'Terminating due to java.lang.OutOfMemoryError: Java heap space'],
    });
    expect(oom).toMatch(/^exit code 3; OUT OF MEMORY/);
    expect(oom).toContain('last output: 2 | 3 | 4 | 5 | 6 | Terminating due to java.lang.OutOfMemoryError');
    expect(describeExit({ pid: 1, code: 1, signal: null, outOfMemory: false, askedToStop: false, lastLines: [] })).toBe('exit code 1; no output');
  });

  it('has a short form without the output, for /healthz', () => {
    expect(exitCause({ pid: 1, code: 3, signal: null, outOfMemory: true, askedToStop: false, lastLines: ['/tmp/store secret'] })).toBe(
      'exit code 3, out of memory',
    );
    expect(exitCause({ pid: 1, code: null, signal: 'SIGKILL', outOfMemory: false, askedToStop: false, lastLines: ['x'] })).toBe('killed by SIGKILL');
  });
});
