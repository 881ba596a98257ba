// A stand-in for bench/run.ts in tests/unit/bench-cleanup.spec.ts: a main run under the bench's cleanup registry
// that makes a temporary folder and starts two child processes it keeps no handle to (as the bench holds none to the
// bulk importer's JVM), one of which ignores SIGTERM. `fixture MODE DIR`: MODE wait (until a signal), throw, or done.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { CleanupRegistry, removeFolder, runWithCleanup, stopChildren } from '../../bench/lib/cleanup.js';

const [mode, dir] = process.argv.slice(2);
const registry = new CleanupRegistry();

/** Starts a child that prints `up` once its own SIGTERM handling is in place. */
function child(code: string): Promise<number> {
  const c = spawn(process.execPath, ['-e', `${code}; setInterval(() => {}, 1000); console.log('up')`], { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve) => c.stdout!.once('data', () => resolve(c.pid!)));
}

void runWithCleanup(
  registry,
  async () => {
    fs.mkdirSync(dir!, { recursive: true });
    registry.add('folder', () => removeFolder(dir!));
    registry.add('children', async () => void (await stopChildren({ graceMs: 1_000 })));
    const pids = [await child("process.on('SIGTERM', () => {})"), await child('')];
    fs.writeFileSync(`${dir}/marker`, 'written by the fixture');
    console.log(JSON.stringify({ pids, self: process.pid }));
    if (mode === 'throw') throw new Error('a step failed');
    if (mode === 'wait') await new Promise(() => {});
  },
  { log: (line) => console.error(`fixture: ${line}`) },
);
