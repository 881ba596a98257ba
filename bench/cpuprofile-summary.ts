// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time per function and per package or project folder,
// and inclusive time of the functions whose names match a pattern, so a profile can be quoted in a report as a few
// lines of text. Usage: npx tsx bench/cpuprofile-summary.ts FILE.cpuprofile [--top N] [--match REGEX]
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

function where(url: string): string {
  if (!url) return '(native)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  if (url.startsWith('node:')) return url;
  const p = /\/(server|seed|bench|web)\/(.*)$/.exec(url);
  return p ? `${p[1]}/${p[2]}` : url.replace(/^file:\/\//, '');
}

function main(): void {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npx tsx bench/cpuprofile-summary.ts FILE.cpuprofile [--top N] [--match REGEX]');
    process.exit(2);
  }
  const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 25;
  const matchAt = process.argv.indexOf('--match');
  const match = matchAt > 0 ? new RegExp(process.argv[matchAt + 1]!) : null;
  const prof = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  // Time per sample from the deltas (µs); hitCount alone ignores uneven sampling intervals.
  const selfUs = new Map<number, number>();
  (prof.samples ?? []).forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (prof.timeDeltas?.[i] ?? 0)));
  const total = [...selfUs.values()].reduce((s, x) => s + x, 0);
  const parent = new Map<number, number>();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const fn = new Map<string, number>();
  const mod = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anonymous)'} ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    const m = where(n.callFrame.url);
    mod.set(m, (mod.get(m) ?? 0) + us);
  }
  const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
  const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(7)} ms`;
  console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled`);
  console.log('\nself time by package / folder:');
  for (const [k, v] of [...mod].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(v)} ${pct(v)}  ${k}`);
  console.log('\nself time by function:');
  for (const [k, v] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(v)} ${pct(v)}  ${k}`);
  if (match) {
    // Inclusive time: a sample counts once for each distinct matching function on its stack.
    const incl = new Map<string, number>();
    for (const [id, us] of selfUs) {
      const seen = new Set<string>();
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const n = byId.get(cur)!;
        const key = `${n.callFrame.functionName || '(anonymous)'} ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
        if (match.test(key) && !seen.has(key)) {
          seen.add(key);
          incl.set(key, (incl.get(key) ?? 0) + us);
        }
      }
    }
    console.log(`\ninclusive time of functions matching ${match}:`);
    for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(v)} ${pct(v)}  ${k}`);
  }
}

main();
