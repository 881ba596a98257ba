// Sends one file to the upload endpoint (POST /import/uploads?name=...), the body being the file itself (the
// browser streams it), with the bearer token. Failures become ApiErrors like every API answer: 413 is a refusal
// over the size limit, 403 FORBIDDEN, and the server's message says what and where.
import { ApiError, isAbort } from '../api/client.js';

export interface Uploaded {
  id: string;
  name: string;
  bytes: number;
}

export async function uploadFile(url: string, file: Blob & { name: string }, token: string | null, signal?: AbortSignal): Promise<Uploaded> {
  let res: Response;
  try {
    res = await fetch(`${url}?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: file,
      signal,
    });
  } catch (e) {
    if (isAbort(e)) throw e;
    throw new ApiError('NETWORK', (e as Error).message || 'upload failed', undefined, file.name);
  }
  let body: { upload?: Uploaded; errors?: Array<{ message?: string; extensions?: { code?: string } }> } | undefined;
  try {
    body = (await res.json()) as typeof body;
  } catch {
    body = undefined;
  }
  const first = body?.errors?.[0];
  if (res.status === 413) throw new ApiError('BAD_USER_INPUT', first?.message ?? `${file.name}: too large`, 413);
  if (res.status === 403) throw new ApiError('FORBIDDEN', first?.message ?? 'admins only', 403);
  if (!res.ok || !body?.upload) throw new ApiError(res.status === 400 ? 'BAD_USER_INPUT' : 'HTTP', first?.message ?? `HTTP ${res.status}`, res.status);
  return body.upload;
}
