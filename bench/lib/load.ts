// Runs bench/load-worker.ts in a child process and returns its figures. The child runs under the same loader as
// this process (tsx), so no build step is needed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadResult, LoadSpec } from '../load-worker.js';

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'load-worker.ts');

/** `tmpDir` holds the spec file's folder (the bench's own temporary folder, removed however the bench ends). */
export async function runLoad(spec: LoadSpec, log: (s: string) => void = () => {}, tmpDir = os.tmpdir()): Promise<LoadResult & { clientPid: number }> {
  const specFile = path.join(fs.mkdtempSync(path.join(tmpDir, 'tb-bench-load-')), 'spec.json');
  fs.writeFileSync(specFile, JSON.stringify(spec));
  const child = spawn(process.execPath, [...process.execArgv, WORKER, specFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  log(`load: ${spec.connections} connections for ${spec.durationS} s against ${spec.url} (client pid ${child.pid})`);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  fs.rmSync(path.dirname(specFile), { recursive: true, force: true });
  if (code !== 0) throw new Error(`load worker exited with ${code}: ${err.trim().slice(0, 1000)}`);
  const line = out.trim().split('\n').pop() ?? '';
  return { ...(JSON.parse(line) as LoadResult), clientPid: child.pid! };
}
