// What machine the figures came from: cores, memory, CPU model, Node and Java versions, and how busy the machine
// was (load average) when the run started and ended, since other work on a shared 2-core box skews latencies.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

export interface MachineInfo {
  cores: number;
  memoryGiB: number;
  cpuModel: string;
  node: string;
  java: string;
  platform: string;
  loadAverage: number[];
}

function javaVersion(): string {
  // `java -version` writes to stderr.
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const text = `${r.stderr ?? ''}${r.stdout ?? ''}`;
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.length ? `${lines[0]}; ${lines[1] ?? ''}`.replace(/; $/, '') : 'unknown';
}

function cpuModel(): string {
  try {
    const line = fs.readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) return line.split(':').slice(1).join(':').trim();
  } catch {
    // not Linux: fall through to what Node knows
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

export function machineInfo(): MachineInfo {
  return {
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    cpuModel: cpuModel(),
    node: process.version,
    java: javaVersion(),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

export function loadAverage(): number[] {
  return os.loadavg().map((x) => Math.round(x * 100) / 100);
}
