// Listens: serves the GraphQL app (at /graphql only), /healthz and the built web app over HTTP behind one error
// boundary (a bad request is answered and logged, never the end of the process), and shuts down gracefully
// (in-flight requests finish) on SIGINT/SIGTERM. Run it directly to serve against the Neo4j that NEO4J_URI names;
// `npm start` (server/start.ts) calls `serve` after starting the embedded Neo4j.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT, type Config } from './config.js';
import { startupConfig } from './startup-config.js';
import type { Db } from './db.js';
import { createApp, type AppDeps } from './yoga.js';
import { gatewayAndAuth, stopOnSignals } from './serve.js';
import { createMetrics, type Metrics } from './metrics.js';
import { importJobsFor } from './import-jobs/jobs.js';
import { requestIdFrom, withRequestId } from './request-context.js';
import { startBackupSchedule, type BackupSchedule } from './backup/schedule.js';
import { handleUpload, UPLOAD_PATH } from './import-jobs/upload-endpoint.js';

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

/** A request that cannot be routed at all (a path that is not valid percent-encoding): answered 400. */
class BadRequest extends Error {}

/** The path of a request target, undecoded: everything before `?` or `#`. */
function pathOf(target: string | undefined): string {
  const t = target ?? '/';
  const end = t.search(/[?#]/);
  return end === -1 ? t : t.slice(0, end);
}

/** True when `file` is `root` or lies inside it, compared by whole path segments (`dist-old` is not in `dist`). */
function within(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel === '' || (!path.isAbsolute(rel) && rel.split(path.sep)[0] !== '..');
}

/**
 * The file under `root` that a URL path names, or null when it names none: each segment is decoded on its own, and
 * a segment that decodes to a separator, `.`, `..` or NUL names no file (that is how `/..%2Fsecret` would climb).
 * Throws BadRequest for malformed percent-encoding.
 */
export function staticFile(root: string, pathname: string): string | null {
  const segments: string[] = [];
  for (const part of pathname.split('/')) {
    if (part === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      throw new BadRequest('The request path is not valid percent-encoding');
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return null;
    segments.push(segment);
  }
  const file = path.resolve(root, ...segments);
  return within(root, file) ? file : null;
}

/** Serves a file from the web build, falling back to index.html for client-side routes. Returns false if none. */
function serveStatic(root: string, pathname: string, req: http.IncomingMessage, res: http.ServerResponse): boolean {
  let file = staticFile(root, pathname);
  if (file === null) return false;
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
  if (!fs.existsSync(file)) return false;
  const ext = path.extname(file);
  res.writeHead(200, {
    'content-type': MIME[ext] ?? 'application/octet-stream',
    'cache-control': ext === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  // A file that vanishes or cannot be read mid-answer ends that answer, not the process; pipeline also closes the
  // file when the client goes away.
  const served = file;
  pipeline(fs.createReadStream(served), res, (e) => {
    if (e && (e as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
      console.error(`talent-bridge: reading ${path.relative(root, served)} failed: ${e.message}`);
    }
  });
  return true;
}

/** An answer in the GraphQL error shape, for requests that never reach the GraphQL app. */
function answer(res: http.ServerResponse, status: number, code: string, message: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

/** Paths the GraphQL app answers; it executes operations at /graphql only, nowhere else. */
const APP_PATHS = new Set(['/graphql', '/healthz']);

export interface Running {
  url: string;
  server: http.Server;
  /** Scheduled backups, when TB_BACKUP_DIR and TB_BACKUP_EVERY are set. */
  backups?: BackupSchedule;
  close(): Promise<void>;
}

export interface ServeOptions extends Partial<AppDeps> {
  /** The built web app to serve at / (web/dist by default). */
  webRoot?: string;
  /** One JSON line per answered request on stdout (default: on, except under NODE_ENV=test). */
  accessLog?: boolean;
}

/** A log line as JSON, with the time and the request id when there is one. */
export function logLine(level: 'info' | 'warn' | 'error', msg: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields });
  if (level === 'info') console.log(line);
  else console.error(line);
}

function routeName(pathname: string): string {
  if (pathname === '/graphql') return 'graphql';
  if (pathname === '/healthz') return 'healthz';
  if (pathname === '/metrics') return 'metrics';
  return 'other';
}

/** /metrics on the main port: admins only (a token with the admin role), since the figures describe the system. */
async function metricsAllowed(req: http.IncomingMessage, resolveViewer: AppDeps['resolveViewer']): Promise<boolean> {
  if (!resolveViewer) return false;
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
  try {
    const viewer = await resolveViewer(new Request(`http://localhost${pathOf(req.url)}`, { headers }));
    return viewer.role === 'admin';
  } catch {
    return false;
  }
}

async function answerMetrics(res: http.ServerResponse, metrics: Metrics): Promise<void> {
  const body = await metrics.text();
  res.writeHead(200, { 'content-type': metrics.contentType, 'cache-control': 'no-store' });
  res.end(body);
}

export async function serve(config: Config, db: Db, options: ServeOptions = {}): Promise<Running> {
  const { webRoot = WEB_DIST, accessLog = config.env !== 'test', ...extra } = options;
  const metrics = createMetrics(db);
  // The job registry lives as long as the process; this server's subscription ends with it (close below).
  const stopWatchingImports = metrics.watchImports(importJobsFor(db, config));
  const app = await createApp({ config, db, ...extra, extraPlugins: [...(extra.extraPlugins ?? []), metrics.plugin] });
  let schedule: BackupSchedule | undefined;
  if (config.backup.dir && config.backup.everySeconds) {
    schedule = startBackupSchedule(db, { dir: config.backup.dir, everySeconds: config.backup.everySeconds, keep: config.backup.keep });
    metrics.setBackupClock(() => schedule?.lastBackupAt());
  }
  // Routing is decided once, on the raw path: yoga would execute a query at any path that merely ends in /graphql
  // (`/x/graphql`, `/foo?q=/graphql`), so only the exact path reaches it, and the request gate sees everything
  // that is executed. Everything else is a static file or 404.
  const route = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const pathname = pathOf(req.url);
    if (APP_PATHS.has(pathname)) return app(req, res);
    if (pathname === UPLOAD_PATH) return handleUpload(req, res, { config, resolveViewer: extra.resolveViewer });
    if (pathname === '/metrics' && (req.method === 'GET' || req.method === 'HEAD')) {
      if (await metricsAllowed(req, extra.resolveViewer)) return answerMetrics(res, metrics);
      return answer(res, 403, 'FORBIDDEN', 'Metrics are for admins: send an admin token, or scrape TB_METRICS_PORT on the server itself');
    }
    if ((req.method === 'GET' || req.method === 'HEAD') && serveStatic(webRoot, pathname, req, res)) return;
    answer(res, 404, 'NOT_FOUND', 'Nothing here: the API answers at /graphql');
  };
  // The one error boundary of the HTTP server: whatever a request makes go wrong is answered (400 for a request
  // that cannot be understood, 500 otherwise) and logged, and never reaches the process as an uncaught error.
  const server = http.createServer((req, res) => {
    const id = requestIdFrom(req.headers['x-request-id']);
    const started = performance.now();
    res.setHeader('x-request-id', id);
    res.on('finish', () => {
      const route = res.statusCode === 200 && !APP_PATHS.has(pathOf(req.url)) && pathOf(req.url) !== '/metrics' ? 'static' : routeName(pathOf(req.url));
      metrics.httpAnswered(route, res.statusCode);
      if (accessLog) {
        logLine('info', 'request', {
          requestId: id,
          method: req.method,
          path: pathOf(req.url).slice(0, 200),
          status: res.statusCode,
          ms: Math.round((performance.now() - started) * 10) / 10,
        });
      }
    });
    const fail = (e: unknown) => {
      const bad = e instanceof BadRequest;
      const what = `${req.method ?? '?'} ${JSON.stringify(String(req.url ?? '').slice(0, 200))}`;
      logLine('error', `talent-bridge: ${bad ? 400 : 500} ${what}: ${e instanceof Error ? e.message : String(e)}`, { requestId: id });
      if (res.headersSent) res.destroy();
      else if (bad) answer(res, 400, 'BAD_REQUEST', (e as Error).message);
      else answer(res, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error');
    };
    withRequestId(id, () => route(req, res)).catch((e: unknown) => {
      try {
        fail(e);
      } catch {
        res.destroy();
      }
    });
  });
  // The scrape port: loopback only, /metrics only, no token (for a Prometheus on the same machine).
  let metricsServer: http.Server | undefined;
  if (config.metricsPort) {
    const scrape = http.createServer((req, res) => {
      if (pathOf(req.url) !== '/metrics') return answer(res, 404, 'NOT_FOUND', 'Only /metrics here');
      answerMetrics(res, metrics).catch(() => res.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      scrape.once('error', reject);
      scrape.listen(config.metricsPort, '127.0.0.1', resolve);
    });
    metricsServer = scrape;
  }
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
    backups: schedule,
    close() {
      // Stop accepting, let in-flight requests finish, then drop idle keep-alive sockets.
      schedule?.stop();
      stopWatchingImports();
      metricsServer?.close();
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}

async function main(): Promise<void> {
  const config = startupConfig();
  if (!config.neo4j.uri) {
    console.error('talent-bridge: NEO4J_URI is not set; use `npm start` to run with the embedded Neo4j');
    process.exit(1);
  }
  const { db, auth } = await gatewayAndAuth(config, config.neo4j.uri);
  const running = await serve(config, db, { resolveViewer: auth.resolveViewer, extraPlugins: auth.plugins });
  for (const line of auth.startupNotes) console.log(`talent-bridge: ${line}`);
  console.log(`Talent Bridge listening on ${running.url}/ (GraphQL at ${running.url}/graphql)`);
  stopOnSignals(running, db);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: Error) => {
    console.error(`talent-bridge: ${e.message}`);
    process.exit(1);
  });
}
