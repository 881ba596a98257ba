// `npm run eval`: ranking quality of the product's recommendations on real data held out in time (CORDIS H2020 by
// project start year, LDBC SNB by KNOWS creation date), against baselines computed from the same past. Figures,
// not tests: it writes eval/RESULTS.md and never fails on a figure.
import fs from 'node:fs';
import path from 'node:path';
import { SHARED_DATA } from '../tests/support/shared-data.js';
import { ArgError, parseArgs } from './lib/args.js';
import { openStore } from './lib/store.js';
import { evalCordis, readCordis, type CordisSplit } from './cordis.js';
import { evalLdbc, type LdbcSplit } from './ldbc.js';
import { writeReport } from './report.js';

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof ArgError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const log = (line: string) => console.log(line);
  const cordisDir = path.join(SHARED_DATA, 'cordis-h2020');
  const ldbcDir = path.join(SHARED_DATA, 'ldbc-snb-sf0.1');
  for (const [want, dir] of [['cordis', cordisDir], ['ldbc', ldbcDir]] as const) {
    if (args.only.includes(want) && !fs.existsSync(dir)) {
      console.error(`${want}: no data at ${dir} (set TB_SHARED_DATA to the folder holding cordis-h2020/ and ldbc-snb-sf0.1/)`);
      process.exit(2);
    }
  }
  const started = Date.now();
  const store = await openStore({ heap: args.heap, pageCache: args.pageCache, log });
  const cordis: CordisSplit[] = [];
  const ldbc: LdbcSplit[] = [];
  try {
    if (args.only.includes('cordis')) {
      const data = readCordis(cordisDir);
      for (const cutoff of args.cordisCutoffs) cordis.push(await evalCordis(store, data, cordisDir, { cutoff, sample: args.sample, seed: args.seed, log }));
    }
    if (args.only.includes('ldbc')) {
      for (const cutoff of args.ldbcCutoffs) ldbc.push(await evalLdbc(store, ldbcDir, { cutoff, sample: args.ldbcSample, seed: args.seed, log }));
    }
  } finally {
    await store.close();
  }
  const command = ['npm run eval', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
  fs.writeFileSync(args.out, writeReport({ command, seed: args.seed, sample: args.sample, ldbcSample: args.ldbcSample, cordis, ldbc, minutes: (Date.now() - started) / 60_000 }));
  log(`wrote ${args.out}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
