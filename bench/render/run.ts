// `npm run bench:render`: builds the bench page with Vite (the web app's core and canvas controller, fcose), serves
// it on a free port, and in headless Chromium renders and lays out a 2,000-node / 5,000-edge subgraph several
// times. Prints each run and the median, and writes the figures as JSON to bench/results/.
//   npm run bench:render -- --nodes 2000 --edges 5000 --runs 5
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumPath } from '../../server/config.js';
import type { RunTiming } from './entry.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const RESULTS = path.join(ROOT, 'bench', 'results');
const GOAL_MS = 2000;


function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v <= 0) {
    console.error(`--${name} must be a positive whole number (got '${process.argv[i + 1] ?? ''}')`);
    process.exit(2);
  }
  return v;
}

/**
 * CPU time (user + system) used so far by every Chromium process of this profile, read from /proc; null where
 * /proc is not available. Summed over the renderer, GPU and browser processes, so on several cores it can exceed the
 * wall time; on a busy machine, unlike wall time, it does not count time spent waiting for a CPU.
 */
function chromiumCpuMs(profileDir: string): number | null {
  if (!fs.existsSync('/proc/self/stat')) return null;
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  let total = 0;
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes(profileDir)) continue;
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12])) * tick;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

async function main(): Promise<void> {
  const nodes = arg('nodes', 2000);
  const edges = arg('edges', 5000);
  const runs = arg('runs', 5);
  const executablePath = chromiumPath();
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'talent-bridge-render-bench-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'talent-bridge-render-profile-'));
  let server: http.Server | undefined;
  let browser: Awaited<ReturnType<typeof chromium.launchPersistentContext>> | undefined;
  try {
    await build({ configFile: false, root: HERE, logLevel: 'warn', build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4000 } });
    server = http.createServer((req, res) => {
      const rel = decodeURIComponent((req.url ?? '/').split('?')[0]!).replace(/^\/+/, '') || 'index.html';
      const file = path.resolve(outDir, rel);
      if (!file.startsWith(outDir) || !fs.existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' });
      fs.createReadStream(file).pipe(res);
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;

    browser = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    await page.waitForFunction(() => typeof window.runRenderBench === 'function');
    const version = browser.browser()?.version() ?? 'unknown';

    console.log(`render bench: ${nodes} nodes, ${edges} edges, fcose through the web app's canvas controller, Chromium ${version}`);
    // One warm-up run (JIT, fonts), not counted.
    await page.evaluate(([n, e]) => window.runRenderBench(n, e, 1), [nodes, edges] as const);
    const timings: (RunTiming & { cpuMs: number | null })[] = [];
    for (let i = 0; i < runs; i++) {
      const cpu0 = chromiumCpuMs(profile);
      const [t] = (await page.evaluate(([n, e, seed]) => window.runRenderBench(n, e, 1, seed), [nodes, edges, 42 + i] as const)) as RunTiming[];
      const cpu1 = chromiumCpuMs(profile);
      const cpuMs = cpu0 !== null && cpu1 !== null ? cpu1 - cpu0 : null;
      timings.push({ ...t!, cpuMs });
      console.log(
        `  run ${i + 1}: total ${t!.totalMs.toFixed(0)} ms (elements ${t!.elementsMs.toFixed(0)}, layout ${t!.layoutMs.toFixed(0)}, paint ${t!.paintMs.toFixed(0)})` +
          `${cpuMs !== null ? ` · Chromium CPU ${cpuMs.toFixed(0)} ms` : ''} · ${t!.nodes} nodes, ${t!.edges} edges drawn`,
      );
    }
    const cpus = timings.map((t) => t.cpuMs).filter((x): x is number => x !== null);
    const med = {
      totalMs: median(timings.map((t) => t.totalMs)),
      elementsMs: median(timings.map((t) => t.elementsMs)),
      layoutMs: median(timings.map((t) => t.layoutMs)),
      paintMs: median(timings.map((t) => t.paintMs)),
      chromiumCpuMs: cpus.length ? median(cpus) : null,
    };
    const load = os.loadavg()[0]!;
    console.log(
      `median: ${med.totalMs.toFixed(0)} ms wall (layout ${med.layoutMs.toFixed(0)} ms)` +
        `${med.chromiumCpuMs !== null ? `, ${med.chromiumCpuMs.toFixed(0)} ms of Chromium CPU` : ''} · goal ${GOAL_MS} ms: ${med.totalMs <= GOAL_MS ? 'met' : 'NOT met'}`,
    );
    if (load > os.cpus().length) {
      console.log(
        `note: load average ${load.toFixed(1)} on ${os.cpus().length} CPUs; wall times include waiting for a CPU, the CPU figure (summed over Chromium's processes) does not`,
      );
    }

    fs.mkdirSync(RESULTS, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const file = path.join(RESULTS, `render-${stamp}.json`);
    const report = {
      bench: 'render',
      at: new Date().toISOString(),
      nodes,
      edges,
      runs,
      layout: 'fcose',
      chromium: version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      loadAverage: os.loadavg(),
      goalMs: GOAL_MS,
      median: med,
      timings,
    };
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`wrote ${path.relative(ROOT, file)}`);
  } finally {
    await browser?.close().catch(() => {});
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e: Error) => {
  console.error(`render bench failed: ${e.message}`);
  process.exit(1);
});
