// `npm run generate -- --persons N --seed S --out DIR [--gzip]`: writes the synthetic graph with a progress bar
// (rows, rows/s, ETA) and closes with a summary of rows per file, time and peak memory.
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { generate, GenerateOptionsError, type GenerateProgress, type GenerateResult } from './generate.js';
import { generateLedgerHistory } from './ledger-history.js';

const USAGE = 'usage: npm run generate -- --persons N [--seed S] --out DIR [--gzip] [--quiet]';

function wholeNumber(flag: string, text: string | undefined, fallback?: number): number {
  if (text === undefined) {
    if (fallback !== undefined) return fallback;
    throw new GenerateOptionsError(`--${flag} is required\n${USAGE}`);
  }
  const cleaned = text.replaceAll('_', '');
  if (!/^\d+$/.test(cleaned)) throw new GenerateOptionsError(`--${flag} must be a whole number, got '${text}'`);
  return Number(cleaned);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const num = (n: number) => n.toLocaleString('en-US');

function summary(r: GenerateResult): string {
  const width = Math.max(...r.files.map((f) => f.file.length));
  const lines = [
    '',
    `Generated ${num(r.persons)} persons (seed ${r.seed}) into ${r.out}`,
    ...r.files.map((f) => `  ${f.file.padEnd(width)}  ${num(f.rows).padStart(12)} rows  ${mb(f.bytes).padStart(10)}`),
    `  nodes ${num(r.totalNodes)}, relationships ${num(r.totalRelationships)}, rows ${num(r.rows)}, ${mb(r.bytes)}`,
    `  elapsed ${(r.elapsedMs / 1000).toFixed(1)} s (${num(Math.round(r.rows / (r.elapsedMs / 1000)))} rows/s), peak RSS ${mb(r.peakRssBytes)}`,
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      persons: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      gzip: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const persons = wholeNumber('persons', values.persons);
  const seed = wholeNumber('seed', values.seed, 42);
  if (!values.out) throw new GenerateOptionsError(`--out is required\n${USAGE}`);

  const tty = process.stderr.isTTY && !values.quiet;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: ' {bar} {percentage}% | {value}/{total} rows | {speed} rows/s | ETA {eta_formatted} | {phase}',
      etaBuffer: 50,
      fps: 5,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let lastPhase = '';
  const onProgress = (p: GenerateProgress) => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    const speed = num(Math.round(p.rows / seconds));
    if (tty) {
      if (!lastPhase) bar.start(p.estimatedRows, p.rows, { phase: p.phase, speed });
      bar.setTotal(p.estimatedRows);
      bar.update(p.rows, { phase: p.phase, speed });
    } else if (!values.quiet && p.phase !== lastPhase) {
      console.error(`[generate] ${p.phase}: ${num(p.rows)} rows after ${seconds.toFixed(1)} s`);
    }
    lastPhase = p.phase;
  };
  try {
    const result = await generate({ persons, seed, out: values.out, gzip: values.gzip, onProgress });
    if (tty) bar.stop();
    console.log(summary(result));
    const ledger = generateLedgerHistory(result.out, seed, values.gzip);
    console.log(`  ledger history: ${num(ledger.introductions)} introductions, ${num(ledger.outcomes)} outcomes in ${ledger.file}`);
  } catch (err) {
    if (tty) bar.stop();
    throw err;
  }
}

main().catch((err: unknown) => {
  if (err instanceof GenerateOptionsError || (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))) {
    console.error(`generate: ${err.message}`);
    process.exitCode = 2;
  } else {
    console.error('generate failed:', err);
    process.exitCode = 1;
  }
});
