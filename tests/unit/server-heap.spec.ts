// The server's Node flags (server/heap.ts) are what `npm start` and `npm run serve` actually pass to Node, and the
// lean flags operators are told to use (docs/operations.md) do set the limit they promise: a misspelt flag would
// silently leave Node's default, under which the server's RSS grew to 750 MiB at 1M persons (bench/RESULTS.md).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.js';
import { LEAN_SERVER_NODE_FLAGS, SERVER_NODE_FLAGS } from '../../server/heap.js';

const scripts = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const heapLimitMiB = (flags: readonly string[]) =>
  Number(execFileSync(process.execPath, [...flags, '-p', "require('node:v8').getHeapStatistics().heap_size_limit"], { encoding: 'utf8' })) / 2 ** 20;

describe('the server heap flags', () => {
  it.each([
    ['start', 'server/start.ts'],
    ['serve', 'server/index.ts'],
  ])('npm %s runs %s with the server flags', (script, entry) => {
    expect(scripts[script]).toBe(['node', ...SERVER_NODE_FLAGS, '--import', 'tsx', entry].join(' '));
  });

  it('the lean flags give Node the limit docs/operations.md promises', () => {
    const oldSpace = Number(/--max-old-space-size=(\d+)/.exec(LEAN_SERVER_NODE_FLAGS.join(' '))?.[1]);
    expect(oldSpace).toBe(256);
    const lean = heapLimitMiB(LEAN_SERVER_NODE_FLAGS);
    // The limit covers the old generation given here plus the young generation V8 adds to it (3 × 16 MiB).
    expect(lean).toBeGreaterThanOrEqual(oldSpace);
    expect(lean).toBeLessThanOrEqual(oldSpace + 3 * 16 + 1);
    expect(heapLimitMiB([])).toBeGreaterThan(lean);
  });
});
