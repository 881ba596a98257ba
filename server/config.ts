// Reads and validates the environment once. A bad value stops start-up with one line naming the variable and what
// is wrong with it; everything downstream receives a typed Config and never touches process.env.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { planMemory, storeBytes } from './neo4j-sizing.js';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The environment a child process (the JVM of the embedded Neo4j or of a bulk import) starts with: this process's
 * own, passed through whole (PATH, JAVA_HOME, locale), with `overrides` on top. Kept here so that this module stays
 * the only reader of process.env.
 */
export function childProcessEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}

const size = z
  .string()
  .regex(/^\d+[kmgKMG]?$/, 'must be a size such as 512m or 2g');

const port = (fallback: number) =>
  z.coerce
    .number({ message: 'must be a port number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(fallback);

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

const SECONDS_PER: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** A duration such as 3600, 90s, 30m, 12h or 7d, in seconds. */
const duration = z
  .string()
  .regex(/^\d+[smhd]?$/, 'must be a duration such as 3600, 30m, 12h or 7d')
  .transform((v) => Number(v.replace(/[smhd]$/, '')) * (SECONDS_PER[v.slice(-1)] ?? 1))
  .refine((n) => n >= 1 && n <= 366 * 86400, 'must be from 1 second to 366 days');

/** Comma-separated origins (scheme://host[:port]), each stored as a browser would send it in Origin. */
const origins = z
  .string()
  .transform((v, ctx) => {
    const out: string[] = [];
    for (const raw of v.split(',').map((s) => s.trim()).filter(Boolean)) {
      let url: URL | undefined;
      try {
        url = new URL(raw);
      } catch {
        url = undefined;
      }
      const originOnly = url && /^https?:$/.test(url.protocol) && !url.username && !url.password && url.pathname === '/' && !url.search && !url.hash;
      if (!url || !originOnly) {
        ctx.addIssue({ code: 'custom', message: `must list origins such as https://talent.example.org (scheme, host and port only); '${raw.slice(0, 80)}' is not one` });
        return z.NEVER;
      }
      out.push(url.origin);
    }
    return out;
  });

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { message: 'must be development, production or test' }).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port(4000),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a bolt://, bolt+s://, neo4j://, neo4j+s:// or neo4j+ssc:// URI')
    .optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z0-9.\-_]+$/, 'must be a database name').optional(),
  NEO4J_BOLT_PORT: port(7687),
  TB_DATA_DIR: z.string().min(1).default('.data/neo4j'),
  // Unset: sized from the machine's memory and the store (server/neo4j-sizing.ts, docs/operations.md).
  TB_NEO4J_HEAP: size.optional(),
  TB_NEO4J_PAGECACHE: size.optional(),
  TB_NEO4J_TX_MEMORY_TOTAL: size.optional(),
  TB_NEO4J_TX_MEMORY_MAX: size.optional(),
  // The embedded Neo4j's own output lines go to the log (they are kept quiet otherwise).
  TB_NEO4J_VERBOSE: flag(false),
  TB_QUERY_TIMEOUT_MS: z.coerce.number({ message: 'must be a number of milliseconds' }).int().min(100, 'must be at least 100').max(600_000, 'must be at most 600000').default(10_000),
  TB_LOAD_DEMO: flag(true),
  TB_BUILD_WEB: flag(true),
  TB_GRAPHIQL: flag(true),
  TB_TOKENS: z.string().optional(),
  TB_TOKENS_FILE: z.string().optional(),
  TB_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  TB_JWT_MAX_AGE: duration.optional(),
  TB_CORS_ORIGINS: z.string().optional(),
  TB_PUBLIC_ORIGIN: origins.optional(),
  TB_RATE_LIMIT_PER_MINUTE: z.coerce.number({ message: 'must be a number' }).int().min(1).max(1_000_000).default(600),
  TB_MAX_BODY_BYTES: z.coerce.number({ message: 'must be a number of bytes' }).int().min(1024).max(50_000_000).default(100_000),
  TB_TRUST_PROXY: flag(false),
  // Cost limits and heavy-query concurrency (server/plugins/cost.ts, docs/security.md).
  TB_COST_BUDGET: z
    .string()
    .regex(/^(\d+|(viewer|broker|admin)[:=]\d+(,(viewer|broker|admin)[:=]\d+)*)$/, 'must be a number or role:number pairs such as viewer:5000,broker:20000,admin:50000')
    .optional(),
  TB_HEAVY_COST: z.coerce.number({ message: 'must be a number' }).int().min(1).max(100_000_000).default(1_000),
  TB_HEAVY_CONCURRENCY: z.coerce.number({ message: 'must be a number' }).int().min(1).max(1_000).default(1),
  TB_HEAVY_PER_CALLER: z.coerce.number({ message: 'must be a number' }).int().min(1).max(1_000).default(1),
  TB_HEAVY_QUEUE: z.coerce.number({ message: 'must be a number' }).int().min(0).max(10_000).default(4),
  TB_BACKUP_DIR: z.string().min(1).optional(),
  TB_BACKUP_EVERY: duration.optional(),
  TB_BACKUP_KEEP: z.coerce.number({ message: 'must be a number' }).int().min(1, 'must be at least 1').max(10_000).default(7),
  TB_METRICS_PORT: z.coerce.number({ message: 'must be a port number' }).int().min(1, 'must be between 1 and 65535').max(65535, 'must be between 1 and 65535').optional(),
  // Imports from the web app (server/import-jobs): uploads are streamed into this folder, each at most this size.
  TB_UPLOAD_DIR: z.string().min(1).default('.data/uploads'),
  TB_UPLOAD_MAX_BYTES: z.coerce.number({ message: 'must be a number of bytes' }).int().min(1024, 'must be at least 1024').max(2 ** 40).default(50 * 2 ** 20),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  neo4j: {
    /** Set when the user points at their own Neo4j; unset means "start the embedded one". */
    uri?: string;
    username: string;
    password?: string;
    database?: string;
  };
  embedded: {
    boltPort: number;
    dataDir: string;
    heap: string;
    pageCache: string;
    txMemoryTotal: string;
    txMemoryMax: string;
    /** How each memory value was chosen, for the start-up line. */
    sizing: string[];
    /** Pass the embedded Neo4j's output lines to the log. */
    verbose: boolean;
  };
  queryTimeoutMs: number;
  loadDemo: boolean;
  /** Rebuild web/dist at start-up when web/src changed (off for tests that only need the API). */
  buildWeb: boolean;
  graphiql: boolean;
  auth: {
    tokens?: string;
    tokensFile?: string;
    jwtSecret?: string;
    /** Largest age (now - iat) of an accepted JWT, in seconds; without it every JWT must carry exp. */
    jwtMaxAgeSeconds?: number;
  };
  corsOrigins: string[];
  /** Where users reach this server (behind a proxy, on a public name); its own origins besides loopback. */
  publicOrigins: string[];
  rateLimitPerMinute: number;
  maxBodyBytes: number;
  /** Take the client address for rate limits from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy: boolean;
  /** Cost budgets per role and the limits on heavy requests (server/plugins/cost.ts). */
  cost: {
    budgets: Record<'viewer' | 'broker' | 'admin', number>;
    heavyCost: number;
    heavyConcurrency: number;
    heavyPerCaller: number;
    heavyQueue: number;
  };
  /** Scheduled backups (server/backup/schedule.ts): off unless both dir and everySeconds are set. */
  backup: { dir?: string; everySeconds?: number; keep: number };
  /** /metrics: for admins on the main port; also without a token on this loopback-only port when set. */
  metricsPort?: number;
  /** Imports from the web app: the staging folder for uploads and the largest upload accepted. */
  uploads: { dir: string; maxBytes: number };
}

