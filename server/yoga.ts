// Builds the GraphQL server from a config and a db gateway: SDL from server/schema/*.graphql, one resolver file per
// field, /healthz, limits from graphql-armor, masked internal errors. Tests call `app.fetch(...)` on the result.
import fs from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { PROJECT_ROOT, type Config } from './config.js';
import type { Context, Lang, Viewer } from './context.js';
import type { Db } from './db.js';
import type { EmbeddedStatus } from './neo4j-process.js';
import { loadResolvers } from './resolvers/load.js';
import { applyMasking } from './auth/schema-mask.js';
import { corsOptions } from './plugins/limits.js';
import { errorCodePlugin, REJECT_AS_TOO_COMPLEX } from './plugins/error-codes.js';
import { costPlugin, type HeavyGate } from './plugins/cost.js';

export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'server', 'schema');

export function loadTypeDefs(dir = SCHEMA_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

export interface AppDeps {
  config: Config;
  db: Db;
  /** Decides who is calling; the default treats every caller as an anonymous viewer. */
  resolveViewer?: (request: Request) => Viewer | Promise<Viewer>;
  extraPlugins?: Plugin[];
  /** The supervised embedded Neo4j's state (npm start), so /healthz can say `restarting` while it is. */
  databaseStatus?: () => EmbeddedStatus;
  /** The heavy-request slots; tests pass their own to hold slots. One per app otherwise. */
  heavyGate?: HeavyGate;
}

export type App = YogaServerInstance<Record<string, never>, Context>;

function requestLang(request: Request): Lang {
  const url = new URL(request.url);
  const explicit = url.searchParams.get('lang') ?? request.headers.get('x-lang');
  if (explicit === 'en' || explicit === 'zh') return explicit;
  const accept = request.headers.get('accept-language') ?? '';
  return /^\s*en\b/i.test(accept) ? 'en' : 'zh';
}

/**
 * GET /healthz: 200 with Neo4j's version when it answers, 503 otherwise: `restarting` (with the attempt) while the
 * supervised embedded JVM comes back, `failed` once its supervisor gave up, `unavailable` when Neo4j does not answer.
 */
function healthzPlugin(db: Db, databaseStatus?: () => EmbeddedStatus): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/healthz') return;
      const embedded = databaseStatus?.();
      if (embedded?.state === 'restarting') {
        const { attempt, since, lastExit } = embedded;
        endResponse(fetchAPI.Response.json({ status: 'restarting', attempt, since, lastExit, neo4j: null }, { status: 503 }));
        return;
      }
      if (embedded?.state === 'failed') {
        endResponse(fetchAPI.Response.json({ status: 'failed', reason: embedded.reason, neo4j: null }, { status: 503 }));
        return;
      }
      try {
        const version = await db.health();
        endResponse(fetchAPI.Response.json({ status: 'ok', neo4j: version }, { status: 200 }));
      } catch {
        endResponse(fetchAPI.Response.json({ status: 'unavailable', neo4j: null }, { status: 503 }));
      }
      void request;
    },
  };
}

export async function createApp(deps: AppDeps): Promise<App> {
  const { config, db } = deps;
  // applyMasking wraps every field that could carry personal data, so no resolver can forget to mask (server/auth).
  const schema = applyMasking(
    makeExecutableSchema<Context>({
      typeDefs: loadTypeDefs(),
      resolvers: await loadResolvers(),
    }),
  );
  const resolveViewer = deps.resolveViewer ?? (() => ({ role: 'viewer', id: 'anonymous' }) satisfies Viewer);
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    // Same-origin only unless TB_CORS_ORIGINS lists origins (yoga's default would allow every origin).
    cors: corsOptions(config),
    graphiql: config.graphiql ? { title: 'Talent Bridge GraphQL' } : false,
    landingPage: false,
    maskedErrors: true,
    logging: config.env === 'test' ? 'error' : 'info',
    plugins: [
      healthzPlugin(db, deps.databaseStatus),
      EnvelopArmorPlugin({
        // The web app's documents reach depth 11 (fragments count as a level) and use no aliases; the schema has
        // no cycles, so depth beyond 14 is only fragment nesting. Ten aliased bridges as the web app asks them
        // cost about 4,200, under the cost limit; more is abuse (tests/integration/query-limits.spec.ts).
        maxDepth: { n: 14, onReject: REJECT_AS_TOO_COMPLEX },
        maxAliases: { n: 10, onReject: REJECT_AS_TOO_COMPLEX },
        costLimit: { maxCost: 5000, onReject: REJECT_AS_TOO_COMPLEX },
        maxTokens: { n: 2000, onReject: REJECT_AS_TOO_COMPLEX },
        maxDirectives: { n: 20, onReject: REJECT_AS_TOO_COMPLEX },
        blockFieldSuggestion: { enabled: config.env === 'production' },
      }),
      errorCodePlugin(),
      // Work-based limits and cancellation: refused before any resolver runs (server/plugins/cost.ts).
      costPlugin({ limits: config.cost, db, gate: deps.heavyGate }),
      ...(deps.extraPlugins ?? []),
    ],
    context: async ({ request }) => ({
      db,
      config,
      viewer: await resolveViewer(request),
      lang: requestLang(request),
      request,
    }),
  });
}
