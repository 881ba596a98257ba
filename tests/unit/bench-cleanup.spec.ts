// The bench's cleanup (bench/lib/cleanup.ts): steps run once, newest first, past a failing one; and a program run
// under it (tests/support/bench-cleanup-fixture.ts, a stand-in for bench/run.ts) leaves no child process and no
// temporary folder behind when it is stopped by SIGINT or SIGTERM (exit 130 / 143), fails (1) or ends (0).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CleanupRegistry } from '../../bench/lib/cleanup.js';
import { PROJECT_ROOT } from '../../server/config.js';

const FIXTURE = path.join(PROJECT_ROOT, 'tests', 'support', 'bench-cleanup-fixture.ts');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-bench-cleanup-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the cleanup registry', () => {
  it('runs each step once, newest first, goes on past a failing step and skips removed ones', async () => {
    const ran: string[] = [];
    const registry = new CleanupRegistry();
    registry.add('folders', () => void ran.push('folders'));
    registry.add('broken', () => {
      ran.push('broken');
      throw new Error('cannot');
    });
    const remove = registry.add('closed already', () => void ran.push('closed already'));
    registry.add('server', async () => {
      await new Promise((r) => setTimeout(r, 20));
      ran.push('server');
    });
    remove();
    const [first, second] = await Promise.all([registry.run(), registry.run()]);
    expect(ran).toEqual(['server', 'broken', 'folders']);
    expect(first).toEqual(['broken: cannot']);
    expect(second).toBe(first);
  });
});

/** Running: present in /proc and not a zombie (an ended child its new parent has not yet reaped). */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** The pids still running a moment after the program exited (an orphan's SIGKILL lands asynchronously). */
async function stillRunning(pids: readonly number[]): Promise<number[]> {
  for (let i = 0; i < 20 && pids.some(alive); i++) await new Promise((r) => setTimeout(r, 50));
  return pids.filter(alive);
}

/** Runs the fixture; `signal` is sent once it has started its children. */
async function runFixture(mode: string, signal?: NodeJS.Signals) {
  const dir = path.join(root, `${mode}-${signal ?? 'none'}`);
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, mode, dir], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let pids: number[] = [];
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  child.stdout.on('data', (c: Buffer) => {
    out += c.toString();
    const line = out.split('\n').find((l) => l.startsWith('{'));
    if (line && !pids.length) {
      pids = (JSON.parse(line) as { pids: number[] }).pids;
      // The folder and both children exist before the signal.
      expect(fs.existsSync(path.join(dir, 'marker'))).toBe(true);
      expect(pids.every(alive)).toBe(true);
      if (signal) child.kill(signal);
    }
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, err, pids, dir };
}

describe('a program run under the cleanup', () => {
  for (const [mode, signal, expected] of [
    ['wait', 'SIGTERM', 143],
    ['wait', 'SIGINT', 130],
    ['throw', undefined, 1],
    ['done', undefined, 0],
  ] as const) {
    it(`${signal ? `stopped by ${signal}` : mode === 'throw' ? 'failing' : 'ending'}: exits ${expected}, no child left, folder removed`, async () => {
      const r = await runFixture(mode, signal);
      expect(r.code, r.err).toBe(expected);
      expect(r.pids).toHaveLength(2);
      // One child ignored SIGTERM: it is gone only because it was killed after the grace period.
      expect(await stillRunning(r.pids)).toEqual([]);
      expect(fs.existsSync(r.dir)).toBe(false);
      if (signal) expect(r.err).toContain(`${signal}: stopping`);
      if (mode === 'throw') expect(r.err).toContain('a step failed');
    }, 30_000);
  }
});

describe('a program started through a shell and tsx, as npm run starts the bench', () => {
  it('stops its children and removes its folder when the shell is killed (kill <npm pid> sends it no signal)', async () => {
    const dir = path.join(root, 'orphaned');
    const tsx = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
    // `; true` keeps sh from replacing itself with the command, as npm's `sh -c` stays in the chain.
    const shell = spawn('sh', ['-c', `"${process.execPath}" "${tsx}" "${FIXTURE}" wait "${dir}"; true`], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const started = await new Promise<{ pids: number[]; self: number }>((resolve) =>
      shell.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const line = out.split('\n').find((l) => l.startsWith('{'));
        if (line) resolve(JSON.parse(line) as { pids: number[]; self: number });
      }),
    );
    expect(started.pids.every(alive) && alive(started.self)).toBe(true);
    shell.kill('SIGKILL');
    for (let i = 0; i < 200 && alive(started.self); i++) await new Promise((r) => setTimeout(r, 50));
    expect(alive(started.self)).toBe(false);
    expect(await stillRunning(started.pids)).toEqual([]);
    expect(fs.existsSync(dir)).toBe(false);
  }, 30_000);
});

