// The server's heap limit (server/heap.ts) is what `npm start` and `npm run serve` actually pass to Node, and Node
// takes it: a misspelt flag or a script edited on its own would silently bring back the default limit, under which
// the server's RSS grew to 750 MiB at 1M persons (bench/RESULTS.md).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.js';
import { SERVER_HEAP_MB, SERVER_NODE_FLAGS } from '../../server/heap.js';

const scripts = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('the server heap limit', () => {
  it.each([
    ['start', 'server/start.ts'],
    ['serve', 'server/index.ts'],
  ])('npm %s runs %s with the server flags', (script, entry) => {
    expect(scripts[script]).toBe(`node ${SERVER_NODE_FLAGS.join(' ')} --import tsx ${entry}`);
  });

  it('is the limit Node then runs with', () => {
    const limit = Number(execFileSync(process.execPath, [...SERVER_NODE_FLAGS, '-p', "require('node:v8').getHeapStatistics().heap_size_limit"], { encoding: 'utf8' }));
    // The limit covers the old space given here plus the young generation V8 adds to it.
    expect(limit / 2 ** 20).toBeGreaterThanOrEqual(SERVER_HEAP_MB);
    expect(limit / 2 ** 20).toBeLessThan(SERVER_HEAP_MB + 100);
    const unflagged = Number(execFileSync(process.execPath, ['-p', "require('node:v8').getHeapStatistics().heap_size_limit"], { encoding: 'utf8' }));
    expect(unflagged).not.toBe(limit);
  });
});
