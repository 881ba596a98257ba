// Command-line options of `npm run eval`. A bad option stops the run with a line naming it, before Neo4j starts.

export interface EvalArgs {
  /** CORDIS cut-off years: participations in projects starting before one are the known past. */
  cordisCutoffs: number[];
  /** LDBC cut-off dates (yyyymmdd): KNOWS ties created before one are the known past. */
  ldbcCutoffs: string[];
  /** Queries sampled per task and split (CORDIS; LDBC: ldbcSample, as its hit rates are low and need more). */
  sample: number;
  ldbcSample: number;
  seed: number;
  only: Array<'cordis' | 'ldbc'>;
  out: string;
  heap: string;
  pageCache: string;
}

export class ArgError extends Error {}

export const USAGE = `usage: npm run eval -- [--cutoff 2018 | --cutoffs 2017,2018,2019] [--ldbc-cutoffs 20120601,20120801]
  [--sample 200] [--ldbc-sample 1000] [--seed 42] [--only cordis|ldbc] [--out eval/RESULTS.md] [--heap 2g] [--pagecache 512m]`;

export function parseArgs(argv: readonly string[]): EvalArgs {
  const args: EvalArgs = {
    cordisCutoffs: [2018],
    ldbcCutoffs: ['20120601', '20120801'],
    sample: 200,
    ldbcSample: 1000,
    seed: 42,
    only: ['cordis', 'ldbc'],
    out: 'eval/RESULTS.md',
    heap: '2g',
    pageCache: '512m',
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new ArgError(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    const year = (v: string) => {
      if (!/^20\d\d$/.test(v)) throw new ArgError(`${flag}: "${v}" is not a year such as 2018`);
      return Number(v);
    };
    const int = (v: string, min: number) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < min) throw new ArgError(`${flag}: "${v}" is not a whole number >= ${min}`);
      return n;
    };
    switch (flag) {
      case '--cutoff':
        args.cordisCutoffs = [year(value())];
        break;
      case '--cutoffs':
        args.cordisCutoffs = value().split(',').map(year);
        break;
      case '--ldbc-cutoffs':
        args.ldbcCutoffs = value()
          .split(',')
          .map((d) => {
            if (!/^20\d{6}$/.test(d)) throw new ArgError(`--ldbc-cutoffs: "${d}" is not a date yyyymmdd`);
            return d;
          });
        break;
      case '--sample':
        args.sample = int(value(), 1);
        break;
      case '--ldbc-sample':
        args.ldbcSample = int(value(), 1);
        break;
      case '--seed':
        args.seed = int(value(), 0);
        break;
      case '--only': {
        const v = value();
        if (v !== 'cordis' && v !== 'ldbc') throw new ArgError(`--only: "${v}" is not cordis or ldbc`);
        args.only = [v];
        break;
      }
      case '--out':
        args.out = value();
        break;
      case '--heap':
        args.heap = value();
        break;
      case '--pagecache':
        args.pageCache = value();
        break;
      case '--help':
        throw new ArgError(USAGE);
      default:
        throw new ArgError(`unknown option ${flag}\n${USAGE}`);
    }
  }
  return args;
}
