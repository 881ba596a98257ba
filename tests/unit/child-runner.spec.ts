// The child-program runner of the import API (server/import-jobs/child-runner.ts), on real child processes: small
// TypeScript programs written here, run as the importer's programs are. Each way a child can go wrong ends the run
// with a sentence saying how, the child does not outlive its time or the API process, and this process stays up
// (vitest fails a file on an uncaught error or unhandled rejection).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.js';
import { runChildProgram, type ChildEnd, type ChildProgram } from '../../server/import-jobs/child-runner.js';
import { waitFor } from '../support/poll.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-child-runner-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Writes a program; its source is TypeScript, so it runs only through the tsx loader the runner passes. */
function program(name: string, source: string): string {
  const file = path.join(dir, `${name}.ts`);
  fs.writeFileSync(file, source);
  return file;
}

/** Keeps a program running until it is stopped. */
const FOREVER = 'setInterval(() => {}, 1_000);';

/** Runs a program to its end; the messages it sent in order. */
async function run(script: string, options: Partial<ChildProgram> = {}): Promise<ChildEnd & { messages: Array<Record<string, unknown>> }> {
  const messages: Array<Record<string, unknown>> = [];
  const end = await runChildProgram({ name: 'the probe', script, args: [], maxLineBytes: 1 << 16, onMessage: (m) => void messages.push(m), ...options });
  return { ...end, messages };
}

/** Running: in /proc and not a zombie waiting for whoever reaps it. */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('a child that keeps to the protocol', { timeout: 30_000 }, () => {
  it('hands over each JSON object in order, across split writes and a last line without a newline', async () => {
    const script = program(
      'talker',
      `const w = (s: string) => process.stdout.write(s);
       w(JSON.stringify({ n: 1, cwd: process.cwd(), probe: process.env.TB_RUNNER_PROBE, args: process.argv.slice(2) }) + '\\n\\n');
       // A line in three writes, one of them inside a three-byte character.
       const line = Buffer.from(JSON.stringify({ n: 2, text: '浙江清华长三角研究院' }) + '\\n');
       w(line.subarray(0, 12) as unknown as string);
       setTimeout(() => { w(line.subarray(12, 13) as unknown as string); w(line.subarray(13) as unknown as string); w('{"n":3}'); }, 50);`,
    );
    const end = await run(script, { args: ['a b', '--x'], env: { TB_RUNNER_PROBE: 'set here' } });
    expect(end).toMatchObject({ ok: true, timedOut: false, account: 'the probe exited normally' });
    expect(end.messages).toEqual([{ n: 1, cwd: PROJECT_ROOT, probe: 'set here', args: ['a b', '--x'] }, { n: 2, text: '浙江清华长三角研究院' }, { n: 3 }]);
  });

  it('takes a line of exactly the bound, and fails on one byte more', async () => {
    const bound = 70_000;
    // {"s":"xxx"} is 8 bytes around the string.
    const script = (extra: number) => program(`bound-${extra}`, `process.stdout.write(JSON.stringify({ s: 'x'.repeat(${bound - 8 + extra}) }) + '\\n');`);
    const atBound = await run(script(0), { maxLineBytes: bound });
    expect(atBound.ok).toBe(true);
    expect((atBound.messages[0]!.s as string).length).toBe(bound - 8);
    const over = await run(script(1), { maxLineBytes: bound });
    expect(over).toMatchObject({ ok: false, messages: [] });
    expect(over.account).toMatch(/^the probe wrote a line longer than 70000 bytes on its output, so it was stopped$/);
  });
});

describe('a child that breaks the protocol is stopped, and the run says why', { timeout: 30_000 }, () => {
  it('a line that is not JSON: quoted, and nothing after it is taken', async () => {
    // Lines after the bad one come in the same read and in later ones (it holds on past SIGTERM a while).
    const script = program(
      'chatty',
      `process.on('SIGTERM', () => {}); process.stdout.write('{"n":1}\\nhello there\\n{"n":2}\\n');
       setTimeout(() => console.log('{"n":3}'), 200); setTimeout(() => process.stdout.write('{"n":4}'), 300); ${FOREVER}`,
    );
    const end = await run(script, { killGraceMs: 1_000 });
    expect(end.ok).toBe(false);
    expect(end.account).toBe('the probe wrote a line that is not a JSON object on its output, so it was stopped: "hello there"');
    expect(end.messages).toEqual([{ n: 1 }]);
  });

  it('JSON that is not an object', async () => {
    const end = await run(program('array', `console.log('[1,2]');`));
    expect(end.ok).toBe(false);
    expect(end.account).toMatch(/not a JSON object.*"\[1,2\]"$/);
  });

  it('a line without end: stopped while it writes, its output not held', async () => {
    const script = program('flood', `const block = 'x'.repeat(1 << 16); const write = () => process.stdout.write(block, write); write();`);
    const end = await run(script, { maxLineBytes: 1 << 20 });
    expect(end).toMatchObject({ ok: false, timedOut: false, messages: [] });
    expect(end.account).toBe('the probe wrote a line longer than 1 MiB on its output, so it was stopped');
  });

  it('a message the caller cannot take ends the run instead of throwing in this process', async () => {
    const script = program('unwanted', `console.log('{"n":1}'); console.log('{"n":2}'); ${FOREVER}`);
    const end = await run(script, {
      onMessage: (m) => {
        if (m.n === 2) throw new Error('no room for a second one');
      },
    });
    expect(end.ok).toBe(false);
    expect(end.account).toBe("the probe's message could not be taken: no room for a second one");
  });
});

