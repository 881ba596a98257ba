// Command-line options of `npm run bench`. Every option is validated here, and a bad one stops the run with a line
// naming it, before anything slow starts.

export interface BenchArgs {
  persons: number;
  seed: number;
  /** Use the graph generated earlier into the default folder for this size and seed. */
  skipGenerate: boolean;
  /** Use the generated graph in this folder instead of generating one. */
  reuse?: string;
  /** Keep the Neo4j store of an earlier run of this size and seed, and skip the import (faster iteration). */
  skipImport: boolean;
  /** Load test length, seconds (the bridges-only load). */
  duration: number;
  /** Length of the mixed load, seconds. */
  mixedDuration: number;
  connections: number;
  /** Measured repetitions per query and path (after the warm-up). */
  reps: number;
  warmup: number;
  /** Distinct parameter sets sampled per query. */
  paramSets: number;
  only?: string[];
  peer: boolean;
  load: boolean;
  boltPort?: number;
  httpPort?: number;
  heap?: string;
  pageCache?: string;
  /** Where results and working data go (default bench/results). */
  out?: string;
  /** Remove this run's generated graph and Neo4j store at the end. */
  clean: boolean;
  /** Measure the graph already in this Neo4j: no generation, no import, no JVM memory figure. */
  uri?: string;
  /** Import through Bolt transactions (the old path) instead of the offline bulk import. */
  transactionalImport: boolean;
  /** Run the server under `node --cpu-prof` (profile written under the results folder when it stops). */
  cpuProf: boolean;
  /** Write heap snapshots of the server after the latency cases and halfway through the mixed load. */
  heapSnapshots: boolean;
}

export class ArgError extends Error {}

const USAGE = `usage: npm run bench -- --persons N [--seed S] [--skip-generate | --reuse DIR] [--skip-import]
       [--duration SECONDS] [--mixed-duration SECONDS] [--connections C] [--reps R] [--warmup W] [--param-sets P] [--only q1,q2]
       [--no-peer] [--no-load] [--cpu-prof] [--heap-snapshots] [--bolt-port P] [--http-port P] [--heap 4g] [--page-cache 4g] [--out DIR] [--clean]
       [--transactional-import  (import through Bolt transactions instead of the offline bulk import)]
       [--uri bolt://HOST:PORT  (measure the graph already in that Neo4j; no generation or import)]`;

export function usage(): string {
  return USAGE;
}

function int(name: string, raw: string | undefined, min: number, max: number): number {
  if (raw === undefined) throw new ArgError(`--${name} needs a value`);
  const v = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(v) || v < min || v > max) throw new ArgError(`--${name} must be a whole number from ${min} to ${max} (got '${raw}')`);
  return v;
}

function size(name: string, raw: string | undefined): string {
  if (raw === undefined || !/^\d+[kmgKMG]?$/.test(raw)) throw new ArgError(`--${name} must be a size such as 4g or 512m (got '${raw ?? ''}')`);
  return raw;
}

type KeysOf<T> = { [K in keyof BenchArgs]-?: BenchArgs[K] extends T | undefined ? K : never }[keyof BenchArgs];

/** Options that take a whole number: the field it sets and the range it must lie in. */
const WHOLE_NUMBERS: Record<string, [KeysOf<number>, number, number]> = {
  '--persons': ['persons', 100, 10_000_000],
  '--seed': ['seed', 0, 2 ** 31 - 1],
  '--duration': ['duration', 1, 3600],
  '--mixed-duration': ['mixedDuration', 1, 3600],
  '--connections': ['connections', 1, 1000],
  '--reps': ['reps', 1, 100_000],
  '--warmup': ['warmup', 0, 100_000],
  '--param-sets': ['paramSets', 1, 10_000],
  '--bolt-port': ['boltPort', 1, 65535],
  '--http-port': ['httpPort', 1, 65535],
};

/** Options without a value: the field each sets and to what. */
const SWITCHES: Record<string, [KeysOf<boolean>, boolean]> = {
  '--skip-generate': ['skipGenerate', true],
  '--skip-import': ['skipImport', true],
  '--no-peer': ['peer', false],
  '--no-load': ['load', false],
  '--clean': ['clean', true],
  '--cpu-prof': ['cpuProf', true],
  '--heap-snapshots': ['heapSnapshots', true],
  '--transactional-import': ['transactionalImport', true],
};

/** Options that name a folder: the field and what the error says is missing. */
const FOLDERS: Record<string, [KeysOf<string>, string]> = {
  '--reuse': ['reuse', 'the folder of a generated graph'],
  '--out': ['out', 'a folder'],
};

/** The table's entry for the flag; an inherited name such as 'constructor' is not an option. */
const own = <V>(table: Record<string, V>, flag: string): V | undefined => (Object.hasOwn(table, flag) ? table[flag] : undefined);

export function parseArgs(argv: readonly string[]): BenchArgs {
  const a: BenchArgs = {
    persons: 0,
    seed: 1,
    skipGenerate: false,
    skipImport: false,
    duration: 30,
    mixedDuration: 60,
    connections: 50,
    reps: 300,
    warmup: 30,
    paramSets: 40,
    peer: true,
    load: true,
    clean: false,
    transactionalImport: false,
    cpuProf: false,
    heapSnapshots: false,
  };
  let personsGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    const name = flag.slice(2);
    const whole = own(WHOLE_NUMBERS, flag);
    const toggle = own(SWITCHES, flag);
    const folder = own(FOLDERS, flag);
    if (whole) a[whole[0]] = int(name, value(), whole[1], whole[2]);
    else if (toggle) a[toggle[0]] = toggle[1];
    else if (folder) {
      const dir = value();
      if (!dir) throw new ArgError(`${flag} needs ${folder[1]}`);
      a[folder[0]] = dir;
    } else if (flag === '--heap' || flag === '--page-cache') a[flag === '--heap' ? 'heap' : 'pageCache'] = size(name, value());
    else if (flag === '--only') {
      const list = value();
      if (!list) throw new ArgError('--only needs a comma-separated list of query names');
      a.only = list.split(',').map((s) => s.trim()).filter(Boolean);
    } else if (flag === '--uri') {
      const uri = value();
      if (!uri || !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/.test(uri)) throw new ArgError(`--uri must be a bolt:// or neo4j:// URI (got '${uri ?? ''}')`);
      a.uri = uri;
    } else if (flag === '-h' || flag === '--help') throw new ArgError(USAGE);
    else throw new ArgError(`unknown option '${arg}'\n${USAGE}`);
    if (flag === '--persons') personsGiven = true;
  }
  if (!personsGiven) throw new ArgError(`--persons is required\n${USAGE}`);
  if (a.skipGenerate && a.reuse) throw new ArgError('--skip-generate and --reuse both name the graph to use: give one');
  if (a.uri && (a.skipGenerate || a.reuse || a.skipImport)) throw new ArgError('--uri measures an existing Neo4j: it takes no --skip-generate, --reuse or --skip-import');
  if (a.transactionalImport && (a.uri || a.skipImport)) throw new ArgError('--transactional-import chooses how to import: it goes with neither --uri nor --skip-import');
  return a;
}

/** JVM sizes for a graph of this many persons on a machine with this much memory (GiB), unless given. */
export function jvmSizes(persons: number, memoryGiB: number): { heap: string; pageCache: string } {
  if (persons >= 500_000 && memoryGiB >= 16) return { heap: '4g', pageCache: '4g' };
  if (persons >= 50_000) return { heap: '2g', pageCache: '2g' };
  return { heap: '1g', pageCache: '512m' };
}
