// Where the real data written by others lives (../shared/data beside the project, or TB_SHARED_DATA). Tests that
// need it skip with a message when it is absent, except under CI=true, where its absence is a failure.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/config.js';

export const SHARED_DATA = process.env.TB_SHARED_DATA ?? path.resolve(PROJECT_ROOT, '..', 'shared', 'data');

/** The folder of one dataset, or null (with a printed reason) when it is missing outside CI. */
export function sharedDataset(name: string): string | null {
  const dir = path.join(SHARED_DATA, name);
  if (fs.existsSync(dir)) return dir;
  const message = `shared dataset ${name} not found at ${dir} (set TB_SHARED_DATA)`;
  if (process.env.CI === 'true') throw new Error(`${message}; under CI its absence is a failure`);
  console.warn(`skipping: ${message}`);
  return null;
}