/** Default cost budgets: anonymous viewers get the least, since anyone can be one. */
export const DEFAULT_COST_BUDGETS = { viewer: 5_000, broker: 20_000, admin: 50_000 } as const;

/** TB_COST_BUDGET: one number for every role, or role:number pairs over the defaults. */
function costBudgets(text: string | undefined): Record<'viewer' | 'broker' | 'admin', number> {
  const budgets: Record<'viewer' | 'broker' | 'admin', number> = { ...DEFAULT_COST_BUDGETS };
  if (text === undefined) return budgets;
  if (/^\d+$/.test(text)) return { viewer: Number(text), broker: Number(text), admin: Number(text) };
  for (const pair of text.split(',')) {
    const [role, value] = pair.split(/[:=]/) as ['viewer' | 'broker' | 'admin', string];
    budgets[role] = Number(value);
  }
  return budgets;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

/** Variables whose values are secrets: an error names them and what is wrong, never what they hold. */
const SECRET_VARIABLES = new Set(['TB_JWT_SECRET', 'TB_TOKENS', 'NEO4J_PASSWORD']);

/** A bad value as an error may quote it: secrets not at all, credentials inside a URI blanked out. */
function quoted(variable: string, value: string): string {
  if (SECRET_VARIABLES.has(variable) || /SECRET|PASSWORD|TOKEN/.test(variable)) return ` (${value.length} characters, not shown)`;
  return ` (got '${value.slice(0, 200).replace(/\/\/[^/@\s]*@/, '//***@')}')`;
}

/** Only the Neo4j connection settings, for tools (the evaluation harness) that need none of the server's. */
export function loadNeo4jConnection(env: NodeJS.ProcessEnv = process.env): Config['neo4j'] {
  const e = parseEnv(EnvSchema.pick({ NEO4J_URI: true, NEO4J_USERNAME: true, NEO4J_PASSWORD: true, NEO4J_DATABASE: true }), env);
  return { uri: e.NEO4J_URI, username: e.NEO4J_USERNAME, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE };
}

/** Where the benchmarks and e2e tests find Chromium: CHROMIUM_PATH, else Debian's. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || '/usr/bin/chromium';
}

function parseEnv<S extends z.ZodObject>(schema: S, env: NodeJS.ProcessEnv): z.infer<S> {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([k, v]) => k in schema.shape && v !== undefined && v !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    const got = env[variable];
    throw new ConfigError(variable, `${issue.message}${got !== undefined ? quoted(variable, got) : ''}`);
  }
  return parsed.data;
}

/** Validates `env` (process.env by default). Throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = parseEnv(EnvSchema, env);
  const production = e.NODE_ENV === 'production';
  const dataDir = path.resolve(PROJECT_ROOT, e.TB_DATA_DIR);
  const memory = planMemory({
    totalMemoryBytes: os.totalmem(),
    storeBytes: e.TB_NEO4J_PAGECACHE ? 0 : storeBytes(dataDir),
    heap: e.TB_NEO4J_HEAP,
    pageCache: e.TB_NEO4J_PAGECACHE,
    txMemoryTotal: e.TB_NEO4J_TX_MEMORY_TOTAL,
    txMemoryMax: e.TB_NEO4J_TX_MEMORY_MAX,
  });
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    neo4j: { uri: e.NEO4J_URI, username: e.NEO4J_USERNAME, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE },
    embedded: {
      boltPort: e.NEO4J_BOLT_PORT,
      dataDir,
      heap: memory.heap,
      pageCache: memory.pageCache,
      txMemoryTotal: memory.txMemoryTotal,
      txMemoryMax: memory.txMemoryMax,
      sizing: memory.reasons,
      verbose: e.TB_NEO4J_VERBOSE,
    },
    queryTimeoutMs: e.TB_QUERY_TIMEOUT_MS,
    loadDemo: e.TB_LOAD_DEMO,
    buildWeb: e.TB_BUILD_WEB,
    graphiql: production ? false : e.TB_GRAPHIQL,
    auth: { tokens: e.TB_TOKENS, tokensFile: e.TB_TOKENS_FILE, jwtSecret: e.TB_JWT_SECRET, jwtMaxAgeSeconds: e.TB_JWT_MAX_AGE },
    corsOrigins: (e.TB_CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    publicOrigins: e.TB_PUBLIC_ORIGIN ?? [],
    rateLimitPerMinute: e.TB_RATE_LIMIT_PER_MINUTE,
    maxBodyBytes: e.TB_MAX_BODY_BYTES,
    trustProxy: e.TB_TRUST_PROXY,
    cost: {
      budgets: costBudgets(e.TB_COST_BUDGET),
      heavyCost: e.TB_HEAVY_COST,
      heavyConcurrency: e.TB_HEAVY_CONCURRENCY,
      heavyPerCaller: e.TB_HEAVY_PER_CALLER,
      heavyQueue: e.TB_HEAVY_QUEUE,
    },
    backup: { dir: e.TB_BACKUP_DIR ? path.resolve(PROJECT_ROOT, e.TB_BACKUP_DIR) : undefined, everySeconds: e.TB_BACKUP_EVERY, keep: e.TB_BACKUP_KEEP },
    metricsPort: e.TB_METRICS_PORT,
    uploads: { dir: path.resolve(PROJECT_ROOT, e.TB_UPLOAD_DIR), maxBytes: e.TB_UPLOAD_MAX_BYTES },
  };
}
