// The job list on disk: `<TB_UPLOAD_DIR>/import-jobs.json`, rewritten whole (a new file renamed over the old, so a
// crash leaves the old list or the new one, never half of one) whenever a job starts or ends. A server that starts
// finds the jobs of the one before it there; a job still marked running was cut short by that server's end (its
// worker is stopped with it) and is listed as INTERRUPTED, so an admin who follows it sees what happened rather than
// a job that vanished or runs for ever. Progress ticks are not written: they change many times a second.
import fs from 'node:fs';
import path from 'node:path';
import type { ImportJob } from './jobs.js';

export const JOB_LIST_FILE = 'import-jobs.json';

/** What a job needs besides its public state to be committed later: its uploads and its staged folder. */
export interface JobRecord {
  job: ImportJob;
  uploads: string[];
  staged: { dataDir: string; mapping?: string };
}

export const INTERRUPTED_BY_RESTART =
  'the server stopped while this job ran, and its importer with it; check the files again (a commit cut short this way wrote whole batches only: importing the same files again completes it without duplicates)';

export function saveJobRecords(dir: string, records: JobRecord[]): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, JOB_LIST_FILE);
    const next = `${file}.${process.pid}.next`;
    fs.writeFileSync(next, JSON.stringify(records));
    fs.renameSync(next, file);
  } catch (e) {
    // The list in memory stays right; only a restart would forget it.
    console.error(`import jobs: could not save the job list in ${dir}: ${(e as Error).message}`);
  }
}

/** The saved jobs, a running one turned INTERRUPTED; none when there is no list or it cannot be read. */
export function loadJobRecords(dir: string, now = new Date()): JobRecord[] {
  const file = path.join(dir, JOB_LIST_FILE);
  let records: JobRecord[];
  try {
    records = JSON.parse(fs.readFileSync(file, 'utf8')) as JobRecord[];
    if (!Array.isArray(records)) throw new Error('not a list');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') console.error(`import jobs: ignoring ${file}: ${(e as Error).message}`);
    return [];
  }
  const valid = records.filter((r) => typeof r?.job?.id === 'string' && Array.isArray(r.uploads) && typeof r.staged?.dataDir === 'string');
  for (const { job } of valid) {
    if (job.status !== 'RUNNING') continue;
    job.status = 'INTERRUPTED';
    job.finishedAt = now.toISOString();
    job.etaSeconds = null;
    job.error = INTERRUPTED_BY_RESTART;
  }
  return valid;
}
