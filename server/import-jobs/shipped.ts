// The mappings the project ships (seed/mappings/*.json), offered in the web app so that an admin with an Excel member
// list or a CORDIS export needs no mapping file of their own. They are found by listing the folder on each call, so a
// mapping added there is offered without a code change; a mapping's id is its file name without .json. The API only
// reads their name, description and file patterns here (server/ loads no importer code): the importer validates a
// mapping when a job runs with it, and a broken one fails that job with a message naming it.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';

export const SHIPPED_MAPPINGS_DIR = path.join(PROJECT_ROOT, 'seed', 'mappings');

export interface ShippedMapping {
  id: string;
  name: string;
  description: string | null;
  /** The file-name patterns (globs) of its file entries. */
  files: string[];
  file: string;
}

/** How a job names the mapping it used when it is a shipped one. */
export const shippedLabel = (id: string) => `shipped: ${id}`;

const oneLine = (text: unknown) => (typeof text === 'string' && text.trim() ? text.replace(/\s+/g, ' ').trim() : null);

function read(dir: string, fileName: string): ShippedMapping | null {
  const file = path.join(dir, fileName);
  let value: { name?: unknown; description?: unknown; $comment?: unknown; files?: unknown };
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof value;
  } catch (e) {
    // One unreadable file must not hide the others; a check with it would fail, naming it.
    console.error(`import mappings: leaving out ${fileName}: ${(e as Error).message}`);
    return null;
  }
  if (!value || typeof value !== 'object' || !Array.isArray(value.files)) return null;
  const id = fileName.slice(0, -'.json'.length);
  const files = (value.files as Array<{ match?: unknown; skip?: unknown }>)
    .filter((f) => f && f.skip !== true)
    .flatMap((f) => (Array.isArray(f.match) ? f.match : [f.match]))
    .filter((m): m is string => typeof m === 'string');
  return { id, name: oneLine(value.name) ?? id, description: oneLine(value.description) ?? oneLine(value.$comment), files, file };
}

/** The shipped mappings, by id. */
export function shippedMappings(dir = SHIPPED_MAPPINGS_DIR): ShippedMapping[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
  } catch {
    return [];
  }
  return names
    .sort()
    .map((n) => read(dir, n))
    .filter((m): m is ShippedMapping => m !== null);
}
