// Listens: serves the GraphQL app, /healthz and the built web app over HTTP, and shuts down gracefully (in-flight
// requests finish) on SIGINT/SIGTERM. Run it directly to serve against the Neo4j that NEO4J_URI names; `npm start`
// (server/start.ts) calls `serve` after starting the embedded Neo4j.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, PROJECT_ROOT, loadConfig, type Config } from './config.js';
import { Db } from './db.js';
import { createApp, type AppDeps } from './yoga.js';
import { createAuth, preflightAuth } from './auth/auth.js';

export const WEB_DIST = path.join(PROJECT_ROOT, 'web', 'dist');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Serves a file from web/dist, falling back to index.html for client-side routes. Returns false if none. */
function serveStatic(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const url = new URL(req.url ?? '/', 'http://localhost');
  const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '');
  let file = path.resolve(WEB_DIST, rel || 'index.html');
  if (!file.startsWith(WEB_DIST)) return false;
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(WEB_DIST, 'index.html');
  if (!fs.existsSync(file)) return false;
  const ext = path.extname(file);
  res.writeHead(200, {
    'content-type': MIME[ext] ?? 'application/octet-stream',
    'cache-control': ext === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') res.end();
  else fs.createReadStream(file).pipe(res);
  return true;
}

export interface Running {
  url: string;
  server: http.Server;
  close(): Promise<void>;
}

export async function serve(config: Config, db: Db, extra: Partial<AppDeps> = {}): Promise<Running> {
  const app = await createApp({ config, db, ...extra });
  const server = http.createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0]!;
    if (pathname === '/graphql' || pathname === '/healthz' || !serveStatic(req, res)) {
      void app(req, res);
    }
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new Error(`port ${config.port} on ${config.host} is already in use; set PORT to another port`) : e),
    );
    server.listen(config.port, config.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${config.host}:${port}`,
    server,
    close() {
      // Stop accepting, let in-flight requests finish, then drop idle keep-alive sockets.
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`talent-bridge: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
  if (!config.neo4j.uri) {
    console.error('talent-bridge: NEO4J_URI is not set; use `npm start` to run with the embedded Neo4j');
    process.exit(1);
  }
  try {
    preflightAuth(config);
  } catch (e) {
    console.error(`talent-bridge: ${(e as Error).message}`);
    process.exit(1);
  }
  const db = Db.create({ ...config.neo4j, uri: config.neo4j.uri, queryTimeoutMs: config.queryTimeoutMs });
  const auth = await createAuth(config, db);
  const running = await serve(config, db, { resolveViewer: auth.resolveViewer, extraPlugins: auth.plugins });
  for (const line of auth.startupNotes) console.log(`talent-bridge: ${line}`);
  console.log(`Talent Bridge listening on ${running.url}/ (GraphQL at ${running.url}/graphql)`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await running.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: Error) => {
    console.error(`talent-bridge: ${e.message}`);
    process.exit(1);
  });
}