describe('a child that ends badly', { timeout: 30_000 }, () => {
  it('exit code and the last three lines of its stderr', async () => {
    const end = await run(program('fails', `for (const l of ['one', 'two', 'three', 'four']) console.error(l); process.exit(3);`));
    expect(end).toMatchObject({ ok: false, timedOut: false, account: 'the probe stopped (exit code 3): two three four' });
  });

  it('killed by a signal', async () => {
    const end = await run(program('killed', `console.log('{"n":1}'); console.error('going'); setTimeout(() => process.kill(process.pid, 'SIGKILL'), 50);`));
    expect(end).toMatchObject({ ok: false, account: 'the probe was killed by signal SIGKILL: going', messages: [{ n: 1 }] });
  });

  it('a program that is not there', async () => {
    const end = await run(path.join(dir, 'missing.ts'));
    expect(end.ok).toBe(false);
    expect(end.account).toMatch(/^the probe stopped \(exit code 1\): Error \[ERR_MODULE_NOT_FOUND\]: Cannot find module '[^']*missing\.ts'/);
  });

  it('a crash: the line naming the error, not its stack', async () => {
    const end = await run(program('crash', `console.error('warming up'); setTimeout(() => { throw new TypeError('no such column'); }, 10);`));
    expect(end).toMatchObject({ ok: false, account: 'the probe stopped (exit code 1): TypeError: no such column' });
  });

  it('past its time, one that ignores SIGTERM is killed, and the run says it timed out', async () => {
    const script = program('stubborn', `process.on('SIGTERM', () => console.error('not stopping')); console.log(JSON.stringify({ pid: process.pid })); ${FOREVER}`);
    const end = await run(script, { timeoutMs: 2_500, killGraceMs: 300 });
    expect(end).toMatchObject({ ok: false, timedOut: true, account: 'the probe took longer than 2.5 s and was stopped' });
    expect(running(end.messages[0]!.pid as number)).toBe(false);
  });
});

describe('a child whose own child holds its output open', { timeout: 30_000 }, () => {
  it('ends when the child exits, the pipes not waited for', async () => {
    const script = program(
      'parent-of-sleeper',
      `import { spawn } from 'node:child_process';
       const sleeper = spawn(process.execPath, ['-e', ${JSON.stringify(FOREVER)}], { stdio: ['ignore', 'inherit', 'inherit'] });
       console.log(JSON.stringify({ pid: sleeper.pid }));
       sleeper.unref();`,
    );
    const end = await run(script);
    const pid = end.messages[0]!.pid as number;
    try {
      expect(running(pid)).toBe(true);
      expect(end).toMatchObject({ ok: true, account: 'the probe exited normally' });
    } finally {
      process.kill(pid, 'SIGKILL');
    }
  });
});

describe('the API process exiting', { timeout: 30_000 }, () => {
  it('stops the child it left running (SIGTERM, so an importer ends its batch in flight)', async () => {
    const runner = path.join(PROJECT_ROOT, 'server', 'import-jobs', 'child-runner.ts');
    const child = program('sleeper', `console.log(JSON.stringify({ pid: process.pid })); ${FOREVER}`);
    const parent = program(
      'api',
      `import { runChildProgram } from ${JSON.stringify(runner)};
       runChildProgram({ name: 'the sleeper', script: ${JSON.stringify(child)}, args: [], maxLineBytes: 1024,
         onMessage: (m) => { console.log(JSON.stringify(m)); process.exit(0); } });`,
    );
    const api = spawn(process.execPath, ['--import', 'tsx', parent], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    api.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise((resolve) => api.once('exit', resolve));
    expect(code).toBe(0);
    const { pid } = JSON.parse(out) as { pid: number };
    try {
      await waitFor(`the orphaned child ${pid} to stop`, () => !running(pid), 10_000);
    } finally {
      if (running(pid)) process.kill(pid, 'SIGKILL');
    }
  });
});
