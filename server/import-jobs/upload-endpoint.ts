// POST /import/uploads?name=<file name>: an admin's upload for an import from the web app. The request body is the
// file's bytes, streamed to the staging folder (server/import-jobs/staging.ts), never held in memory; a body over
// TB_UPLOAD_MAX_BYTES is refused with 413 (at once when Content-Length says so, else when the count passes it) and
// leaves nothing behind. An archive must start as its name says (a .zip as a zip, a .tar.zst as Zstandard...); its
// entries are checked by the importer. The answer names the upload's id, which GraphQL's checkImport then refers to.
// Answers use the GraphQL error shape, so the web app words them like any API error.
import type http from 'node:http';
import type { Config } from '../config.js';
import type { Viewer } from '../context.js';
import { saveUpload, uploadNameProblem, UploadRefused, UploadTooLarge } from './staging.js';

export const UPLOAD_PATH = '/import/uploads';

function send(res: http.ServerResponse, status: number, body: unknown, close = false): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...(close ? { connection: 'close' } : {}),
  });
  res.end(JSON.stringify(body));
}

function refuse(res: http.ServerResponse, status: number, code: string, message: string, close = false): void {
  send(res, status, { errors: [{ message, extensions: { code, argument: 'file' } }] }, close);
}

function mib(bytes: number): string {
  return bytes % 2 ** 20 === 0 ? `${bytes / 2 ** 20} MiB` : `${bytes} bytes`;
}

/** The caller as the GraphQL app would see them (the same bearer token rules). */
async function viewerOf(req: http.IncomingMessage, resolveViewer: ((r: Request) => Viewer | Promise<Viewer>) | undefined): Promise<Viewer | null> {
  if (!resolveViewer) return null;
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
  try {
    return await resolveViewer(new Request(`http://localhost${UPLOAD_PATH}`, { headers }));
  } catch {
    return null;
  }
}

export async function handleUpload(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  deps: { config: Config; resolveViewer?: (r: Request) => Viewer | Promise<Viewer> },
): Promise<void> {
  const { maxBytes, dir } = deps.config.uploads;
  if (req.method !== 'POST') return refuse(res, 405, 'BAD_REQUEST', `Uploads are sent with POST ${UPLOAD_PATH}?name=<file name>`);
  const viewer = await viewerOf(req, deps.resolveViewer);
  if (viewer?.role !== 'admin') {
    return refuse(res, 403, 'FORBIDDEN', `Imports need the admin role (you are ${viewer?.role ?? 'viewer'}); send a bearer token that grants it`, true);
  }
  const name = new URL(req.url ?? '/', 'http://localhost').searchParams.get('name') ?? '';
  const problem = uploadNameProblem(name);
  if (problem) return refuse(res, 400, 'BAD_USER_INPUT', `Upload refused: ${problem}`, true);
  const declared = Number(req.headers['content-length'] ?? NaN);
  const tooLarge = `Upload refused: '${name}' is larger than the upload limit of ${mib(maxBytes)} (TB_UPLOAD_MAX_BYTES); split it, or import it with npm run import`;
  if (Number.isFinite(declared) && declared > maxBytes) return refuse(res, 413, 'PAYLOAD_TOO_LARGE', tooLarge, true);
  try {
    const upload = await saveUpload(dir, name, req, maxBytes);
    send(res, 201, { upload: { id: upload.id, name: upload.name, bytes: upload.bytes } });
  } catch (e) {
    if (e instanceof UploadTooLarge) {
      refuse(res, 413, 'PAYLOAD_TOO_LARGE', tooLarge, true);
      res.on('finish', () => req.destroy());
      return;
    }
    if (e instanceof UploadRefused) return refuse(res, 400, 'BAD_USER_INPUT', `Upload refused: ${e.message}`);
    if (!res.headersSent && !req.destroyed) refuse(res, 400, 'BAD_REQUEST', `Upload failed: ${(e as Error).message}`, true);
  }
}
